/**
 * The one message contract between the page (content script) and the panel (side panel / sidebar).
 *
 * Events are named in the past tense and say what happened in the page (`quotesChanged`); commands
 * are imperatives the panel sends to the page (`scrollToQuote`). The panel asks for the state when it
 * opens (`getPageState`) and then listens for events: a push sent while the panel is closed is lost,
 * so the pull on open is what makes a freshly opened panel correct.
 *
 * Types only: no runtime code, so both sides can import it without pulling anything into a bundle.
 */
import type { Analysis, AnalysisResult, ArticleInfo } from './types';

/** Reader preferences, kept in extension storage and applied to every Republika tab at once. */
export interface Settings {
  /** Quote marks (coloured highlights) shown in the article. */
  marksVisible: boolean;
  /** Ads and clutter hidden. */
  clutterHidden: boolean;
}

export const DEFAULT_SETTINGS: Settings = { marksVisible: true, clutterHidden: true };

/** Everything the panel shows for one tab. */
export interface PageState {
  /** The page's URL when the state was taken. */
  url: string;
  /** The engine's result for the page; `article.isArticle` is false on non-article pages. */
  analysis: AnalysisResult;
  /** How many ad or clutter elements the content script has hidden (0 when shown). */
  hiddenCount: number;
  /**
   * Milliseconds of the page code's own synchronous slices on the page's main thread, timed by
   * itself with `performance.now()`: reading the article (its paragraphs' text), then hiding
   * clutter and marking quotes (on a page that is not an article, which the page code answers for
   * only after an in-page move off an article: its reading that there is none). The
   * analysis is not in it: the engine runs in the background (`engineMs`). Neither are the waits
   * (stored settings, the background's answer). It is NOT all the page pays for us either: loading
   * (parsing, compiling, setting up) our scripts and the style and layout work our changes cause
   * are counted by the browser and measured by `npm run bench:page`. Null until known; absent from
   * content scripts older than this field.
   */
  workMs?: number | null;
  /**
   * Wall-clock milliseconds from the page code's start to marks in place. Includes the wait for
   * stored settings (the script waits so that marks a reader turned off never flash) and for the
   * background's analysis, so it is
   * how soon the reader sees marks once the page code runs, not how much work was done, and not
   * the time since the page loaded (detection and loading the page code come before it). Null
   * until then and on pages that are not articles.
   */
  elapsedMs: number | null;
  /**
   * Milliseconds the engine took in the BACKGROUND (service worker / event page) to analyse the
   * page's articles, timed there with `performance.now()`. Not page time: the page only reads its
   * paragraphs and draws (`workMs`). Null until the answer arrived or when it never did; absent
   * from content scripts older than this field.
   */
  engineMs?: number | null;
  /**
   * Which article of the page `analysis` describes: 0 for the page's own, K for the K-th one
   * Republika's next-article feed appended below it (the one the reader has scrolled to). Their
   * quote ids are `a<K>-q…`. Absent from older content scripts (read it as 0).
   */
  articleIndex?: number;
  /** How many articles the page holds now (1 without a feed). */
  articleCount?: number;
  /**
   * The quote on screen now (the one the reader last moved to or clicked while it stays in view,
   * else the first one in view), null when none is; absent from older content scripts. Pushed
   * as it changes by `quoteInViewChanged`; here so that a panel opened later knows it too.
   */
  quoteInView?: string | null;
  /**
   * A mark the reader clicked that no open panel has shown (the panel was closed), while it stays
   * on screen: a panel opened now shows its card. Absent or null otherwise.
   */
  quoteClicked?: string | null;
}

/** Page → panel. Sent with `runtime.sendMessage`; the panel keeps those whose sender tab it shows. */
export type ContentEvent =
  | { type: 'quotesChanged'; state: PageState }
  /**
   * The reader clicked a marked quote in the page (a trusted click; the page got it too). An open
   * panel answers `true` and shows its card. `onLink`: the click was on a link or a control,
   * which the page acts on, so the background does not open a closed panel for it.
   */
  | { type: 'quoteClicked'; quoteId: string; onLink: boolean }
  /**
   * The quote on screen changed (`PageState.quoteInView`). `by`: `move` when the reader moved to
   * it (next / previous quote), so the panel brings its card into view too; `scroll` otherwise.
   */
  | { type: 'quoteInViewChanged'; quoteId: string | null; by: 'move' | 'scroll' };

/** Which way `moveToQuote` goes, in page order. */
export type QuoteDirection = 'next' | 'previous';

/**
 * Detector → background: the page is an article, so load the page code (engine, hiding, marking)
 * into this tab. Pages without one never load anything else of ours.
 */
export type DetectorEvent = { type: 'articleDetected' };

/**
 * Page start script → background, with `runtime.sendMessage`, as an article page starts loading
 * (utils/article-start.ts): set the engine up now (core/warm-up.ts), while the page and our page
 * code still load, so that the article's own analysis runs on compiled code. No answer.
 */
export type EngineWarmUp = { type: 'engineWarmUp' };

/**
 * Background → page code, with `tabs.sendMessage` to every Republika tab: the reader's settings or
 * corrections changed in storage (`changes` as `storage.onChanged` gives them, only the keys the
 * page code follows). The page code hears storage through the background because the first touch
 * of `storage` in a page's fresh script world builds its bindings, about 1.4 ms of main-thread
 * work on every article load (bench:page-trace), for changes that come rarely, if ever.
 */
export type StoredChanged = {
  type: 'storedChanged';
  changes: Record<string, { newValue?: unknown }>;
};

/** One article as the page code read it: what the engine needs, and nothing of the DOM. */
export interface ArticleText {
  info: ArticleInfo;
  /** Each paragraph's `textContent`, in reading order: the spans' offsets index into these. */
  paragraphs: string[];
}

/**
 * Page code → background. Sent with `runtime.sendMessage`. The engine runs in the background (warm
 * across page loads), never in the page: the page sends the text it read and draws the answer.
 */
export type BackgroundCommand =
  /**
   * Analyse the page's articles: `articles[0]` is the page's own, then those Republika's
   * next-article feed appended, in page order. Answered with `AnalyzeArticlesReply`.
   */
  {
    type: 'analyzeArticles';
    articles: ArticleText[];
    /**
     * True on the page code's first analysis only: the answer then brings the reader's stored
     * settings and corrections (`AnalyzeArticlesReply.stored`); a re-read follows them already.
     */
    withStored?: boolean;
  };

/** The background's answer to `analyzeArticles`. */
export interface AnalyzeArticlesReply {
  /** One analysis per article, in order; the K-th feed article's ids are prefixed `a<K>-`. */
  analyses: Analysis[];
  /** The engine's time in the background, ms (see `PageState.engineMs`). */
  engineMs: number;
  /**
   * The UI messages the page words its marks' descriptions with, as templates (`$1`, `$2` where
   * the substitutions go; utils/message-templates.ts), so the page never loads the extension's
   * catalogue before its marks.
   */
  messages?: Record<string, string>;
  /**
   * False when no panel of ours was open as the background answered (utils/panel-open.ts): the
   * page then pushes nothing to a panel until one asks it something. Missing: as if open.
   */
  panelOpen?: boolean;
  /**
   * The reader's settings and corrections as the background's `storage.local.get` returned them
   * while the engine ran (utils/stored-at-start.ts), so the page makes no storage call of its
   * own. Missing (storage failed there): the page reads storage itself.
   */
  stored?: Record<string, unknown>;
}

/** Panel → page. Sent with `tabs.sendMessage(tabId, …)`. */
export type PanelCommand =
  /** Request: answered with the tab's `PageState`. */
  | { type: 'getPageState' }
  /** Scroll the page to a quote and flash it. Answered with `true` when the quote was found. */
  | { type: 'scrollToQuote'; quoteId: string }
  /** Request: answered with the marks drawn in the page now (`[]` when marks are off). */
  | { type: 'getMarks' }
  /**
   * Go to the next or previous quote from the one on screen (or from the viewport when none is):
   * scroll it into view, flash it and announce its speaker. Sent by the background for the
   * `next-quote` / `previous-quote` shortcuts and by the panel's buttons. Answered with the quote's
   * id, or null when there is no quote that way.
   */
  | { type: 'moveToQuote'; direction: QuoteDirection }
  /**
   * Focus on one speaker: the page dims the marks of every quote not in `quoteIds` (the quotes of
   * the speaker, or set of speakers, the reader chose in the panel, after the reader's
   * corrections); null clears. The page keeps the focus across redraws until told otherwise.
   * Answered with `true` on an article page.
   */
  | { type: 'focusSpeaker'; quoteIds: string[] | null };

/** The answer type for each command, so both sides agree on it. */
export interface PanelCommandReplies {
  getPageState: PageState;
  scrollToQuote: boolean;
  getMarks: MarkInfo[];
  moveToQuote: string | null;
  focusSpeaker: boolean;
}

/** A box on screen, in CSS pixels relative to the viewport (`Range.getClientRects()`). */
export interface MarkBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One quote as marked in the page. Marks are drawn with the CSS Custom Highlight API, so they are
 * not elements: this is how tests and tools see them (the `getMarks` command).
 */
export interface MarkInfo {
  quoteId: string;
  /** The quote's speakers' names, in the engine's order ([] when unnamed). */
  speakers: string[];
  /** The highlight that paints it: `ks-s<N>` for `speakers[N]` of the result, or `ks-unnamed`. */
  highlight: string;
  /** The text under the mark, as the page holds it now. */
  text: string;
  /** Its boxes on screen now (one per line box); [] when not laid out. */
  boxes: MarkBox[];
  /** True while `scrollToQuote` flashes it. */
  flashing: boolean;
  /** True while the reader focuses another speaker (`focusSpeaker`): drawn faint. */
  dimmed: boolean;
}

/** Storage key under which `Settings` live (`storage.local`). */
export const SETTINGS_KEY = 'settings';
