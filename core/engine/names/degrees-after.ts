/**
 * Post-nominal degrees written between commas after a name (`dr. Wulan Anggraini, M.Kes, menyebut`,
 * `Budi Santoso, S.H., M.H., menilai`): they close the person's mention, so the subject before a
 * cue is the name before them, not the last degree. Degrees without commas (`Rina SpGK`) are read
 * inside the run (name-split.ts, postNominalStart).
 */
import { isDegree } from '../../lexicon/honorifics';
import { isRunWord } from './name-run';
import type { Token } from '../text/text';

/** The most tokens one degree is written in (`S`, `.`, `Sos`, `.`). */
const MAX_DEGREE_TOKENS = 5;

/**
 * Given the comma at token `comma` right before a cue, the last token of the name that the
 * degrees between commas before it follow; `comma` itself when no degree is written there.
 */
export function nameBeforeDegrees(toks: readonly Token[], comma: number, text: string): number {
  let end = comma;
  for (;;) {
    let c = end - 1;
    while (c > 0 && toks[c]!.text !== ',' && end - c <= MAX_DEGREE_TOKENS) c--;
    if (c <= 0 || toks[c]!.text !== ',' || c === end - 1) return comma;
    const written = text.slice(toks[c + 1]!.start, toks[end - 1]!.end);
    if (!isDegree(written)) return comma;
    // Another degree may come before this one (`, S.H., M.H.,`); a name word ends the walk.
    if (isRunWord(toks[c - 1]!.text) && !isDegree(toks[c - 1]!.text)) return c - 1;
    end = c;
  }
}
