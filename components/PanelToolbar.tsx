/** Above the quotes: the view (by speaker / in article order) and the search box. */
import { useId } from 'preact/hooks';
import { t } from '../utils/i18n';

export type PanelViewMode = 'speakers' | 'article';

export interface PanelToolbarProps {
  mode: PanelViewMode;
  onModeChange: (mode: PanelViewMode) => void;
  query: string;
  onQueryChange: (query: string) => void;
  /** Quotes matching the query, announced while a query is typed; null without one. */
  matchCount: number | null;
}

const MODES: readonly { mode: PanelViewMode; label: string }[] = [
  { mode: 'speakers', label: 'viewBySpeaker' },
  { mode: 'article', label: 'viewArticleOrder' },
];

/** Two toggle buttons (one pressed) and a labelled search field with a live match count. */
export function PanelToolbar({
  mode,
  onModeChange,
  query,
  onQueryChange,
  matchCount,
}: PanelToolbarProps) {
  const searchId = useId();
  return (
    <div class="toolbar">
      <div class="view-switch" role="group" aria-label={t('viewLabel')}>
        {MODES.map(item => (
          <button
            key={item.mode}
            type="button"
            class="view-button"
            data-view={item.mode}
            aria-pressed={mode === item.mode}
            onClick={() => onModeChange(item.mode)}
          >
            {t(item.label)}
          </button>
        ))}
      </div>
      <div class="search" role="search">
        <label for={searchId}>{t('searchLabel')}</label>
        <input
          id={searchId}
          type="search"
          name="query"
          value={query}
          autoComplete="off"
          onInput={event => onQueryChange(event.currentTarget.value)}
        />
        <p class="match-count" role="status" aria-live="polite">
          {matchCount === null ? '' : t('matchCount', [matchCount])}
        </p>
      </div>
    </div>
  );
}
