/**
 * A description pointing back that repeats one the article already opened a sentence with
 * (`Mantan kiper nasional itu mempersoalkan kartu merah dari wasit X.` … `“…,” ujar mantan kiper
 * nasional itu`) means whom it meant there: the writer chose the epithet once for one person and
 * repeats it. So it is resolved from that sentence's start, where nobody the sentence itself
 * brings in (the referee it talks about) stands before it yet.
 */
import { offsetOf, paragraphOf, type Pos } from '../cast/entity';
import { DEFINITE } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import type { DocIndex } from './doc-index';
import { SPACE_RUNS } from '../text/string-scans';

/**
 * Most words the earlier use may add after the repeated ones, before its demonstrative
 * (`Mantan kiper nasional era 2000-an itu` for `mantan kiper nasional itu`).
 */
const MAX_ADDED = 3;

/** The description's words, lowercase, without its closing demonstrative; null under two words. */
function epithetWords(description: string): string[] | null {
  const words = description.toLowerCase().split(SPACE_RUNS).filter(Boolean);
  if (!DEFINITE.has(words.pop() ?? '')) return null;
  // One noun (`pria itu`, `pejabat itu`) is too common to be the writer's chosen epithet.
  return words.length >= 2 ? words : null;
}

/**
 * True when `sentence` opens, capitalised, with `words` and closes that subject with a
 * demonstrative at most MAX_ADDED words later, no comma between.
 */
function opensWith(sentence: string, words: readonly string[]): boolean {
  if (!/^\p{Lu}/u.test(sentence)) return false;
  const head = sentence.split(SPACE_RUNS, words.length + MAX_ADDED + 1);
  if (words.some((w, k) => head[k]?.toLowerCase() !== w)) return false;
  for (let k = words.length; k < head.length; k++) {
    const w = head[k]!;
    if (DEFINITE.has(w.toLowerCase())) return true;
    if (/[,.;:!?]$/u.test(w)) return false;
  }
  return false;
}

/**
 * Where the latest sentence before `before` opens with `description` repeated (see the file
 * comment), or null: with `discourse.repeatedEpithet` off, or when none does.
 */
export function epithetOpened(doc: DocIndex, description: string, before: Pos): Pos | null {
  const words = featureOn('discourse.repeatedEpithet') ? epithetWords(description) : null;
  if (!words) return null;
  const starts = doc.sentenceStarts();
  for (let k = doc.sentence(before); k >= 0; k--) {
    const s = starts[k]!;
    if (s >= before) continue;
    const text = doc.texts.get(paragraphOf(s)) ?? '';
    if (opensWith(text.slice(offsetOf(s)), words)) return s;
  }
  return null;
}
