/** One quote in a speaker's list: a button that shows the quote in the page. */
import type { Quote } from '../core/types';
import { ARTICLE_LANG } from '../core/summary';
import { t } from '../utils/i18n';

export interface QuoteItemProps {
  quote: Quote;
  /** Why the quote belongs to the speaker, in plain words (`explainQuote`). */
  explanation: string;
  /** Speaker colour, the same as the highlight in the page. */
  color: string;
  onSelect: (quoteId: string) => void;
}

/**
 * A button (keyboard and screen reader reachable) holding the quote: direct quotes in curly
 * quotes, reported ones labelled, and the explanation underneath.
 */
export function QuoteItem({ quote, explanation, color, onSelect }: QuoteItemProps) {
  const direct = quote.type === 'direct';
  return (
    <button
      type="button"
      class={`quote quote-${quote.type}`}
      style={{ borderInlineStartColor: color }}
      title={t('showInPage')}
      data-quote-id={quote.id}
      onClick={() => onSelect(quote.id)}
    >
      {!direct && <span class="quote-label">{t('reportedLabel')}</span>}
      <span class="quote-text" lang={ARTICLE_LANG}>
        {direct ? `“${quote.text}”` : quote.text}
      </span>
      {explanation && <span class="quote-explanation">{explanation}</span>}
    </button>
  );
}
