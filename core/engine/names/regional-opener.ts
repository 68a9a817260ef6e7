/**
 * Regional name openers (lexicon/regional-name-openers.ts: `Anak Agung`, `La Ode`, `Lalu`,
 * `Teuku`): where one stands in a run before a person's name words, the name starts at it, not
 * after it as a role word's or an honorific's would. Reads words only; the run readers and the
 * role/name split ask it.
 */
import { featureOn } from '../features';
import { OPENERS_SPELLING_WORDS, REGIONAL_NAME_OPENERS } from '../../lexicon/regional-name-openers';
import { dropFinalDot, startsCapLower } from '../text/chars';

/**
 * How many words from `k` spell a regional name opener, each capitalised as a name word is
 * (`Anak Agung`, `La Ode`, `Teuku`), followed by a capitalised word; 0 when none. The caller
 * decides whether the words after it are a person's name.
 */
export function regionalOpenerAt(words: readonly string[], k: number): number {
  if (!featureOn('names.model.regionalOpeners')) return 0;
  const first = words[k];
  if (!first || !startsCapLower(first)) return 0;
  const lw = first.toLowerCase();
  for (const opener of REGIONAL_NAME_OPENERS) {
    if (opener[0] !== lw) continue;
    const n = opener.length;
    const spelt = opener.every((o, i) => {
      const w = words[k + i];
      return !!w && startsCapLower(w) && w.toLowerCase() === o;
    });
    const next = words[k + n];
    if (spelt && next && startsCapLower(dropFinalDot(next))) return n;
  }
  return 0;
}

/**
 * True when the opener `w` (lowercase) spells a common word too (`Lalu`, 'then'), so the word
 * after it must be known as a person's name word before the two are read as one name.
 */
export const openerSpellsWord = (w: string): boolean => OPENERS_SPELLING_WORDS.has(w);
