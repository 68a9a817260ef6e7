/** The second view: every quote in article order, with a running count and its speaker. */
import { speakerColor, UNNAMED_COLOR } from '../core/speaker-colors';
import { explainQuote, quoteSpeakers } from '../core/summary';
import type { AnalysisResult, Quote } from '../core/types';
import { t, whyLabels } from '../utils/i18n';
import { QuoteItem } from './QuoteItem';

export interface ArticleOrderListProps {
  result: AnalysisResult;
  /** The quotes to show (filtered), in article order; positions count over all quotes. */
  quotes: readonly Quote[];
  onSelectQuote: (quoteId: string) => void;
}

/** The speakers' names of a quote, or the unnamed label. */
function speakerNames(quote: Quote, result: AnalysisResult): string {
  const names = quoteSpeakers(quote, result).map(s => s.name);
  return names.length ? names.join(' & ') : t('unnamedSpeaker');
}

/** An ordered list; each item says "Quote N of M · speaker" above the quote. */
export function ArticleOrderList({ result, quotes, onSelectQuote }: ArticleOrderListProps) {
  const total = result.quotes.length;
  return (
    <ol class="article-order">
      {quotes.map(quote => {
        const position = result.quotes.indexOf(quote) + 1;
        const first = result.speakers.findIndex(s => s.id === quote.speakerIds[0]);
        return (
          <li key={quote.id}>
            <QuoteItem
              quote={quote}
              caption={t('quotePosition', [position, total, speakerNames(quote, result)])}
              explanation={explainQuote(quote, result, whyLabels())}
              color={first >= 0 ? speakerColor(first) : UNNAMED_COLOR}
              onSelect={onSelectQuote}
            />
          </li>
        );
      })}
    </ol>
  );
}
