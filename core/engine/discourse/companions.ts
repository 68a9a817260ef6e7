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
import { featureOn } from '../features';
import { DAN, SERTA } from '../../lexicon/conjunctions';
import { isSpaceCp, lazyRegExp, trailingRun } from '../text/chars';
import { SPACE_RUNS } from '../text/string-scans';

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
    const companions = companionsFrom(records, i, text);
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

/** The companions listed from record `i` on: each next person record joined by a list gap. */
function companionsFrom(records: readonly CastRecord[], i: number, text: string): CastRecord[] {
  const out = [records[i]!];
  for (let k = i + 1; k < records.length; k++) {
    const prev = out[out.length - 1]!;
    const r = records[k]!;
    if (r.kind !== 'person' || paragraphOf(r.at) !== paragraphOf(prev.at)) break;
    if (!LIST_GAP.test(text.slice(offsetOf(prev.end), offsetOf(r.at)))) break;
    out.push(r);
  }
  return out;
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
    const companions = companionsFrom(records, i, text);
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
