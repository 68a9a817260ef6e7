/**
 * Background side of the page code.
 *
 * - Loading it: when the detector content script reports an article (`articleDetected`), the page
 *   code is injected into that tab and frame with `scripting`. That permission brings no install
 *   warning of its own: the injection is limited to the host permissions we already hold
 *   (Republika).
 * - Analysing for it: the page code reads the DOM and sends the paragraphs' text
 *   (`analyzeArticles`); the engine runs here, where it stays warm across page loads, and never in
 *   the page, where every load would start it cold in a fresh isolated world.
 */
import { browser } from '#imports';
import { analyzeArticles } from '../core/analyze-articles';
import type {
  AnalyzeArticlesReply,
  ArticleText,
  BackgroundCommand,
  DetectorEvent,
  EngineWarmUp,
} from '../core/protocol';
import { engineUsed, warmUpEngine } from '../core/warm-up';
import { FOLLOWING_FILE, isFollowingWanted } from './following-code';
import { catalogueMessage } from './i18n';
import { MARK_MESSAGE_KEYS, messageTemplates } from './message-templates';
import { isPanelOpen, type ContextsApi } from './panel-open';
import { PAGE_CODE_FILE } from './page-code-file';
import { readAtStart } from './stored-at-start';

/** Type guard for the detector's one message. */
export function isDetectorEvent(message: unknown): message is DetectorEvent {
  return (message as { type?: unknown } | null)?.type === 'articleDetected';
}

const isText = (value: unknown): value is ArticleText => {
  const article = value as Partial<ArticleText> | null;
  return (
    typeof article?.info === 'object' &&
    article.info !== null &&
    Array.isArray(article.paragraphs) &&
    article.paragraphs.every(p => typeof p === 'string')
  );
};

/** Type guard for the page code's commands (checked in full: the engine trusts its input). */
function isBackgroundCommand(message: unknown): message is BackgroundCommand {
  const command = message as { type?: unknown; articles?: unknown } | null;
  return (
    command?.type === 'analyzeArticles' &&
    Array.isArray(command.articles) &&
    command.articles.every(isText)
  );
}

/**
 * Runs the engine on the page's articles, timed (`PageState.engineMs`), and adds the words the
 * page describes its marks with (utils/message-templates.ts), whether a panel is open to be
 * told of the result (utils/panel-open.ts) and the reader's settings and corrections
 * (utils/stored-at-start.ts), both asked while the engine runs.
 */
async function answerAnalyzeArticles(command: BackgroundCommand): Promise<AnalyzeArticlesReply> {
  const panelOpen = isPanelOpen(browser.runtime as unknown as ContextsApi);
  const stored = command.withStored ? readAtStart() : undefined;
  const started = performance.now();
  engineUsed();
  const analyses = analyzeArticles(command.articles);
  const engineMs = performance.now() - started;
  return {
    analyses,
    engineMs,
    messages: messageTemplates(MARK_MESSAGE_KEYS, catalogueMessage),
    panelOpen: await panelOpen,
    stored: await stored,
  };
}

/**
 * Injects the page code wherever the detector finds an article: its marking bundle, and its
 * following bundle when the marking bundle asks for it on a reader's first use (handover.ts in
 * the page code).
 */
export function loadPageCodeOnArticles(): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    const file = isDetectorEvent(message)
      ? PAGE_CODE_FILE
      : isFollowingWanted(message)
        ? FOLLOWING_FILE
        : null;
    if (!file || tabId === undefined) return undefined;
    browser.scripting
      .executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [file],
      })
      .catch(error => console.debug('[kata-siapa] could not load the page code', error));
    return undefined;
  });
}

/** Type guard for the start script's `engineWarmUp`. */
export function isEngineWarmUp(message: unknown): message is EngineWarmUp {
  return (message as { type?: unknown } | null)?.type === 'engineWarmUp';
}

/**
 * Sets the engine up when an article page's start script asks (core/warm-up.ts): once per start of
 * this worker, in a task of its own after the message's (a timer), so the message is never held
 * and a trace tells the warm-up from an analysis (bench:worker-trace). The page code's text comes
 * 125–690 ms later (utils/article-start.ts), long after the warm-up's 10–25 ms.
 */
export function warmUpOnAsk(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isEngineWarmUp(message))
      setTimeout(() => {
        try {
          warmUpEngine();
        } catch (error) {
          console.debug('[kata-siapa] engine warm-up failed', error);
        }
      }, 0);
    return undefined;
  });
}

/**
 * Answers the page code's `analyzeArticles`. With `sendResponse` and `true` (an answer follows),
 * which Chrome, Firefox and the polyfill all understand. An engine failure answers nothing
 * (`undefined`): the page then shows no marks and says so in its console.debug.
 */
export function analyzeForPages(): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      if (!isBackgroundCommand(message)) return undefined;
      answerAnalyzeArticles(message).then(sendResponse, error => {
        console.error('[kata-siapa] analysis failed', error);
        sendResponse(undefined);
      });
      return true;
    },
  );
}
