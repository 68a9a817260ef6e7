/**
 * A lowercase role written right before a capitalised run (`jaksa Hartono`, `warga Homs Abu
 * Karim`, `seorang petugas Rudi`): it belongs to the mention the run begins, so the run's reading
 * starts there. One rule for the running text's records (cast/read-mentions.ts) and the subject
 * before a cue (mention-before.ts), so both read the same span.
 */
import { DEFINITE, INDEFINITE } from '../../lexicon/pronouns';
import { PREPOSITIONS } from '../../lexicon/prepositions';
import { EN_ROLE_HEAD_SET, EN_UNIT_NOUNS, ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import { isRunToken, walkRunBack } from './name-run';
import { isVerbShape } from '../text/affix-shapes';
import { hardNonName } from './name-model';
import { isLowerWord, type Token } from '../text/text';
import { opensSentence } from '../text/sentence-start';
import { featureOn } from '../features';
import { englishOfficeIn } from './english-office-in';

/** The most lowercase role words read before a run. */
const MAX_PREFIX = 4;

/** Where the mention whose capitalised run starts at token `s` begins: at or before `s`. */
export function rolePrefixStart(toks: readonly Token[], s: number): number {
  let r = s;
  while (r > 0 && s - r < MAX_PREFIX && isLowerRoleWord(toks[r - 1]!.text)) r--;
  if (r < s && opensWithRoleWord(toks, r - 1)) return r - 1;
  const opening = openingHeadBefore(toks, r);
  if (opening !== null) return opening;
  if (r !== s) return englishUnitBefore(toks, r, s);
  const of = englishOfficeOf(toks, s);
  return of !== s ? of : englishOfficeIn(toks, s);
}

/**
 * `Head of the Cibening Environment Agency Rina`, `Deputy chairman of the Ulema Council Budi`: an
 * English office opens its unit with `of the`, which no capitalised run holds, so the mention
 * whose run starts at `s` (the unit's name) starts at the office; `s` when there is none.
 */
function englishOfficeOf(toks: readonly Token[], s: number): number {
  if (!featureOn('names.englishOfficeOf')) return s;
  if (toks[s - 1]?.text !== 'the' || toks[s - 2]?.text !== 'of') return s;
  const head = toks[s - 3];
  if (!head || !EN_ROLE_HEAD_SET.has(head.lower)) return s;
  // `Deputy chairman`: a capitalised modifier before a lowercase head.
  const before = isRunToken(head) ? s - 3 : s - 4;
  if (!isRunToken(toks[before])) return isRunToken(head) ? s - 3 : s;
  return walkRunBack(toks, before);
}

/** The most unit nouns read between an English office and its unit's name. */
const MAX_UNIT_NOUNS = 2;

/**
 * `Lalemba village head Yusran`, `Rote Ndao Fisheries Agency head Yermias`: English writes the
 * office after the unit it heads, so a lowercase English head right before the name (the prefix
 * `[r, s)`) takes the capitalised unit before it, over a few unit nouns (`village`). Where the
 * mention starts: the unit's first word, or `r` when there is none.
 */
function englishUnitBefore(toks: readonly Token[], r: number, s: number): number {
  if (!featureOn('names.englishUnitRole') || r !== s - 1) return r;
  if (!EN_ROLE_HEAD_SET.has(toks[r]!.text)) return r;
  let m = r;
  while (m > 0 && r - m < MAX_UNIT_NOUNS && EN_UNIT_NOUNS.has(toks[m - 1]!.text)) m--;
  return m > 0 && isRunToken(toks[m - 1]) ? walkRunBack(toks, m - 1) : r;
}

/** The most lowercase words of a description between an opening role head and the run. */
const MAX_DESCRIPTION = 3;

/** A lowercase word that may describe a role (`sepak bola`, `ilmu`): no verb, function word or preposition. */
const isDescriptionWord = (w: string): boolean =>
  isLowerWord(w) && !hardNonName(w) && !PREPOSITIONS.has(w) && !DEFINITE.has(w) && !isVerbShape(w);

/**
 * `Pengamat sepak bola Rudi menilai`, `Dosen ilmu politik Universitas X Rudi`: a role head opening
 * the sentence and the lowercase words describing it up to the run are the run's role, though no
 * lexicon knows those words (mid-sentence the cue readers read `pengamat sepak bola Rudi` whole).
 * The head's index, or null.
 */
function openingHeadBefore(toks: readonly Token[], r: number): number | null {
  if (!featureOn('names.sentenceOpeningRole')) return null;
  let k = r - 1;
  while (k >= 0 && r - 1 - k < MAX_DESCRIPTION && isDescriptionWord(toks[k]!.text)) k--;
  const head = toks[k];
  if (k === r - 1 || !head || !ROLE_HEAD_SET.has(head.text.toLowerCase())) return null;
  return opensWithRoleWord(toks, k) ? k : null;
}

/** Tokens after which a word opens a sentence (or a dateline's text), so is capitalised there. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', ':', '-', '—', '“', '"']);

/**
 * `Manajer tim Rudi mengatakan`: a role word that opens the sentence is capitalised only because
 * it opens it, so the lowercase role after it goes on with it (`Manajer tim`, as `manajer tim`
 * mid-sentence); read alone, `tim Rudi` was a team named Rudi.
 */
function opensWithRoleWord(toks: readonly Token[], k: number): boolean {
  const w = toks[k];
  if (!featureOn('names.sentenceOpeningRole')) return false;
  if (!w || isLowerWord(w.text) || !ROLE_WORD_SET.has(w.text.toLowerCase())) return false;
  return opensSentence(toks, k, SENTENCE_OPENERS);
}

/**
 * Locative prepositions, which a lowercase role never holds: `petani di Cibening` is a farmer in a
 * place, not a person named Cibening. (`di` is in the role lexicon only as the capitalised `DI` of
 * `DI Yogyakarta`.)
 */
const LOCATIVES: ReadonlySet<string> = new Set(['di', 'ke', 'dari']);

const isLowerRoleWord = (w: string) =>
  isLowerWord(w) && !LOCATIVES.has(w) && (ROLE_WORD_SET.has(w) || INDEFINITE.has(w));
