/**
 * A subject that names an organisation only as the affiliation of someone else: `Jaksa Penuntut
 * Umum (JPU) dari KPK`, `tim kuasa hukum dari LBH Jakarta`, `seorang peneliti di BRIN`. The
 * organisation follows `dari/di/pada`; what speaks is the head before it. A person's name there
 * (`Budi Santoso dari KPK`) is the speaker; a role head or group noun without a name is unnamed.
 */
import { GROUP_HEADS, MEMBER_NOUNS } from '../../lexicon/pronouns';
import { ROLE_HEAD_SET } from '../../lexicon/roles';
import type { Mention } from './mention';
import { isRunWord, readRun } from './name-run';
import { readName } from './name-reading';
import type { Token } from '../text/text';
import { startsLetter } from '../text/chars';
import { isBracketedAcronym } from '../text/bracketed';
import { featureOn } from '../features';
import { isHonorificAt } from '../../lexicon/honorifics';
import { NAMESAKE_HEAD_SET } from '../../lexicon/facilities';
import type { NamedRef } from './name-split';
import { personEvidence, type ArticleEvidence } from './name-model';

/** Prepositions that attach an organisation to the noun before it. */
const AFFILIATION = new Set(['dari', 'di', 'pada']);

/**
 * English ones, before `the` (`Rina Sarwono of the Centre for Trade (CTF) said`): only a person's
 * name before them makes the speaker; a bare title there (`Director of Policy at the Ministry of
 * Trade Budi …`) leaves the run to the name readers.
 */
const EN_AFFILIATION = new Set(['of', 'at', 'from']);

/**
 * `Water engineer X of the River Research Centre`: the office before the name with the
 * organisation the person speaks for (from the preposition at `prep` to the run's end at `k`), as
 * English writes it after the name; the office alone when the feature is off.
 */
function withAffiliation(
  office: string,
  toks: readonly Token[],
  prep: number,
  k: number,
  text: string,
): string {
  if (!featureOn('names.englishAffiliationRole')) return office;
  return `${office} ${text.slice(toks[prep]!.start, toks[k]!.end)}`;
}

/** Where the preposition attaching the run at `r` stands, or -1: `dari KPK`, `of the Centre`. */
function affiliationAt(toks: readonly Token[], r: number): number {
  if (AFFILIATION.has(toks[r - 1]?.text ?? '')) return r - 1;
  if (!featureOn('names.englishAffiliation')) return -1;
  return toks[r - 1]?.text === 'the' && EN_AFFILIATION.has(toks[r - 2]?.text ?? '') ? r - 2 : -1;
}

/**
 * The subject ending at token `k` whose organisation run starts at `r` after an affiliation
 * preposition, or null when the words before the preposition are not a head of that kind.
 */
export function affiliatedBefore(
  toks: readonly Token[],
  r: number,
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  const end = affiliationAt(toks, r);
  if (end >= 0) return affiliatedAt(toks, r, end, k, text, evidence);
  const bare = bareAffiliation(toks, r, k, text, evidence);
  return bare ? affiliatedAt(toks, bare.org, bare.prep, k, text, evidence) : null;
}

/**
 * `Dewi Kartikasari of Tanjung Harapan University said`, `… from Tanjung Harapan University said`:
 * English also writes a person's affiliation without `the`. The run read back from the cue then
 * starts after `from`/`at`, or holds the `of` (a name particle, for `Minister of Trade X`), so the
 * organisation starts after the run's last `of`. Only an organisation or place may follow the
 * preposition (a person's name there is the speaker: `Head of Research at X Dewi Kartikasari`); the
 * words before it must still read as a person's name (affiliatedAt). Null when there is none.
 */
function bareAffiliation(
  toks: readonly Token[],
  r: number,
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
): { org: number; prep: number } | null {
  if (!featureOn('names.englishAffiliationBare')) return null;
  let prep = BARE_AFFILIATION.has(toks[r - 1]?.text ?? '') ? r - 1 : -1;
  for (let j = k - 1; prep < 0 && j > r; j--) if (toks[j]!.text === 'of') prep = j;
  // `… of Nusa University (UNU) said`: the organisation's short form in brackets closes it.
  const last =
    k > prep + 1 &&
    isBracketedAcronym(toks[k]!.text) &&
    featureOn('names.englishAffiliationShortForm')
      ? k - 1
      : k;
  if (prep < 0 || prep === last) return null;
  for (let j = prep + 1; j <= last; j++) if (!isRunWord(toks[j]!.text)) return null;
  const org = readName(toks, prep + 1, last + 1, text, evidence);
  if (org.kind === 'person' && org.name?.includes(' ') && !org.role) return null;
  return { org: prep + 1, prep };
}

/** English prepositions that attach an organisation to a person's name without `the`. */
const BARE_AFFILIATION: ReadonlySet<string> = new Set(['from', 'at']);

/**
 * The subject ending at token `k` whose organisation run starts at `r` after the affiliation
 * preposition at `end`, or null when the words before the preposition are not a head of that kind.
 */
function affiliatedAt(
  toks: readonly Token[],
  r: number,
  end: number,
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  const english = end < r - 1 || EN_AFFILIATION.has(toks[end]!.text);
  // The head phrase: capitalised or lowercase words (and a bracketed acronym) before the preposition.
  let s = end;
  while (
    s > 0 &&
    end - s < 6 &&
    (startsLetter(toks[s - 1]!.text) || toks[s - 1]!.text.startsWith('('))
  ) {
    const w = toks[s - 1]!.text;
    if (AFFILIATION.has(w) || EN_AFFILIATION.has(w) || w === 'yang' || joinsPair(w)) break;
    s--;
  }
  if (s === end) return null;
  // `Director of Trade Policy at the Ministry …`: a head that is itself an `of` complement is part
  // of a title, not a person's name.
  if (english && EN_AFFILIATION.has(toks[s - 1]?.text ?? '')) return null;
  const head = toks.slice(s, end);
  const lw = head.map(t => t.lower.replace(/nya$/u, ''));
  const span = text.slice(toks[s]!.start, toks[k]!.end);
  // `Budi Santoso dari KPK`: a person's name before the preposition is the speaker.
  const first = english ? englishNameStart(toks, s, end) : head.findIndex(t => isRunWord(t.text));
  // The run from the name may hold a bare `of` and the organisation after it (bareAffiliation).
  const runEnd = first >= 0 ? readRun(toks, s + first) : -1;
  if (runEnd === end || (runEnd > end && toks[end]!.text === 'of')) {
    const named = readName(toks, s + first, end, text, evidence);
    // `Water engineer Rina X of the …`: the words before the name are the person's role.
    const before = first > 0 ? text.slice(toks[s]!.start, toks[s + first - 1]!.end) : null;
    const role = before && english ? withAffiliation(before, toks, end, k, text) : before;
    const ref = named.role || !role ? named : { ...named, role };
    if (
      ref.name &&
      ref.kind === 'person' &&
      fullOrKnownName(ref.name, evidence as ArticleEvidence)
    ) {
      // `Budi dari KPK dan Rina dari ICW mengatakan`: each person speaks, with their organisation.
      const member = joinsPair(toks[s + first - 1]?.text ?? '')
        ? memberBefore(toks, s + first - 1, text, evidence)
        : null;
      if (!member) return { kind: 'named', refs: [ref], text: span };
      const own = { ...ref, role: ref.role ?? text.slice(toks[r]!.start, toks[k]!.end) };
      return {
        kind: 'named',
        refs: [member.ref, own],
        text: text.slice(toks[member.start]!.start, toks[k]!.end),
      };
    }
  }
  if (english) return null;
  const honoured = honouredNameAfter(toks, r, k, text, evidence);
  if (honoured) return { kind: 'named', refs: [honoured], text: span };
  const headed = lw.some(w => ROLE_HEAD_SET.has(w) || GROUP_HEADS.has(w) || MEMBER_NOUNS.has(w));
  return headed ? { kind: 'anonymous', text: span } : null;
}

/**
 * True when `name`, read before an affiliation, is a person's: two words or more, or with
 * names.knownNameAffiliated one word the corpora or the article know as a person's name word
 * (`Dwi dari YLKI mengingatkan …`, the short form of a person introduced earlier). Another single
 * capitalised word there (`Tim dari KPK`, `Warga dari Desa X`) is no name.
 */
function fullOrKnownName(name: string, evidence: ArticleEvidence): boolean {
  if (name.includes(' ')) return true;
  if (!featureOn('names.knownNameAffiliated')) return false;
  return personEvidence(name, evidence) || !!evidence.opensName?.(name);
}

/**
 * Where, in the head phrase from `s` to the English preposition at `end`, the name starts: the
 * first capitalised word, or with names.englishRoleBeforeAffiliated the first of the run of
 * capitalised words that reaches the preposition, after a role (`Water engineer Rina X of the
 * …`). An index relative to `s`; -1 when none.
 */
function englishNameStart(toks: readonly Token[], s: number, end: number): number {
  const first = toks.slice(s, end).findIndex(t => isRunWord(t.text));
  if (first < 0 || !featureOn('names.englishRoleBeforeAffiliated')) return first;
  let f = end - 1;
  while (f > s && isRunWord(toks[f - 1]!.text)) f--;
  return isRunWord(toks[f]!.text) ? f - s : first;
}

/** `dan` between two affiliated people (`Budi dari KPK dan Rina dari ICW`), with its feature on. */
const joinsPair = (w: string): boolean => w === 'dan' && featureOn('names.affiliatedPair');

/**
 * The person before the `dan` at token `dan`: `Budi Santoso dari KPK` (the organisation is the
 * role) or `Budi Santoso`; null when no person's full name stands there.
 */
function memberBefore(
  toks: readonly Token[],
  dan: number,
  text: string,
  evidence: ReadonlySet<string>,
): { ref: NamedRef; start: number } | null {
  const last = dan - 1;
  let org = last;
  while (org > 0 && readRun(toks, org - 1) > last) org--;
  const affiliated = AFFILIATION.has(toks[org - 1]?.text ?? '');
  const end = affiliated ? org - 1 : last + 1;
  let start = end - 1;
  while (start > 0 && readRun(toks, start - 1) >= end) start--;
  if (start < 0 || readRun(toks, start) !== end) return null;
  const ref = readName(toks, start, end, text, evidence);
  if (!ref.name || ref.kind !== 'person' || !ref.name.includes(' ')) return null;
  const role = affiliated ? text.slice(toks[org]!.start, toks[last]!.end) : null;
  return { ref: { ...ref, role: ref.role ?? role }, start };
}

/**
 * `Dosen ekonomi dari Universitas X Dr Sari Wulan menilai`: a name after the organisation, opened by
 * an honorific (`Dr`, `Prof`, `Ir`), is the affiliated person's own; a bare run of capitalised
 * words there (`peneliti dari Universitas Gadjah Mada`) is only the organisation, and so is an
 * honoured name right after an institution's heads (`dokter dari RSUD Dr Soetomo`). The reading of
 * the name after the honorific in the run from `r` to `k`, with the organisation as its role, or null.
 */
function honouredNameAfter(
  toks: readonly Token[],
  r: number,
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
): NamedRef | null {
  if (!featureOn('names.honouredAffiliate')) return null;
  const words = toks.slice(r, k + 1).map(t => t.text);
  // The first honorific after the organisation's own first word, with a name word after it.
  const h = words.findIndex((_, j) => j > 0 && j < words.length - 1 && isHonorificAt(words, j));
  // `Prof Ir Budi`: the name opens after the last honorific of a row.
  let n = h + 1;
  while (n < words.length - 1 && isHonorificAt(words, n)) n++;
  if (h < 0 || !isRunWord(words[n]!)) return null;
  // `RSUD Dr Soetomo`: after nothing but an institution's heads, the honoured name is its own.
  if (words.slice(0, h).every(w => NAMESAKE_HEAD_SET.has(w.toLowerCase()))) return null;
  // The name read from the honorific on; the organisation before it is the person's role.
  const ref = readName(toks, r + h, k + 1, text, evidence);
  if (!ref.name || ref.kind !== 'person' || !ref.name.startsWith(words[n]!)) return null;
  return { ...ref, role: ref.role ?? text.slice(toks[r]!.start, toks[r + h - 1]!.end) };
}
