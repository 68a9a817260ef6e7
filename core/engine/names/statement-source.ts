/**
 * A written statement standing for its author after a cue: `tulis pernyataan KBRI X`,
 * `demikian pernyataan resmi Kemenlu`, `bunyi keterangan tertulis Polda X`. The author after the
 * statement noun is the speaker (an organisation speaking as such, GUIDELINES).
 */
import type { Token } from '../text/text';
import { caselessAscii, startsUpper } from '../text/chars';
import { DEFINITE } from '../../lexicon/pronouns';
import { featureOn } from '../features';

/** Nouns for a written statement whose author follows them. */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(
  'pernyataan keterangan rilis siaran surat unggahan cuitan'.split(' '),
);
/** Words that may follow the noun before the author (`siaran pers`, `pernyataan resmi`). */
export const STATEMENT_MODIFIERS: ReadonlySet<string> = new Set(
  'resmi tertulis pers bersama terbuka'.split(' '),
);

/**
 * The index after a statement noun and its modifiers starting at `i` (`pernyataan resmi` →
 * the author's first token), or `i` when no statement noun starts there.
 */
export function skipStatementNoun(toks: readonly Token[], i: number): number {
  if (!STATEMENT_NOUNS.has(toks[i]?.lower ?? '')) return i;
  let k = i + 1;
  while (STATEMENT_MODIFIERS.has(toks[k]?.lower ?? '')) k++;
  // The author must follow: a capitalised word, else the noun is not a statement's source here.
  return startsUpper(toks[k]?.text ?? '') ? k : i;
}

/** `bunyi`, `isi` in any case (as with `iu`: caselessAscii). */
const BUNYI_ISI = caselessAscii(/^(?:bunyi|isi)$/i);

/**
 * `demikian (bunyi|isi) pernyataan …` after a quote: a cue whose speaker is the statement's author.
 * Where that author's words start, or, for a statement closed by a demonstrative (`demikian bunyi
 * pernyataan itu`: discourse/statement-author.ts), the statement noun itself; null otherwise.
 */
export function demikianCue(toks: readonly Token[], i: number): number | null {
  if (toks[i]?.lower !== 'demikian') return null;
  let k = i + 1;
  if (BUNYI_ISI(toks[k]?.text ?? '').test(toks[k]?.text ?? '')) k++;
  const author = skipStatementNoun(toks, k);
  if (author > k) return author;
  return pointedStatement(toks, k) ? k : null;
}

/** True when a statement noun at `k`, past its modifiers, is closed by a demonstrative. */
function pointedStatement(toks: readonly Token[], k: number): boolean {
  if (!STATEMENT_NOUNS.has(toks[k]?.lower ?? '') || !featureOn('discourse.statementAuthor'))
    return false;
  let j = k + 1;
  while (STATEMENT_MODIFIERS.has(toks[j]?.lower ?? '')) j++;
  return DEFINITE.has(toks[j]?.lower ?? '');
}
