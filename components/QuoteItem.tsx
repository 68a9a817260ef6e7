/**
 * One quote in the panel: a button that shows it in the page, then its actions (copy it with a
 * link to the sentence; "not this speaker"), and the reader's own correction when there is one.
 */
import { useContext, useState } from 'preact/hooks';
import { ARTICLE_LANG } from '../core/summary';
import type { Quote } from '../core/types';
import { t } from '../utils/i18n';
import { CorrectionPicker } from './CorrectionPicker';
import { PanelActionsContext } from './panel-actions';

export interface QuoteItemProps {
  quote: Quote;
  /** Why the quote belongs to the speaker, in plain words (`explainQuote`). */
  explanation: string;
  /** Speaker colour, the same as the highlight in the page. */
  color: string;
  onSelect: (quoteId: string) => void;
  /** A line above the quote (the article-order view: position and speaker). */
  caption?: string;
}

/** The engine's speakers of the quote, for "was: …" after a correction. */
function originalNames(quote: Quote, names: Map<string, string>): string {
  return quote.speakerIds.map(id => names.get(id) ?? id).join(' & ') || t('unnamedSpeaker');
}

export function QuoteItem({ quote, explanation, color, onSelect, caption }: QuoteItemProps) {
  const actions = useContext(PanelActionsContext);
  const [picking, setPicking] = useState(false);
  const direct = quote.type === 'direct';
  const corrected = actions.corrected.has(quote.id);
  const original = actions.original?.quotes.find(q => q.id === quote.id);
  const names = new Map(actions.original?.speakers.map(s => [s.id, s.name]) ?? []);
  const inView = actions.inView === quote.id;
  const target = actions.target?.quoteId === quote.id ? actions.target : null;
  // Keyed by the target's count, so a second click on the same mark flashes it again.
  const flash = target?.kind === 'click' ? ` is-clicked is-clicked-${target.seq % 2}` : '';
  return (
    <div
      class={`quote-item${inView ? ' is-in-view' : ''}${corrected ? ' is-corrected' : ''}${flash}`}
    >
      {caption && <p class="quote-caption">{caption}</p>}
      <button
        type="button"
        class={`quote quote-${quote.type}`}
        style={{ borderInlineStartColor: color }}
        title={t('showInPage')}
        data-quote-id={quote.id}
        aria-current={inView ? 'location' : undefined}
        onClick={() => onSelect(quote.id)}
      >
        {!direct && <span class="quote-label">{t('reportedLabel')}</span>}
        <span class="quote-text" lang={ARTICLE_LANG}>
          {direct ? `“${quote.text}”` : quote.text}
        </span>
        {explanation && !corrected && <span class="quote-explanation">{explanation}</span>}
      </button>
      {corrected && original && (
        <p class="correction-note">
          {t('correctionYours', [originalNames(original, names)])}{' '}
          <button
            type="button"
            class="link-button"
            data-action="undo"
            onClick={() => actions.undo(quote)}
          >
            {t('correctionUndo')}
          </button>
        </p>
      )}
      {actions.original && (
        <div class="quote-actions">
          <button
            type="button"
            class="small-button"
            data-action="copy-quote"
            onClick={() => actions.copyQuote(quote)}
          >
            {t('copyQuote')}
          </button>
          <button
            type="button"
            class="small-button"
            data-action="correct"
            aria-expanded={picking}
            onClick={() => setPicking(!picking)}
          >
            {t('notThisSpeaker')}
          </button>
        </div>
      )}
      {picking && actions.original && (
        <CorrectionPicker
          quote={quote}
          result={actions.original}
          onApply={ids => {
            setPicking(false);
            actions.correct(quote, ids);
          }}
          onCancel={() => setPicking(false)}
        />
      )}
    </div>
  );
}
