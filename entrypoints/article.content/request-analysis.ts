/**
 * The page code's one call to the engine, which runs in the background (utils/page-code.ts): the
 * articles' text goes there in one `analyzeArticles` message, the analyses come back, with the
 * words the marks' descriptions need (utils/message-templates.ts): the page's first `t()` would
 * otherwise load the extension's catalogue with a synchronous call to the browser, which blocked
 * the page's main thread 1.6–43 ms (wall time, measured on a loaded machine) in the task before
 * the marks.
 *
 * Never throws. The background may still be waking (a Chrome service worker, a Firefox event
 * page): a send that fails is tried again a few times, a little later each time. No answer in the
 * end resolves to null, logged with console.debug: the page then shows no marks. Once `stop` is
 * aborted (the page code stopped) nothing more is sent: it resolves to null at the next retry.
 */
import { browser } from '#imports';
import type { AnalyzeArticlesReply, ArticleText, BackgroundCommand } from '../../core/protocol';
import { useMessageTemplates } from '../../utils/i18n';
import { isMessageTemplates } from '../../utils/message-templates';

/** Waits before the 2nd, 3rd, … attempt, in ms. */
const RETRY_DELAYS_MS = [50, 200, 800];

/** True for a well-formed answer with one analysis per article sent. */
function isReply(reply: unknown, count: number): reply is AnalyzeArticlesReply {
  const r = reply as Partial<AnalyzeArticlesReply> | null | undefined;
  return (
    Array.isArray(r?.analyses) && r.analyses.length === count && typeof r.engineMs === 'number'
  );
}

/**
 * Sends the articles to the background's engine; null when no answer came or when stopped. `wait`
 * waits before a retry (PageRun.wait, page-run.ts, ends early on a stop, so no timer of ours
 * outlives the page code). `withStored`: the page code's first analysis, whose answer brings the
 * reader's stored settings and corrections too.
 */
export async function requestAnalysis(
  articles: ArticleText[],
  wait: (ms: number) => Promise<void>,
  stop?: Pick<AbortSignal, 'aborted'>,
  withStored = false,
): Promise<AnalyzeArticlesReply | null> {
  const command: BackgroundCommand = { type: 'analyzeArticles', articles, withStored };
  for (let attempt = 0; ; attempt++) {
    try {
      const reply: unknown = await browser.runtime.sendMessage(command);
      if (isReply(reply, articles.length)) {
        // The words of the marks' descriptions: no catalogue load before the marks.
        if (isMessageTemplates(reply.messages)) useMessageTemplates(reply.messages);
        return reply;
      }
      console.debug('[kata-siapa] the background gave no analysis', reply);
      return null;
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) {
        console.debug('[kata-siapa] could not reach the background for the analysis', error);
        return null;
      }
      if (stop?.aborted) return null;
      await wait(delay);
      if (stop?.aborted) return null;
    }
  }
}
