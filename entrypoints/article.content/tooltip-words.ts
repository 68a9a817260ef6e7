/**
 * What a mark's hover tooltip says (mark-tooltip.ts): who said the quote, then the panel's own
 * "why" line from `explainQuote`, in the UI language. Part of the following bundle, loaded on the
 * first hover (handover.ts), so the words come from the lookup the marking bundle hands over
 * (`t`: utils/i18n.ts holds the message templates the background sent).
 */
import { explainQuote } from '../../core/summary';
import { whyLabelsFrom, type Words } from '../../utils/why-labels';
import type { QuoteMark } from './highlighter';
import { speakerWords } from './speaker-words';

/** The tooltip of a mark: who said it, and why the extension thinks so, in plain words. */
export function markTooltip(mark: QuoteMark, t: Words): { who: string; why: string } {
  return {
    who: speakerWords(mark.speakers, () => t('whyAnd')) ?? t('markSpeakerNotNamed'),
    why: explainQuote(mark.quote, mark.result, whyLabelsFrom(t)),
  };
}
