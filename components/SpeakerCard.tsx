/** One speaker (or the unnamed group) with their quotes. */
import { useId } from 'preact/hooks';
import { speakerColor } from '../core/speaker-colors';
import { explainQuote, type SpeakerGroup } from '../core/summary';
import type { AnalysisResult } from '../core/types';
import { t } from '../utils/i18n';
import { QuoteItem } from './QuoteItem';

export interface SpeakerCardProps {
  group: SpeakerGroup;
  /** The whole result, to name co-speakers in explanations. */
  result: AnalysisResult;
  onSelectQuote: (quoteId: string) => void;
}

/** Colour chip, name, role and quote count, then the quotes in article order. */
export function SpeakerCard({ group, result, onSelectQuote }: SpeakerCardProps) {
  const headingId = useId();
  const color = speakerColor(group.index);
  const count = group.quotes.length;
  return (
    <section class="speaker" aria-labelledby={headingId} data-speaker-id={group.speaker?.id ?? ''}>
      <header class="speaker-header">
        <span class="chip" style={{ backgroundColor: color }} aria-hidden="true" />
        <h3 id={headingId} class="speaker-name">
          {group.speaker?.name ?? t('unnamedSpeaker')}
        </h3>
        <span class="speaker-count">
          {count === 1 ? t('quoteCountOne') : t('quoteCountMany', [count])}
        </span>
        {group.speaker?.role && <p class="speaker-role">{group.speaker.role}</p>}
      </header>
      <ul class="quotes">
        {group.quotes.map(quote => (
          <li key={quote.id}>
            <QuoteItem
              quote={quote}
              explanation={explainQuote(quote, result)}
              color={color}
              onSelect={onSelectQuote}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
