/**
 * The manner adverbial a cue may take before its clause: `secara` and the adjective or noun phrase
 * it turns into an adverb (`menjelaskan secara rinci bahwa …`, `mengatakan secara lebih terbuka,
 * …`, `menyampaikan secara tegas dan jelas bahwa …`). It belongs to the cue, not to the clause.
 */
import { CLAUSE_LINK_SET } from '../../lexicon/cues';
import { isLowerWord, type Token } from '../text/text';
import { startsLetter } from '../text/chars';
import { featureOn } from '../features';
import { ATAU, DAN, MAUPUN, SERTA } from '../../lexicon/conjunctions';

/**
 * Degree and negation words that stand before the adjective inside the phrase (`secara tidak
 * langsung`, `secara lebih rinci`, `secara sangat hati-hati`).
 */
const DEGREE: ReadonlySet<string> = new Set(
  'tidak kurang lebih sangat amat paling cukup agak makin semakin terlalu begitu'.split(' '),
);

/** Words that join two adjectives of one phrase (`secara terbuka dan jujur`). */
const COORDINATORS: ReadonlySet<string> = new Set([DAN, ATAU, SERTA, MAUPUN]);

/**
 * A word that can head the phrase: a word, not a linking word that opens the clause; a name may
 * head it too (`secara Islam`).
 */
const phraseWord = (t: Token | undefined): boolean =>
  !!t && startsLetter(t.text) && !CLAUSE_LINK_SET.has(t.text) && !COORDINATORS.has(t.text);

/** From `j`: past degree words and one adjective or noun; `j` itself when there is none. */
function afterHead(toks: readonly Token[], j: number): number {
  let k = j;
  while (DEGREE.has(toks[k]?.text ?? '') && phraseWord(toks[k + 1])) k++;
  return phraseWord(toks[k]) ? k + 1 : j;
}

/**
 * Where the clause may start when a `secara` phrase opens at token `k`: after its degree words,
 * its head and any head joined to it by `dan`/`atau`, so at the comma, the linking word or the
 * clause's first word. `k` itself when `toks[k]` is not `secara` or nothing follows it.
 */
export function afterMannerPhrase(toks: readonly Token[], k: number): number {
  if (BARE_MANNER.has(toks[k]?.text ?? '')) return afterBareManner(toks, k);
  if (toks[k]?.text !== 'secara') return k;
  let j = afterHead(toks, k + 1);
  if (j === k + 1) return k;
  // A head after `dan` joins the phrase only when the phrase ends right after it: else `dan`
  // may join the clause to the cue's words (`secara rinci dan warga …`), and the clause keeps it.
  while (COORDINATORS.has(toks[j]?.text ?? '')) {
    const next = afterHead(toks, j + 1);
    if (next === j + 1 || !endsPhrase(toks[next])) break;
    j = next;
  }
  return j;
}

/**
 * Manner adverbs written without `secara` straight after a cue (`menyampaikan langsung aspirasi
 * warga kepada bupati`): how the statement was made, never the clause's first word, since a clause
 * opens with its subject.
 */
const BARE_MANNER: ReadonlySet<string> = new Set(['langsung']);

/**
 * Past a bare manner adverb at `k` when a lowercase word follows it (reported.bareMannerAdverb); `k`
 * itself otherwise.
 */
function afterBareManner(toks: readonly Token[], k: number): number {
  const next = toks[k + 1];
  return next && isLowerWord(next.text) && featureOn('reported.bareMannerAdverb') ? k + 1 : k;
}

/** After a joined head the phrase must end: a comma, a linking word, or no lowercase word. */
const endsPhrase = (t: Token | undefined): boolean =>
  !t || t.text === ',' || CLAUSE_LINK_SET.has(t.text) || !isLowerWord(t.text);
