/**
 * Our one `<style>` element in the page, holding every stylesheet part of ours: added once,
 * removed with the last part on undo, so that the document is byte-identical after the round trip.
 * Also how the page looks where we mark it (its text and background colours), to pick the mark
 * palette.
 */
import { pageTheme, parseColor, type Rgba } from '../../core/contrast';
import type { MarkTheme } from '../../core/speaker-colors';

/** The id of our one `<style>` element in a page. */
export const STYLE_ID = 'ks-style';

/** Our sheet in one document: its element (once made) and its parts, by name, in order. */
interface Sheet {
  element: HTMLStyleElement | null;
  parts: Map<string, string>;
  /**
   * True while a write phase holds the sheet's writes (`batchStyles`): its parts change, its
   * element waits for the phase's end.
   */
  held: boolean;
}

/**
 * Our sheet per document. Its element is found here, not by `getElementById`: an element of the
 * page's own that carries our id is never ours to rewrite or remove (the restore would not be
 * exact).
 */
const sheets = new WeakMap<Document, Sheet>();

/**
 * Gives the part `part` of our sheet the text `css` (clutter hiding, each article's marks: one
 * part each), in ONE `<style id="ks-style">` in the head (or the root) for all of them. One sheet
 * and not one per part: each new sheet is parsed, set up and matched on its own by the browser's
 * style engine, in the task that writes it. Writes nothing when the sheet already holds the text:
 * a sheet the browser has applied is not applied again (on a big page every changed sheet costs a
 * style recalculation of the whole document).
 *
 * There is never more than one element of ours: one the page took out (a re-rendered head) is put
 * back, not replaced by a second, so a page that later re-inserts the element it took out cannot
 * leave a copy of ours that `removeStyle` would miss (the restore would not be exact).
 */
export function injectStyle(doc: Document, part: string, css: string): void {
  const sheet = sheetOf(doc);
  sheet.parts.set(part, css);
  if (!sheet.held) write(doc, sheet);
}

/** Takes the part `part` out of our sheet; the element goes with the last part. */
export function removeStyle(doc: Document, part: string): void {
  const sheet = sheets.get(doc);
  if (!sheet?.parts.delete(part)) return;
  if (!sheet.held) settle(doc, sheet);
}

/**
 * Runs `phase` (one write of ours: the marks and the hidden clutter, or a session's undo and its
 * successor's apply) with our sheet's element written once, at its end, with every part as the
 * phase left them. Each write of a connected `<style>`'s text makes the browser parse the whole
 * sheet again and take it in anew; the marks' part and the clutter's part written one after the
 * other cost two of each, and an undo followed by an apply took the element out and put it back
 * for the same text. Nested phases write at the outermost one's end.
 */
export function batchStyles<T>(doc: Document, phase: () => T): T {
  const sheet = sheetOf(doc);
  if (sheet.held) return phase();
  sheet.held = true;
  try {
    return phase();
  } finally {
    sheet.held = false;
    settle(doc, sheet);
  }
}

/** Our sheet in `doc`, made (empty, no element yet) on first use. */
function sheetOf(doc: Document): Sheet {
  const sheet = sheets.get(doc) ?? { element: null, parts: new Map<string, string>(), held: false };
  sheets.set(doc, sheet);
  return sheet;
}

/** The element as the parts say: written while there is a part, gone with the last one. */
function settle(doc: Document, sheet: Sheet): void {
  if (sheet.parts.size > 0) write(doc, sheet);
  else sheet.element?.remove();
}

/** The text of part `part` of our sheet in `doc` while the sheet is in the page, else null. */
export function styleText(doc: Document, part: string): string | null {
  const sheet = sheets.get(doc);
  return sheet?.element?.isConnected ? (sheet.parts.get(part) ?? null) : null;
}

/** Puts `sheet`'s parts in its element, and the element in the page: only what changed. */
function write(doc: Document, sheet: Sheet): void {
  const css = [...sheet.parts.values()].join('\n');
  const element = sheet.element ?? doc.createElement('style');
  sheet.element = element;
  if (element.textContent !== css) element.textContent = css;
  if (element.isConnected) return;
  element.id = STYLE_ID;
  (doc.head ?? doc.documentElement).append(element);
}

/**
 * How browsers serialise a computed `transparent` background (the value of most elements): no
 * colour to parse, the walk goes on.
 */
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/**
 * The colours the reader sees at `el`: its computed text colour and the first opaque background
 * colour on it or an ancestor (null when none has one: the canvas shows through).
 */
export function computedColors(el: Element): { text: Rgba | null; background: Rgba | null } {
  const view = el.ownerDocument.defaultView;
  if (!view) return { text: null, background: null };
  // One computed style read per element on the way: `el`'s gives its text colour and its
  // background (the page load runs this cold, where each read and each parse is paid in full).
  const own = view.getComputedStyle(el);
  const text = parseColor(own.color);
  for (let at: Element | null = el; at; at = at.parentElement) {
    const value = (at === el ? own : view.getComputedStyle(at)).backgroundColor;
    if (value === TRANSPARENT) continue;
    const background = parseColor(value);
    if (background && background.a > 0.5) return { text, background };
  }
  return { text, background: null };
}

/** The mark palette `el`'s text needs: dark for light text on a dark background (core/contrast). */
export function themeAt(el: Element): MarkTheme {
  const { text, background } = computedColors(el);
  return pageTheme(text, background);
}
