/**
 * Background side of the detector split: when the detector content script reports an article
 * (`articleDetected`), the page code is injected into that tab and frame with `scripting`. That
 * permission brings no install warning of its own: the injection is limited to the host
 * permissions we already hold (Republika).
 */
import { browser } from '#imports';
import type { DetectorEvent } from '../core/protocol';

/** The page code's bundle, as `wxt build` writes the `article-page` content script. */
export const PAGE_CODE_FILE = '/content-scripts/article-page.js';

/** Type guard for the detector's one message. */
export function isDetectorEvent(message: unknown): message is DetectorEvent {
  return (message as { type?: unknown } | null)?.type === 'articleDetected';
}

/** Injects the page code wherever the detector finds an article. */
export function loadPageCodeOnArticles(): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isDetectorEvent(message) || tabId === undefined) return undefined;
    browser.scripting
      .executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [PAGE_CODE_FILE],
      })
      .catch(error => console.debug('[kata-siapa] could not load the page code', error));
    return undefined;
  });
}
