/**
 * `Akhirnya, …`, `Bedanya, …`, `Pelatihnya, …`: a word of seven letters or more ending in `-nya`
 * opening a sentence is a sentence adverb or a possessed noun, never a name word. Inside a
 * sentence a capitalised one is a name (`Athanya`, `Lavanya`): a common word would be lowercase. Of the NER
 * corpora's thousands of such tokens none is tagged in a person's name (`npm run lexicon` writes
 * the exceptions, if any, to lexicon/generated/word-forms.ts). Shorter ones may be given names
 * (`Sonya`, `Ananya`).
 */
import { featureOn } from '../features';
import { NYA_PERSON_WORDS } from '../../lexicon/generated/word-forms';

/** The `-nya` words of seven letters or more the NER corpora ever tag in a person's name. */
const NYA_PERSON_SET: ReadonlySet<string> = new Set(NYA_PERSON_WORDS.split(' '));

/** True when the lowercase word `lw` is such a `-nya` word (names.nyaWordNoName). */
export function isNyaWord(lw: string): boolean {
  return (
    lw.length >= 7 &&
    lw.endsWith('nya') &&
    !NYA_PERSON_SET.has(lw) &&
    featureOn('names.nyaWordNoName')
  );
}
