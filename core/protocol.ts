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
import type { AnalysisResult } from './types';

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
   * Milliseconds of the content script's own synchronous slices, timed by itself with
   * `performance.now()`: reading and analysing the page, then hiding clutter and marking quotes
   * (on a page that is not an article: the detector deciding so). The wait for stored settings
   * is not in it. It is NOT what the page pays for us: it leaves out loading (parsing, compiling
   * and setting up) our scripts and the style and layout work our changes cause, which the
   * browser counts and `npm run bench:page` measures. Say "analysed in N ms", never "costs N ms".
   * Null until known; absent from content scripts older than this field.
   */
  workMs?: number | null;
  /**
   * Wall-clock milliseconds from the page code's start to marks in place. Includes the wait for
   * stored settings (the script waits so that marks a reader turned off never flash), so it is
   * how soon the reader sees marks once the page code runs, not how much work was done, and not
   * the time since the page loaded (detection and loading the page code come before it). Null
   * until then and on pages that are not articles.
   */
  elapsedMs: number | null;
  /**
   * Which article of the page `analysis` describes: 0 for the page's own, K for the K-th one
   * Republika's next-article feed appended below it (the one the reader has scrolled to). Their
   * quote ids are `a<K>-q…`. Absent from older content scripts (read it as 0).
   */
  articleIndex?: number;
  /** How many articles the page holds now (1 without a feed). */
  articleCount?: number;
}

/** Page → panel. Sent with `runtime.sendMessage`; the panel keeps those whose sender tab it shows. */
export type ContentEvent = { type: 'quotesChanged'; state: PageState };

/**
 * Detector → background: the page is an article, so load the page code (engine, hiding, marking)
 * into this tab. Pages without one never load anything else of ours.
 */
export type DetectorEvent = { type: 'articleDetected' };

/** Panel → page. Sent with `tabs.sendMessage(tabId, …)`. */
export type PanelCommand =
  /** Request: answered with the tab's `PageState`. */
  | { type: 'getPageState' }
  /** Scroll the page to a quote and flash it. Answered with `true` when the quote was found. */
  | { type: 'scrollToQuote'; quoteId: string }
  /** Request: answered with the marks drawn in the page now (`[]` when marks are off). */
  | { type: 'getMarks' };

/** The answer type for each command, so both sides agree on it. */
export interface PanelCommandReplies {
  getPageState: PageState;
  scrollToQuote: boolean;
  getMarks: MarkInfo[];
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
}

/** Storage key under which `Settings` live (`storage.local`). */
export const SETTINGS_KEY = 'settings';
