/**
 * Previous / next quote in the page, and which quote is on screen ("On screen: quote 4 of 12"):
 * the same moves as the Alt+Shift+L / Alt+Shift+J shortcuts, next to the copy bar so they stay
 * in reach however long the panel is.
 */
import type { QuoteDirection } from '../core/protocol';
import { t } from '../utils/i18n';

export interface QuoteNavigatorProps {
  /** 1-based position of the quote on screen among `total`, or null when none is. */
  position: number | null;
  total: number;
  onMove: (direction: QuoteDirection) => void;
}

export function QuoteNavigator({ position, total, onMove }: QuoteNavigatorProps) {
  return (
    <nav class="quote-nav" aria-label={t('quoteNavLabel')}>
      <button
        type="button"
        class="small-button"
        data-action="previous-quote"
        onClick={() => onMove('previous')}
      >
        <span aria-hidden="true">↑ </span>
        {t('previousQuote')}
      </button>
      <p class="quote-nav-count" data-in-view-position={position ?? ''}>
        {position === null ? t('noneInView') : t('inViewCount', [position, total])}
      </p>
      <button
        type="button"
        class="small-button"
        data-action="next-quote"
        onClick={() => onMove('next')}
      >
        <span aria-hidden="true">↓ </span>
        {t('nextQuote')}
      </button>
    </nav>
  );
}
