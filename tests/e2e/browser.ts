/**
 * Debian's Chromium with the built extension loaded, driven by playwright-core (no browser
 * download). Headless uses the new headless mode, which runs extensions.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { MarkInfo, PageState, Settings } from '../../core/protocol';
import { BROWSER_PATHS, REPUBLIKA_DOMAIN, buildDir, isLocalUrl } from './environment';

export { isLocalUrl };

/** The Chrome build `wxt build` writes. */
export const EXTENSION_DIR = buildDir('chrome-mv3');

/** Where Chromium is expected; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = BROWSER_PATHS.chromium;

/** A browser with the extension, its id and its service worker. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/**
 * The flags every Chromium we drive gets (this launcher's and the worker bench's,
 * scripts/worker-bench/pipe-cdp.ts): the extension at `extensionDir` loaded (none when null),
 * Chromium's own traffic off and every Republika host mapped to the local fixture server.
 */
export function chromiumFlags(extensionDir: string | null): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    // Chromium's own background traffic would be refused on a closed network, and must not
    // be confused with anything the extension does.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Every Republika host is the local fixture server.
    `--host-resolver-rules=MAP *.${REPUBLIKA_DOMAIN} 127.0.0.1, MAP ${REPUBLIKA_DOMAIN} 127.0.0.1`,
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
  ];
}

/**
 * Launches Chromium with the extension at `extensionDir` loaded (none when null); `headless: false`
 * needs a display. Every Republika host is the local fixture server and nothing leaves the machine.
 * `locale` (e.g. `id-ID`) sets `navigator.language` in pages and extension pages, not the UI
 * language that picks the extension's message catalogue.
 */
export async function launchChromium(
  extensionDir: string | null,
  { headless = true, locale = undefined as string | undefined } = {},
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless,
    locale,
    // The UI language (and so the panel's catalogue) stays Chromium's own: headless Chromium 156
    // reported en-US whatever --lang, LANGUAGE or Local State said. Tests read it from the panel.
    args: [...(headless ? ['--headless=new'] : []), ...chromiumFlags(extensionDir)],
  });
  // Keep the run hermetic: anything that would leave the machine is refused (and still recorded).
  await context.route(
    url => !isLocalUrl(url.href),
    route => route.abort('blockedbyclient'),
  );
  return context;
}

/** Launches Chromium with the extension at `extensionDir` (see `launchChromium`). */
export async function launchWithExtension({
  extensionDir = EXTENSION_DIR,
  headless = true,
  locale = undefined as string | undefined,
} = {}): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const context = await launchChromium(extensionDir, { headless, locale });
  // The MV3 worker may register a moment after launch (microsoft/playwright#28754).
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/**
 * The id of the tab showing `url`, asked of the extension itself. The extension holds no `tabs`
 * permission, so it sees the URLs of Republika tabs only (its host permission); open other pages
 * with `openTab`.
 */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (wanted: string) => {
    const chromeApi = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      }
    ).chrome;
    const tabs = await chromeApi.tabs.query({});
    return tabs.find(tab => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/**
 * Resolves, once `page` has loaded, when our detector has run there: content-scripts/article.js,
 * or at an article address the page code (content-scripts/article-page.js), which the manifest
 * starts there in its place and which decides as it does. On a page it leaves alone the detector
 * answers nothing (it never touches the extension API there), so there is no state to poll:
 * Chromium's debugger reports the parse of our content scripts too, and the detector decides in
 * the task that parses it. Call before navigating.
 */
export async function detectorRunIn(
  context: BrowserContext,
  page: Page,
): Promise<() => Promise<void>> {
  const cdp = await context.newCDPSession(page);
  const parsed = new Promise<void>(resolve =>
    cdp.on('Debugger.scriptParsed', event => {
      if (/\/content-scripts\/article(-page)?\.js$/.test(event.url)) resolve();
    }),
  );
  await cdp.send('Debugger.enable');
  return async () => {
    await parsed;
    // A task of the page after the one that ran the detector.
    await page.evaluate(() => new Promise(resolve => setTimeout(resolve, 0)));
    await cdp.detach();
  };
}

/** Opens `url` in a new tab through the extension, which tells us the tab's id on any host. */
export async function openTab(
  { context, worker }: ExtensionBrowser,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const opened = context.waitForEvent('page');
  const tabId = await worker.evaluate(async (wanted: string) => {
    const chromeApi = (
      globalThis as unknown as {
        chrome: { tabs: { create(p: { url: string }): Promise<{ id?: number }> } };
      }
    ).chrome;
    return (await chromeApi.tabs.create({ url: wanted })).id ?? null;
  }, url);
  if (tabId === null) throw new Error(`Could not open ${url}`);
  const page = await opened;
  await page.waitForLoadState('load');
  return { page, tabId };
}

/** Opens the side panel page as a tab, pinned to `tabId` (a real side panel is not a Playwright page). */
export async function openPanel(
  { context, extensionId }: ExtensionBrowser,
  tabId: number,
  { width = 380, height = 900 } = {},
): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize({ width, height });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** Every URL the browser context requests, with whether an extension page asked for it. */
export interface RecordedRequest {
  url: string;
  fromExtension: boolean;
}

/** Starts recording requests (pages, frames and, with Playwright's flag, the service worker). */
export function recordRequests(context: BrowserContext): RecordedRequest[] {
  const seen: RecordedRequest[] = [];
  context.on('request', request => {
    let origin = '';
    try {
      origin = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      // Requests of a frame that is already gone have no frame to ask.
    }
    seen.push({ url: request.url(), fromExtension: origin.startsWith('chrome-extension://') });
  });
  return seen;
}

/** Reads the page's state from its content script, through the extension's own messaging. */
export async function pageStateOf(worker: Worker, tabId: number): Promise<unknown> {
  return worker.evaluate(async (id: number) => {
    const chromeApi = (
      globalThis as unknown as {
        chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
      }
    ).chrome;
    return chromeApi.tabs.sendMessage(id, { type: 'getPageState' });
  }, tabId);
}

/** The marks the tab's content script has drawn (the `getMarks` command of core/protocol.ts). */
export async function marksOf(worker: Worker, tabId: number): Promise<MarkInfo[]> {
  return worker.evaluate(async (id: number) => {
    const chromeApi = (
      globalThis as unknown as {
        chrome: { tabs: { sendMessage(id: number, m: object): Promise<MarkInfo[]> } };
      }
    ).chrome;
    return chromeApi.tabs.sendMessage(id, { type: 'getMarks' });
  }, tabId);
}

/** Sets the reader's switches as the panel does: in extension storage, for every tab at once. */
export async function setReaderSettings(worker: Worker, settings: Settings): Promise<void> {
  await worker.evaluate(async (value: Settings) => {
    const chromeApi = (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome;
    await chromeApi.storage.local.set({ settings: value });
  }, settings);
}

/**
 * The tab's `PageState` once its content script has finished starting: on an article, marks in
 * place (`elapsedMs` set); elsewhere, the page judged not to be one (`workMs` set). The script
 * answers as soon as it has analysed the page, while it may still wait for stored settings, so a
 * caller that took the first answer would race the marking. Polls until `timeoutMs`.
 */
export async function settledPageState(
  worker: Worker,
  tabId: number,
  timeoutMs = 15_000,
): Promise<PageState> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // Rejects until the content script listens (document_idle comes after the load event).
    const state = (await pageStateOf(worker, tabId).catch(() => null)) as PageState | null;
    const settled = state?.analysis.article.isArticle
      ? state.elapsedMs != null
      : state?.workMs != null;
    if (state && settled) return state;
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  throw new Error(`The content script in tab ${tabId} did not finish starting`);
}

/**
 * Opens `url` in a new tab of `ext` at a reader's window size and waits until the content script
 * has finished starting there: the page, its tab id and the settled state.
 */
export async function openArticle(
  { context, worker }: ExtensionBrowser,
  url: string,
  { width = 1000, height = 700 } = {},
): Promise<{ page: Page; tabId: number; state: PageState }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(url);
  const tabId = await tabIdOf(worker, page.url());
  return { page, tabId, state: await settledPageState(worker, tabId) };
}

/** The catalogue the extension uses in this browser ('id' or 'en'), from its UI language. */
export async function uiLanguageOf(worker: Worker): Promise<'id' | 'en'> {
  const lang = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
    ).chrome.i18n.getUILanguage(),
  );
  return lang.startsWith('id') ? 'id' : 'en';
}

/** What the panel wrote to the clipboard, as `captureClipboard` recorded it. */
export interface CopiedContent {
  text: string;
  html: string;
}

/**
 * Makes `panel` record what it writes to the clipboard instead of reading the system clipboard
 * back, which headless Chromium does not give (wxt-platform §10). Read it with `copiedContent`.
 */
export async function captureClipboard(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const store = window as unknown as { copied?: { text: string; html: string } };
    navigator.clipboard.write = async items => {
      const item = items[0]!;
      store.copied = {
        text: await (await item.getType('text/plain')).text(),
        html: await (await item.getType('text/html')).text(),
      };
    };
  });
}

/** The last content the panel copied since `captureClipboard`. */
export function copiedContent(panel: Page): Promise<CopiedContent> {
  return panel.evaluate(() => (window as unknown as { copied: CopiedContent }).copied);
}

/** What `switchOffAtPause` saw: the page code's pauses so far, and the one the switch landed at. */
export interface PauseRecord {
  pauses: number;
  landedAt: number | null;
}

/**
 * Makes the reader's switch land at a known point of the page code's start in tab `tabId`: from
 * the extension's own world (the page code's, never the page's), its `scheduler.yield` is wrapped
 * so that its `at`-th pause first writes `settings` to storage and waits until the background has
 * passed the change on to that world (the page code, listening since before its first pause, has
 * then taken it in). Installed before the page code comes, it makes the test deterministic; returns
 * a reader of what it saw.
 */
export async function switchOffAtPause(
  worker: Worker,
  tabId: number,
  at: number,
  settings: Settings,
): Promise<() => Promise<PauseRecord>> {
  await worker.evaluate(
    async ([tab, pause, value]) => {
      const chromeApi = (globalThis as unknown as { chrome: ChromeScripting }).chrome;
      await chromeApi.scripting.executeScript({
        target: { tabId: tab },
        args: [pause, value],
        func: (landAt: number, off: unknown) => {
          type Ext = Pick<ChromeScripting, 'storage' | 'runtime'>;
          const chromeHere = (globalThis as unknown as { chrome: Ext }).chrome;
          const scheduler = (window as unknown as { scheduler: { yield(): Promise<void> } })
            .scheduler;
          const own = scheduler.yield.bind(scheduler);
          const record = { pauses: 0, landedAt: null as number | null };
          (globalThis as unknown as { ksPauseRecord: typeof record }).ksPauseRecord = record;
          scheduler.yield = async () => {
            record.pauses++;
            if (record.pauses === landAt) {
              // The page code hears the change from the background (utils/stored-relay.ts).
              const heard = new Promise<void>(resolve => {
                const listener = (message: unknown) => {
                  if ((message as { type?: unknown } | null)?.type !== 'storedChanged') return;
                  chromeHere.runtime.onMessage.removeListener(listener);
                  resolve();
                };
                chromeHere.runtime.onMessage.addListener(listener);
              });
              await chromeHere.storage.local.set({ settings: off });
              await heard;
              record.landedAt = landAt;
            }
            return own();
          };
        },
      });
    },
    [tabId, at, settings] as const,
  );
  return () =>
    worker.evaluate(async (tab: number) => {
      const chromeApi = (globalThis as unknown as { chrome: ChromeScripting }).chrome;
      const [injection] = await chromeApi.scripting.executeScript({
        target: { tabId: tab },
        func: () => (globalThis as unknown as { ksPauseRecord: unknown }).ksPauseRecord,
      });
      return injection!.result as PauseRecord;
    }, tabId);
}

/** The parts of `chrome` that `switchOffAtPause` uses, in the worker and in the tab. */
interface ChromeScripting {
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      args?: unknown[];
      func: (...args: never[]) => unknown;
    }): Promise<{ result?: unknown }[]>;
  };
  storage: { local: { set(items: object): Promise<void> } };
  runtime: {
    onMessage: {
      addListener(fn: (message: unknown) => void): void;
      removeListener(fn: (message: unknown) => void): void;
    };
  };
}

/**
 * Opens the panel of tab `tabId` in a window of its own beside the page's, as a side panel is:
 * both visible at once, so neither is a background tab whose frames and smooth scrolling the
 * browser holds back.
 */
export async function openPanelWindow(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const opened = ext.context.waitForEvent('page');
  await ext.worker.evaluate(
    async url =>
      (
        globalThis as unknown as {
          chrome: { windows: { create(o: object): Promise<unknown> } };
        }
      ).chrome.windows.create({ url, type: 'popup', width: 400, height: 900 }),
    `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`,
  );
  return opened;
}
