/**
 * Whether a sentence after a statement goes on with what the statement reported: it repeats one
 * of the statement's lowercase content words (`X mengatakan warga resah …` then `Sejak Maret,
 * warga berjaga bergiliran.`). A sentence sharing none (`Tanggul itu dibangun tahun 1980.`) is about
 * something else. Capitalised words are left out: a name repeated is a person, not a topic.
 */
import { COMMON_WORDS } from '../../lexicon/common-words';

/** Shortest word read as content: shorter ones are mostly particles and function words. */
const MIN_CONTENT = 5;

/** The lowercase content words of `text`. */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.split(/[^\p{L}-]+/u))
    if (w.length >= MIN_CONTENT && w === w.toLowerCase() && !COMMON_WORDS.has(w)) out.add(w);
  return out;
}

/** True when `sentence` repeats a content word of `statement`. */
export function goesOnWith(statement: string, sentence: string): boolean {
  const topic = contentWords(statement);
  for (const w of contentWords(sentence)) if (topic.has(w)) return true;
  return false;
}
