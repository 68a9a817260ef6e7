/**
 * A subject with a relative clause between it and the cue: `Budi Hartono yang duduk di kursi
 * terdakwa mengaku …` (pre-cue.ts), `Said, yang biasa menunggu di Terminal Lama, mengatakan …`
 * (mention-before.ts). The speaker is the name before `yang`; the relative clause only describes
 * them. One backward walk for both; the subject before `yang` is read by the caller's reader
 * (mention-before.ts's, passed in, since it reads relative clauses through this module).
 */
import { EMPHATICS } from '../../lexicon/pronouns';
import { nicknameAfterYang } from './closed-apposition';
import type { Mention } from './mention';
import { featureOn } from '../features';
import { personEvidence, type ArticleEvidence } from './name-model';
import { AGENT_PREPOSITIONS, PREPOSITIONS } from '../../lexicon/prepositions';
import { isClauseStop, type Token } from '../text/text';

/** Reads the subject that ends right before token `i`. */
export type SubjectReader = (
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
) => Mention | null;

/** How far back a relative clause is read, and whether a comma opens it (`, yang …,`). */
interface RelativeClause {
  /** Longest clause, in tokens back from the cue. */
  readonly max: number;
  /** The clause opens with `, yang` (between commas); else the first `yang` opens it. */
  readonly commaBefore: boolean;
}

/**
 * The subject before the `yang` that opens a relative clause ending right before token `k`, read
 * by `read`; null when a comma or a sentence end comes first (it is not one relative clause) or
 * no such `yang` is within reach.
 */
export function subjectBeforeRelative(
  toks: readonly Token[],
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
  read: SubjectReader,
  clause: RelativeClause,
): Mention | null {
  const first = clause.commaBefore ? 2 : 1;
  for (let y = k - 2; y >= first && k - y <= clause.max; y--) {
    const w = toks[y]!.text;
    if (isClauseStop(w)) return null;
    // `Rina, who leads the group, said`: English opens a person's relative clause with `who`,
    // always set off by commas when it describes a named person.
    const english = w === 'who' && clause.commaBefore && featureOn('names.englishRelative');
    if (w !== 'yang' && !english) continue;
    if (clause.commaBefore && toks[y - 1]!.text !== ',') continue;
    const m = read(toks, pastNote(toks, pastEmphatic(toks, y, clause.commaBefore)), text, evidence);
    // `A guard from Cibening, who …, said`: a name after a preposition is the place or the
    // body in a description, not the subject the clause describes.
    return english && m && afterPreposition(toks, y, text, m) ? null : m;
  }
  return null;
}

/**
 * `Sari sendiri, yang sejak awal menolak …, meminta`: the emphatic `sendiri` after the subject
 * is no part of its name, so the subject is read before it. Where the subject ends for the `yang`
 * at token `y` (its comma before it when `comma`).
 */
function pastEmphatic(toks: readonly Token[], y: number, comma: boolean): number {
  const k = comma ? y - 2 : y - 1;
  return featureOn('names.emphaticSubject') && EMPHATICS.has(toks[k]?.lower ?? '') ? k : y;
}

/**
 * `Sri Mulyani (60 tahun), yang …`: a bracketed note (an age, a sex) between the subject and the
 * comma opening its relative clause is no part of the name; the subject ends before it. Where it
 * ends for the subject end `k` (the `yang`, its comma before it).
 */
function pastNote(toks: readonly Token[], k: number): number {
  if (!featureOn('names.noteBeforeRelative') || toks[k - 1]?.text !== ',') return k;
  const note = toks[k - 2]?.text ?? '';
  return note.startsWith('(') && note.endsWith(')') ? k - 2 : k;
}

/** A relative clause between a subject and its pre-posed cue, with no commas around it. */
const BARE_CLAUSE: RelativeClause = { max: 8, commaBefore: false };

/**
 * The named subject before a `yang` clause that ends right before token `k` (the cue), or null.
 * Read only when the name is a person named in full or with a role, so a thing modified by a
 * relative clause (`Dokumen yang diterima Budi menyebut …`) is not taken for a speaker.
 */
export function relativeSubject(
  toks: readonly Token[],
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
  read: SubjectReader,
): Mention | null {
  const m = subjectBeforeRelative(toks, k, text, evidence, read, BARE_CLAUSE);
  return (
    namedPerson(m) ??
    namedOrganisation(m) ??
    (nicknameClauseBefore(toks, k) || knownGiven(m, evidence) ? onePerson(m) : null)
  );
}

/**
 * `Sukamto yang mengantar Bramantyo menuturkan …`: a one-word name the article or the name corpora
 * know as a person's given name (`Sukamto` after `Sukamto Jonaedi`) is a person before `yang`,
 * as a thing (`Dokumen yang diterima Budi`) never is (names.relativeKnownGiven).
 */
function knownGiven(m: Mention | null, evidence: ArticleEvidence): boolean {
  const name = onePerson(m) && m?.kind === 'named' ? m.refs[0]!.name : null;
  if (!name || name.includes(' ') || !featureOn('names.relativeKnownGiven')) return false;
  return personEvidence(name, evidence) || !!evidence.opensName?.(name);
}

/**
 * `Darto yang akrab disapa Pak Dar ini menyebut …`: a clause that gives a nickname only ever
 * describes a person, so a name of one word before it is the subject too (a thing before `yang`
 * is never called by a nickname). True when the relative clause ending before the cue at token `k`
 * opens `yang [akrab|biasa …] disapa/dipanggil/…`.
 */
function nicknameClauseBefore(toks: readonly Token[], k: number): boolean {
  if (!featureOn('names.nicknameClauseSubject')) return false;
  for (let y = k - 2; y >= 1 && k - y <= BARE_CLAUSE.max; y--) {
    if (toks[y]!.text === 'yang') return nicknameAfterYang(toks, y) > 0;
  }
  return false;
}

/**
 * `Kepala BPBD Andi Pratama yang meninjau lokasi di Sukamaju mengatakan …`: the reader of the words
 * right before the cue found a name (`inner`) inside a bare relative clause, a place or a person the
 * clause is about; the subject is the named person before `yang` (reported.relativeOverInner).
 * Returns that person, or null when `inner` is not inside such a clause or no named person stands
 * before its `yang` (`Dokumen yang diterima Budi menyebut …` keeps Budi).
 */
export function relativeOverInner(
  toks: readonly Token[],
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
  read: SubjectReader,
  inner: Mention,
): Mention | null {
  if (inner.kind !== 'named' || !featureOn('reported.relativeOverInner')) return null;
  const y = bareYangBefore(toks, k);
  if (y < 0) return null;
  const first = inner.text.split(' ')[0]!;
  if (text.lastIndexOf(first, toks[k - 1]!.start) <= toks[y]!.start) return null;
  return relativeSubject(toks, k, text, evidence, read);
}

/**
 * The index of the `yang` opening a bare relative clause that runs up to token `k`, or -1: a
 * cheap scan before any reading (engine README: guards before bodies).
 */
function bareYangBefore(toks: readonly Token[], k: number): number {
  for (let y = k - 2; y >= 1 && k - y <= BARE_CLAUSE.max; y--) {
    const w = toks[y]!.text;
    if (isClauseStop(w)) return -1;
    if (w === 'yang') return y;
  }
  return -1;
}

/** `m` when it names one person, else null. */
function onePerson(m: Mention | null): Mention | null {
  return m?.kind === 'named' && m.refs.length === 1 && m.refs[0]!.kind === 'person' ? m : null;
}

/**
 * The person a relative clause opened by the cue itself is about: `Rencana itu dikritik ekonom
 * Maria Hadiningsih, yang menilai …`, `…, criticised by economist Rina Sari, who said …`. The cue
 * at token `k` follows `, yang` (English `, who`); the subject is read before it by
 * `read`, and kept only when it names one person in full or with a role (a thing or a group
 * before `yang` — `warga yang mengatakan` — is no named speaker). Null otherwise.
 */
export function relativeCueSubject(
  toks: readonly Token[],
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
  read: SubjectReader,
): Mention | null {
  if (!featureOn('reported.relativeCue')) return null;
  const y = k - 1;
  const w = toks[y]?.text;
  // Set off by a comma, the clause describes the person; without one (`Budi yang menyatakan …`)
  // it may single out which Budi, or be a claim of who they are (`yang mengaku sebagai …`).
  if ((w !== 'yang' && w !== 'who') || toks[y - 1]?.text !== ',') return null;
  const m = namedPerson(read(toks, pastEmphatic(toks, y, true), text, evidence));
  if (!m) return null;
  // `a guard from Cibening, who said`: a name after a preposition is a place or a body, unless
  // the preposition names the passive's agent (`oleh`, `by`).
  const before = tokenBefore(toks, y, text, m);
  return before && PREPOSITIONS.has(before) && !AGENT_PREPOSITIONS.has(before) ? null : m;
}

/** `m` when it names one person in full or with a role, else null. */
function namedPerson(m: Mention | null): Mention | null {
  if (m?.kind !== 'named' || m.refs.length !== 1) return null;
  const ref = m.refs[0]!;
  return ref.kind === 'person' && (!!ref.role || (ref.name ?? '').includes(' ')) ? m : null;
}

/**
 * `Lembaga Bantuan Hukum (LBH) Lubai yang membela para petani menyebut …`: an organisation the
 * reader names by two words or more (its head and its name, or a short form with its seat)
 * speaks past a bare relative clause as a named person does (names.relativeOrganisation).
 */
function namedOrganisation(m: Mention | null): Mention | null {
  if (m?.kind !== 'named' || m.refs.length !== 1 || !featureOn('names.relativeOrganisation'))
    return null;
  const ref = m.refs[0]!;
  return ref.kind === 'organization' && (ref.name ?? '').includes(' ') ? m : null;
}

/** The token right before mention `m` (read before token `y`), or undefined. */
function tokenBefore(
  toks: readonly Token[],
  y: number,
  text: string,
  m: Mention,
): string | undefined {
  const from = text.lastIndexOf(m.text, toks[y - 1]!.start);
  let k = y - 1;
  while (k > 0 && toks[k]!.start >= from) k--;
  return k >= 0 && toks[k]!.start < from ? toks[k]!.text : undefined;
}

/** True when the token right before mention `m` (read before token `y`) is a preposition. */
function afterPreposition(toks: readonly Token[], y: number, text: string, m: Mention): boolean {
  return PREPOSITIONS.has(tokenBefore(toks, y, text, m) ?? '');
}
