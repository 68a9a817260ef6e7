/**
 * Subjects that list people before a pre-posed cue (`Xi dan Putin menilai`, `Budi, Rina, dan Andi
 * menilai`), and the role that opens a sentence before a name's comma (`Kepala Biro Humas Koperasi
 * X, Rudi Hartawan mengatakan`). Split from mention-before.ts, which reads one subject.
 */
import type { Mention } from './mention';
import { isAcronym, isRunToken, isRunWord, joinsPeople, readRun, walkRunBack } from './name-run';
import { RANK_SET, ROLE_OPENER_SET } from '../../lexicon/roles';
import { FIELD_OFFICE_HEAD_SET } from '../../lexicon/office-heads';
import { namesPerson } from './name-model';
import { roleBeforeName, type NamedRef } from './name-split';
import { withSharedRole } from './shared-role';
import { readName } from './name-reading';
import { affiliatedBefore } from './affiliated-subject';
import { fieldListHead, fieldListOfficeBefore } from './field-list-office';
import type { ReadingContext } from './reading-context';
import { isLowerWord, type Token } from '../text/text';
import { featureOn } from '../features';
import { isBracketedCapitalised } from '../text/bracketed';
import { opensSentence } from '../text/sentence-start';
import { ORIGIN_PREPOSITIONS } from '../../lexicon/prepositions';
import { EN_FIELD_TAIL_SET } from '../../lexicon/organisations-en';
import { isCabinetWord } from './english-title';

/**
 * True when token `s` opens a clause: its sentence, or the main clause after a lowercase adjunct
 * and its comma (`Menjawab pertanyaan wartawan, Direktur X, Rudi, mengatakan`); not after a name's comma.
 */
const opensClause = (toks: readonly Token[], s: number) =>
  opensSentence(toks, s) ||
  (featureOn('names.model.roleAfterAdjunct') &&
    toks[s - 1]?.text === ',' &&
    isLowerWord(toks[s - 2]?.text ?? ''));

/**
 * `Kepala Biro Humas Koperasi X, Rudi Hartawan …`: the role that opens the sentence and ends at the
 * comma right before the name starting at token `r`, and where it starts; null when there is none.
 */
export function openingRole(
  toks: readonly Token[],
  r: number,
  text: string,
  evidence: ReadonlySet<string>,
): { role: string; start: number } | null {
  // `Ketua Umum Ikatan X (IX), Rudi …`: the role may end with its organisation's acronym.
  const before = toks[r - 2]?.text ?? '';
  if (toks[r - 1]?.text !== ',' || !(isRunWord(before) || isBracketedCapitalised(before)))
    return null;
  const run = walkRunBack(toks, r - 2);
  // `Kepala Dinas Pemuda, Olahraga, dan Pariwisata X, Rina …`: the role lists its office's fields
  // (spelled out before a bracketed acronym, it is cast/spelled-role.ts's reading).
  const listed = toks.slice(run, r - 1).some(t => isBracketedCapitalised(t.text))
    ? -1
    : fieldListHead(toks, run);
  const s0 = listed < 0 ? run : listed;
  const role = opensClause(toks, s0) ? roleBeforeName(toks.slice(s0, r - 1), text, evidence) : null;
  return role ? { role, start: s0 } : null;
}

/** True when the run at `s` follows an origin preposition that follows another run. */
function originOfMember(toks: readonly Token[], s: number): boolean {
  if (!featureOn('names.memberOrigin')) return false;
  return ORIGIN_PREPOSITIONS.has(toks[s - 1]?.lower ?? '') && isRunToken(toks[s - 2]);
}

/** Lowercase words inside an English organisation's name (`Institute for Studies of Trade`). */
const ENGLISH_JOINERS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * True when the `dan` between a first member `a` (read with a role) and the last member `b` is
 * inside one long role rather than between two people (`Direktur Pengawasan Pangan dan Obat
 * Kementerian X Rudi`, `Researcher at the Centre for Trade and Policy Studies Rina`): the words
 * after it go on with a field or an institution (no person's role head or rank opens them, as
 * `Sekjen Rina` or `AKBP Rina` would; an institution's head such as `Kementerian` does not), or,
 * with no role of its own after it, the word before it is no one's name (`Pangan`, `Trade`).
 */
function danInsideRole(a: NamedRef, b: NamedRef, evidence: ReadonlySet<string>): boolean {
  if (!a.role || !a.name || a.kind !== 'person') return false;
  const opener = b.role?.split(' ')[0]!.toLowerCase();
  if (opener !== undefined) return !ROLE_OPENER_SET.has(opener) && !RANK_SET.has(opener);
  return !namesPerson(a.name, evidence);
}

/**
 * True when `dan` joins one more word to an organisation's name rather than a second member
 * (`Kementerian Pesisir dan Digital`, `Badan Riset dan Inovasi`): the first member is an
 * organisation without a role, and the last is one word no lexicon or the article knows as a
 * person's name or an organisation's, with no role of its own.
 */
function organisationWithDan(a: NamedRef, b: NamedRef, evidence: ReadonlySet<string>): boolean {
  if (!featureOn('names.organisationWithDan')) return false;
  if (a.kind !== 'organization' || a.role || b.role || !b.name || b.name.includes(' '))
    return false;
  // Only an office named by its fields (`Kementerian X dan Y`, `Badan X dan Y`), not a
  // government or a party beside someone (`Pemerintah Aceh dan Wang`).
  if (!FIELD_OFFICE_HEAD_SET.has(a.name!.split(' ')[0]!.toLowerCase())) return false;
  // `KPK dan Polri`: a second organisation (an acronym, or one the readers know) is a member.
  if (b.kind === 'organization' || isAcronym(b.name)) return false;
  return !namesPerson(b.name, evidence);
}

/**
 * `Xi dan Putin menilai`, `Budi, Rina, dan Andi menilai`: a group whose last member's run starts
 * at token `s` (its mention at `r`) and ends at `k`. `Ketua Partai X, Budi, dan Sekjen Rina
 * menilai`: the first member is a role-name appositive, its role opening the sentence. Null when
 * no `dan` joins two named people.
 */
export function groupBefore(ctx: ReadingContext, s: number, r: number, k: number): Mention | null {
  const { toks } = ctx;
  const pause = toks[s - 2]?.text === ',' ? 1 : 0;
  if (!joinsPeople(toks[s - 1]?.text ?? '') || !isRunToken(toks[s - 2 - pause])) return null;
  return groupAt(ctx, s, r, k, pause);
}

/**
 * groupBefore past its test (a joining word after a run, `pause` 1 when a comma stands before it):
 * a function of its own so that the first analysis of an article without such a group compiles
 * only the test (engine README: guards before bodies).
 */
function groupAt(
  ctx: ReadingContext,
  s: number,
  r: number,
  k: number,
  pause: number,
): Mention | null {
  const { toks, text, evidence } = ctx;
  const office = fieldListOfficeBefore(ctx, s, k);
  if (office) return office;
  const last = readName(toks, r, k + 1, text, evidence);
  if (!last.name) return null;
  const members: NamedRef[] = [];
  let end = s - 1 - pause;
  let from = end;
  for (;;) {
    let s2 = end - 1;
    while (s2 > 0 && readRun(toks, s2 - 1) >= end) s2--;
    // `Rina dari Cibening dan Andi`: a run after `dari`/`asal` is where the member before it comes
    // from (or works), not a member; the member is the name before the preposition.
    if (originOfMember(toks, s2)) {
      end = s2 - 1;
      continue;
    }
    let ref = readName(toks, s2, end, text, evidence);
    // A member before a listing comma must be a person's name (`Budi, Rina, dan Andi`).
    if (!ref.name || (members.length && ref.kind !== 'person')) break;
    from = s2;
    const opening = pause ? openingRole(toks, s2, text, evidence) : null;
    if (opening && !ref.role) ref = { ...ref, role: opening.role };
    if (opening) from = opening.start;
    members.unshift(ref);
    if (opening || toks[s2 - 1]?.text !== ',' || !isRunToken(toks[s2 - 2])) break;
    end = s2 - 1;
  }
  // Members listed with commas open the sentence; `Di Cibening, Budi dan Rina` lists two.
  if (members.length > 1 && !opensSentence(toks, from)) {
    members.splice(0, members.length - 1);
    from = s - 1 - pause;
    while (from > 0 && readRun(toks, from - 1) >= s - 1 - pause) from--;
  }
  if (!members.length) return null;
  // `Minister of Trade and Industry Rina`: the first member follows an English organisation's
  // joiner, so it is a word of that organisation's name unless it surely names a person.
  const afterJoiner =
    ENGLISH_JOINERS.has(toks[from - 1]?.text ?? '') &&
    isRunToken(toks[from - 2]) &&
    !namesPerson(members[0]!.name ?? '', evidence);
  if (
    members.length === 1 &&
    featureOn('names.model.danInLongRole') &&
    (afterJoiner || danInsideRole(members[0]!, last, evidence))
  ) {
    if (afterJoiner) from = walkRunBack(toks, from - 2);
    // `Rina Sarwono of the Institute for Trade and Finance (ITF) said`: no person closes the run,
    // which names one organisation with `and` inside; the person before it, if any, speaks.
    const whole = afterJoiner ? englishOrgWithAnd(ctx, from, k, last) : null;
    if (whole) return whole;
    // One person: the whole run before the name is the role, `dan` and all.
    const own = withoutPortfolio(last);
    const nameAt = own.name ? text.indexOf(own.name, toks[s]!.start) : -1;
    const role = text.slice(toks[from]!.start, nameAt > 0 ? nameAt : toks[k]!.end).trim();
    return {
      kind: 'named',
      refs: [{ ...own, role }],
      text: text.slice(toks[from]!.start, toks[k]!.end),
    };
  }
  const org = members.length === 1 ? organisationWithDan(members[0]!, last, evidence) : false;
  if (org) {
    // `Kementerian Pesisir dan Digital (KPD)`: one organisation, `dan` and all.
    const nameAt = text.indexOf(last.name, toks[s]!.start);
    const name = text.slice(toks[from]!.start, nameAt + last.name.length);
    return {
      kind: 'named',
      refs: [{ name, role: null, kind: 'organization', alias: last.alias }],
      text: text.slice(toks[from]!.start, toks[k]!.end),
    };
  }
  const [a, b] = withSharedRole(members[members.length - 1]!, last);
  return {
    kind: 'named',
    refs: [...members.slice(0, -1), a, b],
    text: text.slice(toks[from]!.start, toks[k]!.end),
  };
}

/**
 * True when the words after an organisation's `and` name a person: `Fiscal Studies` in `Institute
 * for Trade and Fiscal Studies` has two words but ends with a field noun no person is called
 * (lexicon/organisations-en.ts EN_FIELD_TAILS), so it closes the organisation's name instead
 * (names.englishFieldTail).
 */
function personAfterAnd(name: string, evidence: ReadonlySet<string>): boolean {
  if (!namesPerson(name, evidence)) return false;
  const tail = name.split(' ').pop()!.toLowerCase();
  return !(EN_FIELD_TAIL_SET.has(tail) && featureOn('names.englishFieldTail'));
}

/**
 * The person after `and` inside a long English role without the portfolio words that open their
 * reading (`Minister of Energy and Mineral Resources Andi Pratama`: `Mineral Resources` goes on
 * with the role, the name is `Andi Pratama`), with names.englishGovernmentPortfolio; one name
 * word at least stays (`… Trade and Industry Sutarjo`).
 */
function withoutPortfolio(last: NamedRef): NamedRef {
  const words = last.name?.split(' ') ?? [];
  let n = 0;
  while (words.length - n > 1 && isCabinetWord(words[n]!)) n++;
  return n ? { ...last, name: words.slice(n).join(' ') } : last;
}

/**
 * The run from `from` to `k` read whole, when its last word (`last`, read after `and`) names no
 * person and the whole run is one organisation: the person affiliated to it before `of/at/from the`
 * (affiliated-subject.ts), or the organisation itself. Null otherwise.
 */
function englishOrgWithAnd(
  { toks, text, evidence }: ReadingContext,
  from: number,
  k: number,
  last: NamedRef,
): Mention | null {
  if (!featureOn('names.englishAffiliation') || personAfterAnd(last.name ?? '', evidence))
    return null;
  const ref = readName(toks, from, k + 1, text, evidence);
  if (ref.kind !== 'organization' || !ref.name) return null;
  return (
    affiliatedBefore(toks, from, k, text, evidence) ?? {
      kind: 'named',
      refs: [ref],
      text: text.slice(toks[from]!.start, toks[k]!.end),
    }
  );
}
