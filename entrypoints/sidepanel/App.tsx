/**
 * The panel: picks the view for the page state and wires the components to the page (scroll to
 * a quote) and to storage (settings). Components only take props; this is the one owner of state.
 */
import { useState } from 'preact/hooks';
import { ArticleHeader } from '../../components/ArticleHeader';
import { CopySummaryButton } from '../../components/CopySummaryButton';
import { PanelFooter } from '../../components/PanelFooter';
import { SettingsSwitches } from '../../components/SettingsSwitches';
import { SpeakerCard } from '../../components/SpeakerCard';
import { StatusMessage } from '../../components/StatusMessage';
import { groupBySpeaker } from '../../core/summary';
import { t } from '../../utils/i18n';
import { sendToTab } from '../../utils/messaging';
import { usePageState, type PageSource } from './use-page-state';
import { useSettings } from './use-settings';

export interface AppProps {
  /** From `?tabId=N`: show that tab and ignore tab switches. */
  pinnedTabId: number | null;
  /** Test seam for the browser side of the page state. */
  source?: PageSource;
  /** Test seam for the scroll command. */
  scrollToQuote?: (tabId: number, quoteId: string) => Promise<boolean>;
}

const sendScroll = (tabId: number, quoteId: string) =>
  sendToTab(tabId, { type: 'scrollToQuote', quoteId });

/** The whole panel. */
export function App({ pinnedTabId, source, scrollToQuote = sendScroll }: AppProps) {
  const view = usePageState(pinnedTabId, source);
  const [settings, changeSettings] = useSettings();
  const [notice, setNotice] = useState('');

  if (view.kind === 'loading') return <StatusMessage busy title={t('panelLoading')} />;
  if (view.kind === 'unsupported' || !view.state.analysis.article.isArticle) {
    return <StatusMessage title={t('notArticleTitle')} hint={t('notArticleHint')} />;
  }

  const { analysis, workMs, hiddenCount } = view.state;
  const groups = groupBySpeaker(analysis);
  const onSelectQuote = (quoteId: string) => {
    setNotice('');
    scrollToQuote(view.tabId, quoteId)
      .then(found => setNotice(found ? '' : t('quoteNotFound')))
      .catch(() => setNotice(t('quoteNotFound')));
  };

  return (
    <div class="panel">
      <ArticleHeader article={analysis.article} />
      <SettingsSwitches settings={settings} onChange={changeSettings} />
      {groups.length === 0 ? (
        <StatusMessage title={t('noQuotesTitle')} hint={t('noQuotesHint')} />
      ) : (
        <main class="speakers" aria-label={t('speakersHeading')}>
          <h2 class="section-heading">{t('speakersHeading')}</h2>
          {groups.map(group => (
            <SpeakerCard
              key={group.key}
              group={group}
              result={analysis}
              onSelectQuote={onSelectQuote}
            />
          ))}
        </main>
      )}
      <p class="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {groups.length > 0 && <CopySummaryButton result={analysis} />}
      <PanelFooter workMs={workMs} hiddenCount={hiddenCount} />
    </div>
  );
}
