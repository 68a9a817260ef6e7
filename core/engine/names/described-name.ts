/**
 * A name described between commas before the cue's comma: `Lastri Kusumawati (38), warga Desa X,
 * mengatakan`, `Budi Santoso, a senior economist at the Institute, said`, `Said, yang biasa
 * menunggu di Terminal Lama, mengatakan`. The speaker is the name before the description; a run
 * inside the description is not. The name is read by the caller's reader (mention-before.ts's,
 * passed in, since it reads these descriptions through this module).
 */
import { isBareAge } from './age-phrase';
import type { Mention } from './mention';
import { isRunToken, lowercaseTitleAt } from './name-run';
import type { NamedRef } from './name-split';
import type { ReadingContext } from './reading-context';
import { subjectBeforeRelative, type SubjectReader } from './relative-subject';
import { isClauseStop, isLowerWord, type Token } from '../text/text';
import { featureOn } from '../features';
import { isDigits } from '../text/chars';
import { THROUGH_PREPOSITIONS } from '../../lexicon/prepositions';
import { roleOfDescription } from './role-before-relative';
import { knownPlace, personEvidence } from './name-model';
import { opensWithWeekday } from '../reported/reported-clause';
import { LISTED_COUNTS } from '../../lexicon/pronouns';
import { LIST_AND_SET } from '../../lexicon/conjunctions';

/**
 * The subject a description between commas before the cue at token `i` describes, read by
 * `read`: the name before a description `m` read as the subject (`Budi, pengamat politik,
 * menilai`), before a lowercase describing clause, or before a relative clause. Null when none
 * names one person.
 */
export function describedSubject(
  ctx: ReadingContext,
  i: number,
  m: Mention | null,
  read: SubjectReader,
): Mention | null {
  const described = m?.kind === 'anonymous' || m?.kind === 'title' ? m : null;
  const s0 = described ? startOf(ctx.toks, i, ctx.text, described) : -1;
  const named =
    described && s0 >= 2 && ctx.toks[s0 - 1]!.text === ','
      ? nameBeforeDescription(ctx, s0, i, described.text, read)
      : describingClause(ctx, i, read);
  return (
    named ??
    relativeHead(ctx, i, m, read) ??
    relativeOverAppositive(ctx, i, m, read) ??
    relativeOverPlaces(ctx, i - 1, m, read)
  );
}

/** The first token of `m`, read before the comma at token `i - 1`; -1 when it is not found. */
function startOf(toks: readonly Token[], i: number, text: string, m: Mention): number {
  // An unnamed description may be written with the cue's comma (`salah satu nomor,`): the
  // mention still starts where its words do.
  const written = m.text.endsWith(',') ? m.text.slice(0, -1).trimEnd() : m.text;
  const at = toks[i - 2] ? toks[i - 2]!.end - written.length : -1;
  for (let j = i - 2; j >= 0 && toks[j]!.start >= at; j--) if (toks[j]!.start === at) return j;
  return -1;
}

/** One person named by `m`, or null. */
const personOf = (m: Mention | null): NamedRef | null =>
  m?.kind === 'named' && m.refs.length === 1 && m.refs[0]!.kind === 'person' && m.refs[0]!.name
    ? m.refs[0]!
    : null;

/**
 * `Lastri Kusumawati (38), warga Desa X, mengatakan`, `Budi, pengamat politik, menilai`: a
 * description (`description`, from token `s0`) closed by commas after a name describes that
 * person, who is the subject. Null when no name comes before it.
 */
function nameBeforeDescription(
  ctx: ReadingContext,
  s0: number,
  i: number,
  description: string,
  read: SubjectReader,
): Mention | null {
  const { toks } = ctx;
  // An age or a bracketed note after the name (`Dewi (45)`) stays out of it.
  const last = toks[s0 - 2]!.text.startsWith('(') ? s0 - 3 : s0 - 2;
  if (!isRunToken(toks[last])) return null;
  return personDescribed(ctx, last + 1, i, description, read);
}

/** A group's role as each member holds it: `dua warga Desa X` → `warga Desa X`. */
function memberRole(role: string): string {
  const k = role.indexOf(' ');
  return k > 0 && LISTED_COUNTS.has(role.slice(0, k).toLowerCase()) ? role.slice(k + 1) : role;
}

/**
 * Two or more people named by `m` (`A dan B`, `A, B, dan C`), or null: a description set off after
 * them (`A dan B, dua warga Desa X, mengaku`) describes them all, and they are the subject
 * together (names.describedGroup).
 */
function peopleOf(m: Mention | null): readonly NamedRef[] | null {
  if (!featureOn('names.describedGroup') || m?.kind !== 'named' || m.refs.length < 2) return null;
  return m.refs.every(r => r.kind === 'person' && r.name) ? m.refs : null;
}

/**
 * `PT Cahaya Tambang, one of the miners in X, said`, `PT X, produsen semen di Y, mengatakan`: an
 * organisation a description between commas describes speaks as such, as a person would; the
 * run inside the description (`X`, a place) is not the speaker.
 */
function organisationOf(m: Mention | null, description: string): NamedRef | null {
  if (!featureOn('names.describedOrganisation') || m?.kind !== 'named' || m.refs.length !== 1)
    return null;
  // `Kementerian X, melalui juru bicaranya Rina, mengatakan`: the person it speaks through
  // speaks (spoken-through.ts), not the organisation.
  const opener = description.split(' ', 1)[0]!.toLowerCase();
  if (THROUGH_PREPOSITIONS.has(opener)) return null;
  const ref = m.refs[0]!;
  return ref.kind === 'organization' && ref.name ? ref : null;
}

/**
 * The person whose name ends before token `end`, described by what follows it up to the cue's
 * comma (token i − 2): the mention spans name and description, and the description is the role
 * when the name's own reading has none. Null when the run there names no person.
 */
function personDescribed(
  { toks, text, evidence }: ReadingContext,
  end: number,
  i: number,
  description: string,
  read: SubjectReader,
): Mention | null {
  const named = read(toks, end, text, evidence);
  const group = peopleOf(named);
  if (group && named) {
    // `A dan B, dua warga Desa X, mengaku`: the description tells what each of them is.
    const from = text.lastIndexOf(named.text, toks[end - 1]!.end);
    const role = memberRole(roleOfDescription(description));
    return {
      kind: 'named',
      refs: group.map(r => ({ ...r, role: r.role ?? role })),
      text: text.slice(from, toks[i - 2]!.end),
    };
  }
  const ref = personOf(named) ?? organisationOf(named, description);
  if (!ref || !named) return null;
  const from = text.lastIndexOf(named.text, toks[end - 1]!.end);
  const role = ref.kind === 'person' ? (ref.role ?? roleOfDescription(description)) : ref.role;
  return { kind: 'named', refs: [{ ...ref, role }], text: text.slice(from, toks[i - 2]!.end) };
}

/** Words that open a clause after a name's comma, not a description of the name. */
const NOT_DESCRIPTION: ReadonlySet<string> = new Set(['yang', 'dengan', 'who', 'which']);

/**
 * Longest description, in tokens, read between a name's comma and the cue's: an English one
 * often carries a relative clause (`a nurse from X who had rented a room in Y`), so a
 * dozen words cut it short and left the place inside it as the subject.
 */
const MAX_DESCRIPTION = 20;

/**
 * `Budi Santoso, a senior economist at the Institute, said`: a description opening in lowercase
 * after a name's comma and closed by the cue's comma describes that name; a run inside it is not
 * the subject.
 */
function describingClause(ctx: ReadingContext, i: number, read: SubjectReader): Mention | null {
  const { toks, text } = ctx;
  let c = i - 2;
  while (c > 1 && i - c <= MAX_DESCRIPTION && !isClauseStop(toks[c]!.text)) c--;
  if (toks[c]?.text !== ',' || !isLowerWord(toks[c + 1]?.text ?? '')) return null;
  // `, yang akrab disapa Bobi,` / `, dengan sapaan akrab Bobi,`: a relative or alias clause, read
  // by relativeHead and the alias readers.
  if (NOT_DESCRIPTION.has(toks[c + 1]!.text)) return null;
  // `Kepala Dinas X, drg Budi Santoso, mengatakan`: a lowercase title opens the name, which is
  // the subject, not a description of the role before the comma.
  if (lowercaseTitleAt(toks, c + 1) > 0) return null;
  // `Sukardi (52), pedagang bakso asal X, mengaku`: an age or a bracketed note after the name
  // stays out of it, as in nameBeforeDescription.
  const noted = featureOn('names.describedAfterNote') && bracketNote(toks[c - 1]) ? c - 1 : c;
  const end = featureOn('names.describedAfterAge') ? beforeAge(toks, noted) : noted;
  if (!isRunToken(toks[end - 1])) return null;
  const description = text.slice(toks[c + 1]!.start, toks[i - 2]!.end);
  return personDescribed(ctx, end, i, description, read);
}

/**
 * `Sumarni, 45 tahun, ibu rumah tangga di X, mengaku`, `Maria Lopez, 34, a nurse, said`: an age
 * set off by commas between the name and its description stays out of both. Returns the index
 * of the comma that closes the name, or `c` (the description's comma) when there is no age.
 */
function beforeAge(toks: readonly Token[], c: number): number {
  const years = toks[c - 1]?.text === 'tahun' ? 1 : 0;
  const n = c - 1 - years;
  return isBareAge(toks[n]?.text ?? '') && toks[n - 1]?.text === ',' ? n - 1 : c;
}

/** `(52)`, `(45 tahun)`: a bracketed note written right after a name. */
const bracketNote = (t: Token | undefined): boolean => !!t && t.text.startsWith('(');

/**
 * True when the word `w` before a run shows the run sits inside a clause, not opening the subject:
 * a lowercase word (`di Terminal Lama`), or with names.relativeNumberedPlace a number naming a
 * unit (`di SDN 2 Sukamaju`, `RT 03 Cibening`).
 */
const insideClause = (w: string): boolean =>
  isLowerWord(w) || (featureOn('names.relativeNumberedPlace') && isDigits(w));

/** A relative clause between commas after the subject, before the cue's comma. */
const COMMA_CLAUSE = { max: 16, commaBefore: true } as const;

/**
 * `Said, yang biasa menunggu di Terminal Lama, mengatakan`: a relative clause between commas
 * describes the name before it, which is the subject; a run inside the clause (`Terminal Lama`) is
 * not. Read only when `m` is no person's name opening the subject.
 */
function relativeHead(
  { toks, text, evidence }: ReadingContext,
  i: number,
  m: Mention | null,
  read: SubjectReader,
): Mention | null {
  if (m) {
    const s0 = startOf(toks, i, text, m);
    if (s0 < 1 || !insideClause(toks[s0 - 1]!.text)) return null;
  }
  const named = subjectBeforeRelative(toks, i, text, evidence, read, COMMA_CLAUSE);
  // `Seorang dosen Universitas X, yang …, mengatakan`: an unnamed person is a subject too.
  const unnamed = named?.kind === 'anonymous' && featureOn('names.indefiniteAffiliation');
  return personOf(named) || unnamed ? named : null;
}

/**
 * `X, yang datang ke dermaga bersama anggota DPRD Y, Z, menegaskan`, `X, yang berdiri ditemani
 * keponakannya, Z, mengaku`, `X (70), pensiunan bidan yang ditemani menantunya, Z, menuturkan`: the name
 * `m` right before the cue's comma is set off after a noun inside a relative clause (the person the
 * clause's subject came with, met or was helped by); the clause describes the named person before
 * `yang`, who is the subject (names.relativeOverAppositive). Null when `m` is no such name.
 */
function relativeOverAppositive(
  ctx: ReadingContext,
  i: number,
  m: Mention | null,
  read: SubjectReader,
): Mention | null {
  if (!personOf(m) || !featureOn('names.relativeOverAppositive')) return null;
  const { toks, text, evidence } = ctx;
  const c = firstCompanionComma(toks, commaBeforeRun(toks, i - 2));
  if (c < 2 || !nounInsideClause(toks, c - 1)) return null;
  const head = subjectBeforeRelative(toks, c + 1, text, evidence, read, COMMA_CLAUSE);
  if (personOf(head)) return head;
  return describedBeforeYang(ctx, c, read);
}

/**
 * Most lowercase words between two companions set off in one clause, the join included (`, and
 * the head of the licensing office,`).
 */
const MAX_BETWEEN_COMPANIONS = 7;

/**
 * `X, yang didampingi sekretaris, A, dan direktur, B, mengatakan`, `Rina, who came with the
 * spokesperson, A, and the head of the office, B, said`: from the comma `c` before the last
 * companion set off after a noun, back over the companions listed before it in the same clause
 * (each set off after a noun, the next opened by `dan`/`serta`/`and` right after the comma), to
 * the comma before the first (names.relativeOverCompanions). `c` itself when none is listed before.
 */
function firstCompanionComma(toks: readonly Token[], c: number): number {
  if (c < 2 || !featureOn('names.relativeOverCompanions')) return c;
  let first = c;
  for (;;) {
    let j = first - 1;
    while (j > 0 && first - j <= MAX_BETWEEN_COMPANIONS && isLowerWord(toks[j]!.text)) j--;
    // The companions are listed: a joining word right after the earlier one's comma
    // (`…, A, dan direktur, B`), never another clause (`…, A, tiba lebih dulu dan …, B`).
    if (!LIST_AND_SET.has(toks[j + 1]?.lower ?? '')) return first;
    if (toks[j]?.text !== ',' || !isRunToken(toks[j - 1])) return first;
    const before = commaBeforeRun(toks, j - 1);
    if (before < 2 || !nounInsideClause(toks, before - 1)) return first;
    first = before;
  }
}

/**
 * The comma before the capitalised run ending at token `k` (over a title's dot inside it, `Hj.
 * X`), or -1.
 */
function commaBeforeRun(toks: readonly Token[], k: number): number {
  let j = k;
  const titleDot = (n: number) => toks[n]!.text === '.' && isRunToken(toks[n - 1]);
  while (j > 0 && (isRunToken(toks[j]) || titleDot(j))) j--;
  return j < k && toks[j]?.text === ',' ? j : -1;
}

/**
 * True when token `k`, before an appositive name's comma, ends a noun phrase inside a clause: a
 * lowercase noun (`keponakannya`, `menantunya`) or a run after a lowercase noun (`anggota DPRD Y`).
 */
function nounInsideClause(toks: readonly Token[], k: number): boolean {
  let j = k;
  while (j > 0 && isRunToken(toks[j])) j--;
  return isLowerWord(toks[j]?.text ?? '') && !isClauseStop(toks[j]!.text);
}

/** Most words of a description between a name's comma and a bare `yang` after it. */
const MAX_DESCRIPTION_BEFORE_YANG = 8;

/**
 * `X (70), pensiunan bidan dari Cibening yang ditemani …`: a bare `yang` (before the comma at `c`)
 * after a description that a comma sets off after a name; that name, described, is the subject.
 */
function describedBeforeYang(ctx: ReadingContext, c: number, read: SubjectReader): Mention | null {
  const { toks, text } = ctx;
  let y = c - 1;
  while (y > 0 && toks[y]!.text !== 'yang' && !isClauseStop(toks[y]!.text)) y--;
  if (toks[y]?.text !== 'yang') return null;
  let d = y - 1;
  while (d > 0 && y - d <= MAX_DESCRIPTION_BEFORE_YANG && !isClauseStop(toks[d]!.text)) d--;
  if (toks[d]?.text !== ',' || d === y - 1 || !isLowerWord(toks[d + 1]!.text)) return null;
  const description = text.slice(toks[d + 1]!.start, toks[y - 1]!.end);
  const named = nameBeforeDescription(ctx, d + 1, y + 1, description, read);
  return personOf(named) ? named : null;
}

/** Most words of one place or day between commas (`Balai Kartini`, `Kamis (9/10)`). */
const MAX_PLACE_WORDS = 3;

/**
 * `X, yang membuka pameran di Balai Y, Cibening, Bandung, Kamis (9/10), menyebut`: the places and
 * the day set off by commas up to the comma at token `close` end a relative clause on a named
 * person; the run read before the cue (`Bandung`) is a place in it, and the person before `yang` is
 * the subject (names.relativeOverPlaces). Null when no such list ends the clause.
 */
export function relativeOverPlaces(
  ctx: ReadingContext,
  close: number,
  m: Mention | null,
  read: SubjectReader,
): Mention | null {
  if (
    m?.kind !== 'named' ||
    ctx.toks[close]?.text !== ',' ||
    !featureOn('names.relativeOverPlaces')
  )
    return null;
  const { toks: t, text, evidence } = ctx;
  let c = close;
  let known = false;
  for (;;) {
    let p = c - 1;
    while (p > 0 && c - p <= MAX_PLACE_WORDS && t[p]!.text !== ',') p--;
    if (t[p]?.text !== ',' || p === c - 1) break;
    const seg = t.slice(p + 1, c);
    const day = opensWithWeekday(seg[0]!.text) && seg.length <= 2;
    const place = seg.every(w => isRunToken(w) && !personEvidence(w.text, evidence));
    if (!day && !place) break;
    known ||= day || seg.some(w => knownPlace(w.text, evidence));
    c = p;
  }
  if (!known || c === close) return null;
  const head = subjectBeforeRelative(t, c + 1, text, evidence, read, COMMA_CLAUSE);
  return personOf(head) ? head : null;
}
