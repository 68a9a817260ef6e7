/**
 * An English partial quote: a statement reported in the writer's words whose predicate is quoted
 * (`The council said it "remained deeply worried" about the dam`, `X said that she "would not
 * resign"`). The quoted words are the speaker's own, so they are one direct quote taken by the
 * cue before them; the reported clause around them is not a second entry (pipeline.ts drops an
 * indirect quote that overlaps a direct one).
 */
import { EN_PARTIAL_QUOTE_BRIDGE, EN_PRE_CUE_SET } from '../../lexicon/cues-en';
import type { BodyParagraph, Candidate } from '../candidate';
import { mentionBefore } from '../names/mention-before';
import { pastAsides } from '../reported/subject-aside';
import { featureOn } from '../features';
import type { MarkedSpan } from './quote-marks';
import { tokenIndexAt } from '../text/text';
import { startsLower } from '../text/chars';
import { SPACE_RUNS } from '../text/string-scans';

/** The most bridge words between the cue and the opening mark (`that it`). */
const MAX_BRIDGE = 2;

/**
 * The cue and speaker of the partial quote in `span`: its words open lowercase (a predicate, not
 * a sentence) and hold at least two words, and only EN_PARTIAL_QUOTE_BRIDGE words stand between
 * it and a pre-posed English cue with its subject. Null otherwise.
 */
export function englishPartialQuote(
  p: BodyParagraph,
  span: MarkedSpan,
  content: string,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention'> | null {
  if (!featureOn('quotes.englishPartial')) return null;
  if (!startsLower(content) || content.trim().split(SPACE_RUNS).length < 2) return null;
  let i = tokenIndexAt(p.tokens, span.open) - 1;
  const from = i;
  while (i >= 0 && from - i < MAX_BRIDGE && EN_PARTIAL_QUOTE_BRIDGE.has(p.tokens[i]!.text)) i--;
  const verb = p.tokens[i];
  if (i === from || !verb || !EN_PRE_CUE_SET.has(verb.text)) return null;
  const mention = mentionBefore(p.tokens, pastAsides(p.tokens, i), p.text, evidence);
  return mention ? { cue: verb.text, mention } : null;
}
