/**
 * Whether a token opens its sentence, read on tokens: a rule walking back from a cue asks it of
 * the word it stopped at. (`sentences()` in text.ts finds the bounds in the raw text instead.)
 */

/**
 * Tokens a sentence ends with: its end mark, or the closing quotation mark after one
 * (`… kata dia.” Menurut …`, where the `”` stands right before the next sentence).
 */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '"', '”']);

/**
 * Tokens that end a sentence or a dateline's lead (`JAKARTA — Menurut …`): what the name-list
 * reader asks of a fronting word. A dash is one token (`--` is two `-`), so only `—` stands here.
 */
export const LEAD_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '—']);

/** True for a token that ends a sentence: `.`, `!`, `?` or a closing quotation mark. */
export const endsSentence = (token: string): boolean => SENTENCE_ENDS.has(token);

/** True when token `k` opens its sentence: it is the first, or follows one of `ends`. */
export const opensSentence = (
  toks: readonly { text: string }[],
  k: number,
  ends: ReadonlySet<string> = SENTENCE_ENDS,
): boolean => k === 0 || ends.has(toks[k - 1]!.text);

/**
 * The first token of the sentence holding token `k` (0 for a `k` before the first): past one of
 * `ends` (a sentence's end marks by default).
 */
export function sentenceStart(
  toks: readonly { text: string }[],
  k: number,
  ends: ReadonlySet<string> = SENTENCE_ENDS,
): number {
  while (k > 0 && !opensSentence(toks, k, ends)) k--;
  return Math.max(0, k);
}

/** Punctuation after which a clause opens (a name after it opens its clause). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['.', ',', ':', ';', '!', '?']);
