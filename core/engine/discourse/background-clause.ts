/**
 * A sentence set back in time (`Sebelumnya, Wali Kota X meresmikan …`, `X pernah menjabat …`,
 * `X sempat meninjau pabrik itu pada Maret`, `… pekan lalu`): background the writer fills in
 * between a speaker's statement and its quote. A person it introduces is talked about, not brought
 * on as the next speaker (the discourse model's `backgroundSubject`).
 */
import {
  BACKGROUND_AFTER_UNIT,
  BACKGROUND_BEFORE_UNIT,
  BACKGROUND_WORDS,
} from '../../lexicon/background-markers';
import { EN_TIME_UNITS, TIME_NOUNS } from '../../lexicon/time-nouns';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';
import type { Pos } from '../cast/entity';
import type { DocIndex } from './doc-index';

/**
 * A quote's words and a relative clause set off by commas (`X, yang pernah menjabat menteri,
 * hadir …`, `X, who had …,`): what the speaker says, or a description of a person, and neither
 * sets the sentence's own clause back in time.
 */
const ASIDE = /“[^”]*”|"[^"]*"|,\s*(?:yang|who|which)\b[^,]*(?:,|$)/giu;

/** True when the words of `sentence`, its asides left out (ASIDE), set it back in time. */
export function isBackgroundSentence(sentence: string): boolean {
  const words = runsOf(sentence.replace(ASIDE, ',').toLowerCase(), isAlnumOrHyphenCp);
  return words.some(
    (w, i) =>
      BACKGROUND_WORDS.has(w) ||
      (BACKGROUND_AFTER_UNIT.has(w) && i > 0 && TIME_NOUNS.has(words[i - 1]!)) ||
      (BACKGROUND_BEFORE_UNIT.has(w) && EN_TIME_UNITS.has(words[i + 1] ?? '')),
  );
}

/** True when the sentence holding `at` in `doc` is set back in time. */
export function inBackgroundSentence(at: Pos, doc: DocIndex): boolean {
  const text = doc.texts.get(doc.paragraphIndex(at)) ?? '';
  return isBackgroundSentence(text.slice(doc.sentenceStart(at), doc.sentenceEnd(at, text.length)));
}
