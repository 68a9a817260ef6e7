/**
 * The panel: picks the view for the page state and wires the components to the page (scroll to
 * a quote, focus a speaker) and to storage (settings, the reader's corrections). Components only
 * take props (and the quote actions from context); this is the one owner of state.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ArticleHeader } from '../../components/ArticleHeader';
import { ArticleOrderList } from '../../components/ArticleOrderList';
import { CopyBar, copyStatus, summaryLabels } from '../../components/CopyBar';
import { PanelFooter } from '../../components/PanelFooter';
import { PanelToolbar, type PanelViewMode } from '../../components/PanelToolbar';
import { QuoteNavigator } from '../../components/QuoteNavigator';
import { SettingsSwitches } from '../../components/SettingsSwitches';
import { SpeakerCard } from '../../components/SpeakerCard';
import { StatusMessage } from '../../components/StatusMessage';
import { cleanResult, writeClipboard } from '../../components/copy-summary';
import { quoteMatches } from '../../components/filter';
import { PanelActionsContext, type PanelActions } from '../../components/panel-actions';
import { citeHtml, citeText } from '../../core/cite';
import { applyCorrections, correctionsToGold, makeCorrection } from '../../core/corrections';
import { sanitizeHtml } from '../../core/sanitize';
import { groupBySpeaker, groupName, quoteSpeakers } from '../../core/summary';
import type { Quote } from '../../core/types';
import { downloadJson } from '../../components/download';
import { loadStore } from '../../utils/corrections';
import { t } from '../../utils/i18n';
import { sendToTab } from '../../utils/messaging';
import { usePageState, type PageSource } from './use-page-state';
import { useCorrections } from './use-corrections';
import { browserFollowSource, useQuoteFollow, type FollowSource } from './use-quote-follow';
import { useSettings } from './use-settings';

export interface AppProps {
  /** From `?tabId=N`: show that tab and ignore tab switches. */
  pinnedTabId: number | null;
  /** Test seam for the browser side of the page state. */
  source?: PageSource;
  /** Test seam for the scroll command. */
  scrollToQuote?: (tabId: number, quoteId: string) => Promise<boolean>;
  /** Test seam for the page's follow events and the move command. */
  follow?: FollowSource;
  /** Test seam for the focus command (dims the other speakers' marks in the page). */
  focusSpeaker?: (tabId: number, quoteIds: string[] | null) => Promise<boolean>;
}

const sendScroll = (tabId: number, quoteId: string) =>
  sendToTab(tabId, { type: 'scrollToQuote', quoteId });
const sendFocus = (tabId: number, quoteIds: string[] | null) =>
  sendToTab(tabId, { type: 'focusSpeaker', quoteIds });

/**
 * Tells the page which quotes are in focus whenever that changes (the page dims the others), and
 * clears the focus in a tab the panel leaves or when the panel closes, so no page stays dimmed
 * without a panel to undo it.
 */
function usePageFocus(
  tabId: number | null,
  quoteIds: string[] | null,
  send: (tabId: number, quoteIds: string[] | null) => Promise<boolean>,
): void {
  const key = quoteIds?.join(' ') ?? null;
  // A page without our page code (not an article, reloading) has nothing to dim: no error.
  const tell = (tab: number, ids: string[] | null) =>
    void Promise.resolve()
      .then(() => send(tab, ids))
      .catch(() => {});
  useEffect(() => {
    if (tabId !== null) tell(tabId, key === null ? null : key.split(' '));
  }, [tabId, key]);
  useEffect(() => {
    if (tabId === null) return;
    const clear = () => tell(tabId, null);
    addEventListener('pagehide', clear);
    return () => {
      removeEventListener('pagehide', clear);
      clear();
    };
  }, [tabId]);
}

/** A whole-panel message inside the main landmark, with the page's only level-1 heading. */
function WholePanelMessage(props: { title: string; hint?: string; busy?: boolean }) {
  return (
    <main class="panel">
      <StatusMessage level={1} {...props} />
    </main>
  );
}

/** Brings a quote's button into view in the panel (after the cards it needs have rendered). */
function revealQuote(quoteId: string, block: ScrollLogicalPosition): void {
  requestAnimationFrame(() => {
    const button = Array.from(document.querySelectorAll<HTMLElement>('.quote[data-quote-id]')).find(
      el => el.dataset.quoteId === quoteId,
    );
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // jsdom (unit tests) lays nothing out and has no scrollIntoView.
    button?.scrollIntoView?.({ block, behavior: reduced ? 'auto' : 'smooth' });
  });
}

/** The whole panel. */
export function App({
  pinnedTabId,
  source,
  scrollToQuote = sendScroll,
  follow: followSource = browserFollowSource,
  focusSpeaker = sendFocus,
}: AppProps) {
  const view = usePageState(pinnedTabId, source);
  const [settings, changeSettings] = useSettings();
  const [notice, setNotice] = useState('');
  const [mode, setMode] = useState<PanelViewMode>('speakers');
  const [query, setQuery] = useState('');
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const page = view.kind === 'page' && view.state.analysis.article.isArticle ? view : null;
  const corrections = useCorrections(page ? page.state.url : null);
  const original = page?.state.analysis ?? null;
  const corrected = useMemo(
    () => (original ? applyCorrections(original, corrections.items) : null),
    [original, corrections.items],
  );
  const groups = useMemo(() => (corrected ? groupBySpeaker(corrected.result) : []), [corrected]);
  const follow = useQuoteFollow(page?.tabId ?? null, page?.state ?? null, followSource);
  const target = follow.target;

  // A click on a mark shows its card: whatever hides it (search, focus) goes, and its card opens
  // (SpeakerCard reads the target); a move brings the quote into view if it is shown.
  useEffect(() => {
    if (!target || !corrected) return;
    if (target.kind === 'click') {
      const hidden = !corrected.result.quotes.some(q => q.id === target.quoteId);
      if (hidden) return;
      setQuery('');
      setFocusKey(current => {
        const group = groups.find(g => g.key === current);
        return group?.quotes.some(q => q.id === target.quoteId) ? current : null;
      });
    }
    revealQuote(target.quoteId, target.kind === 'click' ? 'center' : 'nearest');
    // Only for a new target: the result changing under it is not a new reason to scroll.
  }, [target]);

  const focusIds = useMemo(() => {
    if (focusKey === null) return null;
    const group = groups.find(g => g.key === focusKey);
    return group ? group.quotes.map(quote => quote.id) : null;
  }, [groups, focusKey]);
  usePageFocus(page?.tabId ?? null, focusIds, focusSpeaker);

  if (view.kind === 'loading') return <WholePanelMessage busy title={t('panelLoading')} />;
  if (!page || !original || !corrected) {
    return <WholePanelMessage title={t('notArticleTitle')} hint={t('notArticleHint')} />;
  }

  const { engineMs, hiddenCount } = page.state;
  const analysis = corrected.result;
  const focused = groups.find(group => group.key === focusKey) ?? null;
  const unnamed = t('unnamedSpeaker');
  const matches = (quote: Quote) => quoteMatches(quote, analysis, query, unnamed);
  const inFocus = (quote: Quote) => !focused || focused.quotes.includes(quote);

  const onSelectQuote = (quoteId: string) => {
    setNotice('');
    scrollToQuote(page.tabId, quoteId)
      .then(found => setNotice(found ? '' : t('quoteNotFound')))
      .catch(() => setNotice(t('quoteNotFound')));
  };
  const toggleFocus = (key: string) => setFocusKey(current => (current === key ? null : key));
  const onMove = (direction: 'next' | 'previous') => {
    setNotice('');
    follow
      .move(direction)
      .then(quoteId => {
        if (!quoteId) {
          setNotice(t(direction === 'next' ? 'noNextQuote' : 'noPreviousQuote'));
          return;
        }
        // Said here too: a reader in the panel hears the panel, not the page's live region.
        const position = analysis.quotes.findIndex(q => q.id === quoteId);
        const quote = analysis.quotes[position];
        if (!quote) return;
        const names = quoteSpeakers(quote, analysis).map(s => s.name);
        const who = names.join(', ') || t('speakerNotNamed');
        setNotice(t('quoteAnnounced', [position + 1, analysis.quotes.length, who]));
      })
      .catch(() => setNotice(t('quoteNotFound')));
  };
  const inViewIndex = analysis.quotes.findIndex(q => q.id === follow.inView);

  const actions: PanelActions = {
    original,
    corrected: corrected.corrected,
    inView: inViewIndex >= 0 ? follow.inView : null,
    target,
    copyQuote: quote => {
      const labels = summaryLabels();
      // Page text leaves without bidi or control characters, as in the summary.
      const clean = cleanResult(analysis);
      const cited = clean.quotes.find(q => q.id === quote.id) ?? quote;
      const html = sanitizeHtml(citeHtml(cited, clean, labels));
      void writeClipboard(citeText(cited, clean, labels), html).then(outcome =>
        setNotice(copyStatus(outcome, t('quoteCopied'))),
      );
    },
    correct: (quote, speakerIds) => {
      const engineQuote = original.quotes.find(q => q.id === quote.id) ?? quote;
      corrections.save(makeCorrection(original, engineQuote, speakerIds));
      setNotice(t('correctionSaved'));
    },
    undo: quote => {
      corrections.remove(quote);
      setNotice(t('correctionUndone'));
    },
  };

  const exportCorrections = async () => {
    const store = await loadStore();
    const articles = Object.entries(store).map(([url, entry]) =>
      correctionsToGold(url, entry.items),
    );
    downloadJson(articles, 'kata-siapa-corrections.json');
    return t('correctionsExported', [articles.length]);
  };

  const shownGroups = groups
    .filter(group => !focused || group === focused)
    .map(group => ({ ...group, quotes: group.quotes.filter(matches) }))
    .filter(group => group.quotes.length > 0);
  const shownQuotes = analysis.quotes.filter(quote => inFocus(quote) && matches(quote));
  const shownCount =
    mode === 'speakers'
      ? shownGroups.reduce((sum, group) => sum + group.quotes.length, 0)
      : shownQuotes.length;

  return (
    <PanelActionsContext.Provider value={actions}>
      <div class="scroller">
        <ArticleHeader article={analysis.article} />
        <main class="panel">
          <SettingsSwitches settings={settings} onChange={changeSettings} />
          {groups.length === 0 ? (
            <StatusMessage title={t('noQuotesTitle')} hint={t('noQuotesHint')} />
          ) : (
            <>
              <PanelToolbar
                mode={mode}
                onModeChange={setMode}
                query={query}
                onQueryChange={setQuery}
                matchCount={query ? shownCount : null}
              />
              {focused && (
                <p class="focus-banner">
                  {t('focusedOn', [groupName(focused, { unnamed })])}{' '}
                  <button type="button" class="link-button" onClick={() => setFocusKey(null)}>
                    {t('focusClear')}
                  </button>
                </p>
              )}
              <section class="speakers" aria-labelledby="quotes-heading">
                <h2 id="quotes-heading" class="section-heading">
                  {mode === 'speakers' ? t('speakersHeading') : t('articleOrderHeading')}
                </h2>
                {shownCount === 0 && <p class="empty-filter">{t('noMatch')}</p>}
                {mode === 'speakers' ? (
                  shownGroups.map(group => (
                    <SpeakerCard
                      key={group.key}
                      group={group}
                      result={analysis}
                      onSelectQuote={onSelectQuote}
                      focused={group.key === focusKey}
                      onToggleFocus={toggleFocus}
                    />
                  ))
                ) : (
                  <ArticleOrderList
                    result={analysis}
                    quotes={shownQuotes}
                    onSelectQuote={onSelectQuote}
                  />
                )}
              </section>
            </>
          )}
          <p class="notice" role="status" aria-live="polite">
            {notice}
          </p>
        </main>
        <PanelFooter engineMs={engineMs} hiddenCount={hiddenCount} />
      </div>
      {/* Below the scrolling part, so it is always in reach and never covers a quote. */}
      {groups.length > 0 && (
        <div class="dock">
          <QuoteNavigator
            position={inViewIndex >= 0 ? inViewIndex + 1 : null}
            total={analysis.quotes.length}
            onMove={onMove}
          />
          <CopyBar result={analysis} onExportCorrections={exportCorrections} />
        </div>
      )}
    </PanelActionsContext.Provider>
  );
}
