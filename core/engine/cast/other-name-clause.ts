/**
 * A `yang` clause telling a person's other name (`yang memiliki nama asli X`, `yang kini
 * menggunakan nama X`; lexicon/nickname-asides.ts), read forward from its `yang` or backward from
 * the name after it: the run it ends before is that person's other name, as after `akrab disapa`
 * (cast.otherNameClause). Both readings share the one shape here.
 */
import {
  NAME_CLAUSE_ADVERBS,
  NAME_CLAUSE_OPENER,
  NAME_NOUN,
  NAME_OWNING_VERBS,
  NAME_QUALIFIERS,
  NAME_USING_VERBS,
} from '../../lexicon/nickname-asides';
import { featureOn } from '../features';

/**
 * Where the name starts after the clause whose `yang` is word `y` of lowercase `words`, or -1: an
 * adverb, a verb of having or using, `nama`, a qualifier; a verb of using only with the adverb
 * or the qualifier.
 */
export function otherNameAfter(words: readonly string[], y: number): number {
  if (words[y] !== NAME_CLAUSE_OPENER || !featureOn('cast.otherNameClause')) return -1;
  let j = y + 1;
  const adverb = NAME_CLAUSE_ADVERBS.has(words[j] ?? '');
  if (adverb) j++;
  const verb = words[j] ?? '';
  if (words[j + 1] !== NAME_NOUN) return -1;
  const qualified = NAME_QUALIFIERS.has(words[j + 2] ?? '');
  const owning = NAME_OWNING_VERBS.has(verb);
  if (!owning && !(NAME_USING_VERBS.has(verb) && (adverb || qualified))) return -1;
  return qualified ? j + 3 : j + 2;
}

/** True when lowercase `words` end with such a clause (the name follows them). */
export function endsWithOtherName(words: readonly string[]): boolean {
  // The clause has three to five words: `yang` [adverb] verb `nama` [qualifier].
  for (let y = words.length - 3; y >= Math.max(0, words.length - 5); y--)
    if (otherNameAfter(words, y) === words.length) return true;
  return false;
}
