/**
 * `Menurut X, “…”`, `Menurut dia: “…”`, `Menurutnya, “…”`, `According to her, “…”`: a sentence
 * that opens with its source and runs straight into the quote. The quote is the source's words,
 * exactly as the same frame without marks is reported speech (reported/reported-cues.ts).
 */
import { SOURCE_FRAME, SOURCE_NOUN_SET } from '../../lexicon/cues';
import { PLURAL, SINGULAR } from '../../lexicon/pronouns';
import type { BodyParagraph, Candidate } from '../candidate';
import { isMediaMention } from '../cast/non-speaker';
import { NYA_MENTION, type Mention } from '../names/mention';
import { mentionAfter } from '../names/mention-after';
import { endsSentence, opensSentence } from '../text/sentence-start';
import type { Token } from '../text/text';

/** The most tokens between `menurut` and the mark: a role, a name and an honorific fit. */
const MAX_SOURCE = 12;

/**
 * The source of a quote whose mark follows token `last` (after a comma or colon), when the clause
 * before the mark is `menurut` + that source and nothing else; null otherwise.
 */
export function sourceBefore(
  p: BodyParagraph,
  last: number,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention'> | null {
  const toks = p.tokens;
  for (let k = last; k >= 0 && last - k <= MAX_SOURCE; k--) {
    const t = toks[k]!;
    if (endsSentence(t.text) || t.text === ',') return null;
    if (t.lower === SOURCE_FRAME.nya)
      return k === last && opensClause(toks, k) ? { cue: t.text, mention: NYA_MENTION } : null;
    const [according, to] = SOURCE_FRAME.english;
    const english = t.lower === to && toks[k - 1]?.lower === according;
    if (t.lower !== SOURCE_FRAME.word && !english) continue;
    const cue = english ? k - 1 : k;
    if (!opensClause(toks, cue)) return null;
    const mention = sourceAt(p, k + 1, last, evidence);
    return mention ? { cue: toks[cue]!.text, mention } : null;
  }
  return null;
}

/** The frame opens its sentence, or a clause after a comma (`Namun, menurut dia, “…”`). */
const opensClause = (toks: readonly Token[], k: number): boolean =>
  opensSentence(toks, k) || toks[k - 1]?.text === ',';

/** A pronoun or a person read from token `k` that ends exactly at token `last`. */
function sourceAt(
  p: BodyParagraph,
  k: number,
  last: number,
  evidence: ReadonlySet<string>,
): Mention | null {
  const first = p.tokens[k];
  if (!first || SOURCE_NOUN_SET.has(first.lower)) return null; // `menurut data BPS, “…”`
  if (k === last && (SINGULAR.has(first.lower) || PLURAL.has(first.lower)))
    return { kind: 'pronoun', plural: PLURAL.has(first.lower), text: first.text };
  const mention = mentionAfter(p.tokens, k, p.text, evidence);
  if (!mention || isMediaMention(mention, p.text, first.start)) return null;
  const end = p.text.indexOf(mention.text, first.start) + mention.text.length;
  return end === p.tokens[last]!.end ? mention : null;
}
