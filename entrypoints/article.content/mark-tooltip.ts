/**
 * The marks' tooltip. Marks are painted highlights, not elements, so there is no `title` to
 * carry it: the pointer is hit-tested against the quotes' ranges (at most once per frame), and
 * the tooltip is drawn in one closed shadow root on a `<ks-tooltip>` host appended to `<html>`
 * (outside `<body>`, so no page script that walks or replaces the body meets it). The host exists
 * only while a tooltip shows and is removed by `stop()`.
 *
 * The pointer is watched as pointer-watch.ts does for both bundles: passive, trusted events only.
 */
import type { Words } from '../../utils/why-labels';
import type { QuoteMark } from './highlighter';
import { watchPointer, type Point } from './pointer-watch';
import { markTooltip } from './tooltip-words';

const HOST_TAG = 'ks-tooltip';

// The host ignores the page's CSS (`all: initial`) and the pointer; the box is above everything.
const HOST_STYLE =
  'all:initial;position:fixed;left:0;top:0;z-index:2147483647;pointer-events:none;display:block';
const BOX_CSS = `div{font:13px/1.4 system-ui,sans-serif;background:#222;color:#fff;padding:4px 8px;
border-radius:4px;max-width:360px;box-shadow:0 2px 6px rgba(0,0,0,.3);white-space:normal}
strong{display:block;font-weight:700}span{display:block;color:#ddd}span:empty{display:none}`;

/** The running tooltip watcher. */
export interface TooltipWatch {
  /**
   * Takes a shown tooltip away now. For when the marks change under a pointer that rests (marks
   * switched off, redrawn): without a pointer move nothing else would notice.
   */
  hide(): void;
  /** Stops watching and removes the host. */
  stop(): void;
}

/**
 * The tooltip's words, given rather than imported: they come from utils/i18n.ts, whose message
 * templates only the marking bundle holds (handover.ts).
 */
export interface TooltipWords {
  t: Words;
  /** The language the words are in (the box's `lang`). */
  uiLanguage: () => 'id' | 'en';
}

/**
 * Shows the tooltip of the mark under the pointer until stopped. `resting`: where the pointer was
 * when the watch began (the hover that loaded it, first-hover.ts), looked at in the first frame.
 */
export function watchTooltips(
  doc: Document,
  markAt: (x: number, y: number) => QuoteMark | null,
  requestFrame: (fn: () => void) => void,
  words: TooltipWords,
  resting: Point | null = null,
): TooltipWatch {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let whoLine: HTMLElement | null = null;
  let whyLine: HTMLElement | null = null;
  let shown: string | null = null;

  const hide = () => {
    host?.remove();
    host = null;
    box = null;
    shown = null;
  };

  /** Who said it, then why we think so: the panel's words (`explainQuote`), in the UI language. */
  const show = (mark: QuoteMark, x: number, y: number) => {
    if (!host) {
      host = doc.createElement(HOST_TAG);
      host.setAttribute('style', HOST_STYLE);
      const root = host.attachShadow({ mode: 'closed' });
      const style = doc.createElement('style');
      style.textContent = BOX_CSS;
      box = doc.createElement('div');
      box.setAttribute('role', 'tooltip');
      box.lang = words.uiLanguage();
      whoLine = doc.createElement('strong');
      whyLine = doc.createElement('span');
      box.append(whoLine, whyLine);
      root.append(style, box);
      doc.documentElement.append(host);
    }
    if (shown !== mark.quote.id) {
      const { who, why } = markTooltip(mark, words.t);
      whoLine!.textContent = who;
      whyLine!.textContent = why;
    }
    shown = mark.quote.id;
    host.style.transform = `translate(${Math.round(x + 12)}px, ${Math.round(y + 16)}px)`;
  };

  const update = ({ x, y }: Point) => {
    try {
      const mark = markAt(x, y);
      if (mark) show(mark, x, y);
      else if (host) hide();
    } catch (error) {
      console.debug('[kata-siapa] tooltip failed', error);
    }
  };

  const pointer = watchPointer(
    doc,
    { requestFrame, onPoint: update, onLeave: hide },
    { resting, leaveOnScroll: true },
  );
  const stop = () => {
    pointer.stop();
    hide();
  };
  return { hide, stop };
}
