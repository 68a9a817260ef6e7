/**
 * The page side's own polite live region, so that moving to a quote with the keyboard says whose
 * it is to screen-reader users. Like the tooltip (mark-tooltip.ts) it lives in one closed shadow
 * root on a `<ks-announcer>` host appended to `<html>` (outside `<body>`, where no page script
 * that walks or replaces the body meets it), visually hidden, and it exists only around an
 * announcement: added just before it, removed some seconds after the last one and by `stop()`.
 */

const HOST_TAG = 'ks-announcer';

// Present to assistive technology, invisible and out of the way of the pointer and the layout.
const HOST_STYLE =
  'all:initial;position:fixed;left:0;top:0;width:1px;height:1px;overflow:hidden;' +
  'clip-path:inset(50%);white-space:nowrap;pointer-events:none;display:block';

/** How long the host stays after the last announcement (screen readers have read it by then). */
const LINGER_MS = 10_000;
/** Screen readers announce changes to a region they already know: the text comes a beat later. */
const SAY_DELAY_MS = 120;

export type SetTimer = (callback: () => void, ms: number) => void;

/** A polite announcer; `say()` speaks, `stop()` removes every trace of it. */
export class LiveRegion {
  private host: HTMLElement | null = null;
  private region: HTMLElement | null = null;
  /** Counts announcements, so only the last one's timers act. */
  private turn = 0;

  constructor(
    private readonly doc: Document,
    private readonly setTimer: SetTimer,
    /**
     * The language of the announcements (the UI language), asked for only when a region is
     * made: reading it loads the extension's message catalogue (a synchronous round trip to the
     * browser), which the page's start-up should not wait for.
     */
    private readonly lang: () => string,
  ) {}

  /** Announces `text` politely (after what the screen reader is saying). */
  say(text: string): void {
    const region = this.ensure();
    const turn = ++this.turn;
    region.textContent = '';
    this.setTimer(() => {
      if (turn === this.turn && this.region) this.region.textContent = text;
    }, SAY_DELAY_MS);
    this.setTimer(() => {
      if (turn === this.turn) this.stop();
    }, LINGER_MS);
  }

  /** The text announced last, while the region exists (for tests). */
  get text(): string | null {
    return this.region?.textContent ?? null;
  }

  /** Removes the host: the document is as without us. */
  stop(): void {
    this.host?.remove();
    this.host = null;
    this.region = null;
  }

  private ensure(): HTMLElement {
    if (this.region && this.host?.isConnected) return this.region;
    this.stop();
    const host = this.doc.createElement(HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'closed' });
    const region = this.doc.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('lang', this.lang());
    root.append(region);
    this.doc.documentElement.append(host);
    this.host = host;
    this.region = region;
    return region;
  }
}
