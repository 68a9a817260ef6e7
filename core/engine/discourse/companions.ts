/**
 * A person named with the companions they act with (`X bersama dua rekannya, A dan B, menjaga …`,
 * `Ia merawat kebun itu dengan dua rekannya, A (45) dan B (38).`): the person and the companions
 * make one group, the one a later `mereka`, `ketiganya` or `keduanya` means — not the companions
 * alone, whom the cast lists together. A pronoun subject (`Ia`) stands for the person last opened
 * as a subject before it in the paragraph or the one before.
 */
import type { DocIndex } from './doc-index';
import type { CastMention } from '../cast/cast-mentions';
import { offsetOf, paragraphOf, type Entity } from '../cast/entity';
import type { CastRecord } from '../cast/mention-record';
import { KIN_NOUNS, LISTED_COUNTS, SINGULAR } from '../../lexicon/pronouns';
import { smallCount } from '../names/group-description';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import { ROLE_WORD_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import { DAN, SERTA } from '../../lexicon/conjunctions';
import { ORIGIN_PREPOSITIONS } from '../../lexicon/prepositions';
import { isSpaceCp, lazyRegExp, startsUpper, trailingRun } from '../text/chars';
import { SPACE_RUNS } from '../text/string-scans';
import { endsSentence } from '../text/sentence-start';

/** Words that take the companions: `bersama`, `beserta` ("together with"), `dengan` ("with"). */
const WITH: ReadonlySet<string> = new Set(['bersama', 'dengan', 'beserta']);

/** How far before a companion's name its phrase (`bersama dua rekannya, `) is looked for, in characters. */
const PHRASE_WINDOW = 60;

/** The text between two listed companions: an age aside, a comma, `dan`. */
const LIST_GAP = new RegExp(
  `^(?:\\s*\\([^()]{1,12}\\))?\\s*(?:,\\s*(?:${DAN}\\s+|${SERTA}\\s+)?|${DAN}\\s+|${SERTA}\\s+)$`,
  'u',
);

/**
 * Where the companion phrase that `before` (the text before a companion's name) ends with starts
 * (`bersama dua rekannya, `, `dengan tetangganya, `), or -1 when it ends with none.
 */
function companionPhrase(before: string): number {
  // `/nya,\s+$/u` as a scan.
  const spaces = trailingRun(before, isSpaceCp);
  if (spaces === before.length || !before.endsWith('nya,', spaces)) return rolePhrase(before);
  if (!featureOn('discourse.companionGroups')) return -1;
  const words = before.trimEnd().slice(0, -1).split(SPACE_RUNS);
  const noun = words.pop()!.toLowerCase();
  if (!KIN_NOUNS.has(noun.slice(0, -3))) return -1;
  let w = words.pop()?.toLowerCase() ?? '';
  if (LISTED_COUNTS.has(w)) w = words.pop()?.toLowerCase() ?? '';
  if (!WITH.has(w)) return -1;
  // The phrase starts where its first word does.
  return before.toLowerCase().lastIndexOf(w, before.length - noun.length);
}

/**
 * `bersama Kepala Desa Y, ` or a bare `bersama ` right before a companion's name: the companion
 * by role set off by its comma, or by name alone (lowercase `bersama`/`beserta` inside a clause;
 * `dengan` is too often the object of a verb, `bertemu dengan X`).
 */
const ROLE_PHRASE =
  /(^|\s)(?:bersama|beserta)\s+(?:[^\s,.;:!?"“”()]+(?:\s+[^\s,.;:!?"“”()]+){0,5},\s+)?$/u;

/** Where a companion phrase by role or by name alone (ROLE_PHRASE) starts in `before`, or -1. */
function rolePhrase(before: string): number {
  if (!featureOn('discourse.companionRole')) return -1;
  // Asked only of a text that has the phrase's word (most have none: no regex compiled then).
  if (!before.includes('bersama') && !before.includes('beserta')) return -1;
  const m = ROLE_PHRASE.exec(before);
  return m ? m.index + m[1]!.length : -1;
}

/**
 * The companion groups among the running text's `records` (text order), as mentions at the last
 * companion, standing in their clause as the person does. `named` finds an entity the record lacks.
 */
export function companionGroups(
  records: readonly CastRecord[],
  doc: DocIndex,
  named: (name: string) => Entity | null,
): CastMention[] {
  // Each switch tests its own phrase (companionPhrase): the kin one and the role one stand alone.
  if (!featureOn('discourse.companionGroups') && !featureOn('discourse.companionRole')) return [];
  return groupsAt(records, doc.texts, named, (i, text) => {
    const at = offsetOf(records[i]!.at);
    const from = Math.max(0, at - PHRASE_WINDOW);
    const phrase = companionPhrase(text.slice(from, at));
    if (phrase < 0) return null;
    const counted = companionCount(text.slice(from + phrase, at));
    const companions = companionsFrom(records, i, text, counted);
    const lead = leader(records, i, text, from + phrase, doc);
    return { lead, companions, at: companions[companions.length - 1]!.at };
  });
}

/** A group read at one record: who leads it, who acts with them, where its mention stands. */
interface FoundGroup {
  lead: CastRecord | null;
  companions: readonly CastRecord[];
  at: CastMention['at'];
}

/**
 * The groups `find` reads at each person record not at a cue (given its paragraph's text), as
 * mentions standing in their clause as the lead does; a group is kept only when every member is a
 * distinct person.
 */
function groupsAt(
  records: readonly CastRecord[],
  texts: ReadonlyMap<number, string>,
  named: (name: string) => Entity | null,
  find: (i: number, text: string) => FoundGroup | null,
): CastMention[] {
  const out: CastMention[] = [];
  const entity = (r: CastRecord) => r.entity ?? (r.ref?.name ? named(r.ref.name) : null);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (r.kind !== 'person' || r.atCue) continue;
    const group = find(i, texts.get(paragraphOf(r.at)) ?? '');
    if (!group?.lead) continue;
    const members = [group.lead, ...group.companions].map(entity);
    if (members.some(e => !e || e.kind !== 'person') || new Set(members).size !== members.length)
      continue;
    out.push({
      at: group.at,
      entities: members as Entity[],
      subject: true,
      role: group.lead.sentenceRole,
      paired: true,
      companions: true,
    });
  }
  return out;
}

/**
 * The companions listed from record `i` on: each next person record joined by a list gap. Where a
 * companion comes from (`A dari Fraksi X dan B dari Fraksi Y`, `A asal Ende dan B`) is that
 * companion's note, and the gap to the next is read after it (discourse.companionOrigins). With no
 * count in the phrase (`bersama suaminya, A dari X dan B mencatat …`), a name after an origin
 * joins only when it ends a member of its own (endsMember); a count of people (`dua tetangganya`,
 * `dua anggota DPRD`: `counted`, 0 when none) announces the members, so up to that many join
 * whatever follows them, the verb after the last one being the group's (discourse.countedCompanions).
 */
function companionsFrom(
  records: readonly CastRecord[],
  i: number,
  text: string,
  counted: number,
): CastRecord[] {
  const out = [records[i]!];
  let end = records[i]!.end;
  // The gap runs on from the last companion's origin, read as a record of its own.
  let noted = false;
  for (let k = i + 1; k < records.length; k++) {
    const r = records[k]!;
    if (paragraphOf(r.at) !== paragraphOf(end)) break;
    const gap = text.slice(offsetOf(end), offsetOf(r.at));
    if (r.kind !== 'person') {
      // `dari Fraksi X`: the origin read as a record of its own (a place, a body).
      if (noted || pastOrigin(gap) !== '') break;
      [end, noted] = [r.end, true];
      continue;
    }
    const rest = noted ? gap : pastOrigin(gap);
    // Past the count, a name still joins when it ends a member of its own (`…, serta X dari Y,`).
    const ends = out.length < counted || endsMember(text, r);
    const joined = rest === null ? LIST_GAP.test(gap) : LIST_GAP.test(rest) && ends;
    if (!joined) break;
    out.push(r);
    [end, noted] = [r.end, false];
  }
  return out;
}

/**
 * What is left of `gap` after an origin word and the capitalised words of the place or body after
 * it (` asal Ende dan ` → ` dan `, ` dari Lubai, Ende, dan ` → `, dan `, ` dari ` → empty); null when it opens
 * with no origin word, when the origin's words run past a sentence's end (`asal Lubai. Senin …`),
 * or when the switch is off.
 */
function pastOrigin(gap: string): string | null {
  const words = gap.trim().split(SPACE_RUNS);
  if (!ORIGIN_PREPOSITIONS.has(words[0]?.toLowerCase() ?? '')) return null;
  if (!featureOn('discourse.companionOrigins')) return null;
  // `asal Lubai, Ende, dan …`: a place's words run on past commas; the last comma is the list's.
  let comma = false;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (!startsUpper(w)) return `${comma ? ',' : ''} ${words.slice(k).join(' ')} `;
    if (endsSentence(w[w.length - 1]!)) return null;
    comma = w.endsWith(',');
  }
  return comma ? ', ' : '';
}

/**
 * True when the companion record `r` after an origin ends a member of its own (`A dari X dan B
 * dari Y`, `… dan B (30).`, `… dan B, …`): with its own origin, an age, a comma or the sentence's
 * end. `… dan B mencatat …` opens a clause of its own.
 */
function endsMember(text: string, r: CastRecord): boolean {
  const after = text.slice(offsetOf(r.end), offsetOf(r.end) + 12).trimStart();
  const word = after.split(SPACE_RUNS, 1)[0]!.toLowerCase();
  return ORIGIN_PREPOSITIONS.has(word) || after === '' || MEMBER_CLOSES.has(after[0]!);
}

/** What closes a listed member: a comma, a sentence's end, a bracket (an age). */
const MEMBER_CLOSES: ReadonlySet<string> = new Set([',', '.', ';', '!', '?', '(']);

/**
 * How many companions a phrase announces: the count right after its word of company (`bersama dua
 * anggota DPRD X, ` → 2) or right before a kin noun owned by `-nya` (`dengan kedua anaknya, ` → 2);
 * 0 when it counts none there (`bersama warga selama tiga hari, `) or the switch is off
 * (discourse.countedCompanions).
 */
function companionCount(phrase: string): number {
  if (!featureOn('discourse.countedCompanions')) return 0;
  const trimmed = phrase.trim();
  const words = (trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed).split(SPACE_RUNS);
  // `bersama dua anggota DPRD`: the count must count people (a role, kin or person noun after it),
  // not trucks or thousands.
  const noun = (words[2] ?? '').toLowerCase();
  const people = ROLE_WORD_SET.has(noun) || KIN_NOUNS.has(noun) || PERSON_NOUNS.has(noun);
  const first = WITH.has(words[0]?.toLowerCase() ?? '') && people ? smallCount(words[1] ?? '') : 0;
  if (first > 0) return first;
  const kin = words.pop()?.toLowerCase() ?? '';
  if (!kin.endsWith('nya') || !KIN_NOUNS.has(kin.slice(0, -3))) return 0;
  return smallCount(words.pop() ?? '');
}

/**
 * Who acts with the companions: the person opening the clause before the phrase in its sentence
 * (`X bersama …`), or, when a singular pronoun opens it (`Ia berjaga … dengan …`), the person
 * last opened as a subject before that (the records before `i`, this paragraph or the one before).
 */
function leader(
  records: readonly CastRecord[],
  i: number,
  text: string,
  phraseAt: number,
  doc: DocIndex,
): CastRecord | null {
  const r = records[i]!;
  const para = paragraphOf(r.at);
  const dot = text.lastIndexOf('. ', phraseAt);
  const sentenceStart = dot < 0 ? 0 : dot + 2;
  const opening =
    text.slice(sentenceStart, phraseAt).trim().split(SPACE_RUNS)[0]?.toLowerCase() ?? '';
  for (let k = i - 1; k >= 0; k--) {
    const p = records[k]!;
    if (p.kind !== 'person' || p.atCue || !p.opensClause) continue;
    if (paragraphOf(p.at) === para && offsetOf(p.at) >= sentenceStart && offsetOf(p.at) < phraseAt)
      return p;
    if (!SINGULAR.has(opening)) return null;
    return doc.paragraphsApart(p.at, r.at) <= 1 ? p : null;
  }
  return null;
}

/**
 * The text between the last companion and the person who acts with them when the companions are
 * fronted (`Bersama A, adiknya yang juga tertipu, B sempat …`): a comma, at most one lowercase
 * description of the companion closed by its own comma, then the person.
 */
const frontedGap = lazyRegExp(
  () => /^(?:\s*\([^()]{1,12}\))?\s*,(?:\s+\p{Ll}[^,.;:"“”()]{0,60},)?\s+$/u,
);

/**
 * The groups whose companions open the sentence before the person acting with them (`Bersama A,
 * tetangganya, B mendatangi …`, `Bersama suaminya, A, B membuka …`), as mentions at the person.
 */
export function frontedCompanionGroups(
  records: readonly CastRecord[],
  doc: DocIndex,
  named: (name: string) => Entity | null,
): CastMention[] {
  if (!featureOn('discourse.frontedCompanions')) return [];
  return groupsAt(records, doc.texts, named, (i, text) => {
    if (!opensWithCompanion(text, offsetOf(records[i]!.at))) return null;
    const companions = companionsFrom(records, i, text, 0);
    const byName = frontedLeader(records, i, companions, text);
    if (byName) return { lead: byName, companions, at: byName.at };
    // A pronoun leader stands after the companions, where the group's mention then stands too.
    const lead = pronounLeader(records, i, companions, doc);
    return lead && { lead, companions, at: companions[companions.length - 1]!.at };
  });
}

/**
 * `Bersama A, penyuluh dari kecamatan, ia lalu …`: a singular pronoun right after the fronted
 * `companions` (from record `i`) past frontedGap stands for the person last opened as a subject
 * before them, in their paragraph or the one before (discourse.frontedCompanionPronoun).
 */
function pronounLeader(
  records: readonly CastRecord[],
  i: number,
  companions: readonly CastRecord[],
  doc: DocIndex,
): CastRecord | null {
  if (!featureOn('discourse.frontedCompanionPronoun')) return null;
  const last = companions[companions.length - 1]!;
  const text = doc.texts.get(paragraphOf(last.at)) ?? '';
  const after = text.slice(offsetOf(last.end));
  const gap = frontedGapBefore().exec(after);
  if (!gap || !SINGULAR.has(gap[1]!.toLowerCase())) return null;
  for (let k = i - 1; k >= 0; k--) {
    const p = records[k]!;
    // A subject at its own cue (`A, petani cabai, mengaku …`) counts: it opened the clause.
    if (p.kind !== 'person' || !p.opensClause) continue;
    return doc.paragraphsApart(p.at, last.at) <= 1 ? p : null;
  }
  return null;
}

/** frontedGap followed by the word opening the clause after it (captured). */
const frontedGapBefore = lazyRegExp(
  () => /^(?:\s*\([^()]{1,12}\))?\s*,(?:\s+\p{Ll}[^,.;:"“”()]{0,60},)?\s+(\p{L}+)\s/u,
);

/**
 * Who acts with the fronted `companions` (records from `i`): the person right after them past
 * frontedGap; or, when the list's last name follows a bare comma (`Bersama suaminya, A, B
 * membuka …`), that name, taken off the list. Null when neither.
 */
function frontedLeader(
  records: readonly CastRecord[],
  i: number,
  companions: CastRecord[],
  text: string,
): CastRecord | null {
  const next = records[i + companions.length];
  const last = companions[companions.length - 1]!;
  if (
    next?.kind === 'person' &&
    !next.atCue &&
    paragraphOf(next.at) === paragraphOf(last.at) &&
    frontedGap().test(text.slice(offsetOf(last.end), offsetOf(next.at)))
  )
    return next;
  if (companions.length < 2) return null;
  const before = companions[companions.length - 2]!;
  if (text.slice(offsetOf(before.end), offsetOf(last.at)).trim() !== ',') return null;
  return companions.pop()!;
}

/**
 * True when the sentence of `text` holding offset `at` opens with a companion word right before
 * it (`Bersama A`) or with a companion phrase (`Bersama suaminya, A`, `Beserta dua rekannya, A`).
 */
function opensWithCompanion(text: string, at: number): boolean {
  const dot = text.lastIndexOf('. ', at);
  const before = text.slice(dot < 0 ? 0 : dot + 2, at);
  const bare = before.trim().toLowerCase();
  if (WITH.has(bare) && bare !== 'dengan') return true;
  const phrase = companionPhrase(before);
  return phrase >= 0 && !before.slice(0, phrase).trim();
}
