/**
 * Our `<style>` elements in the page: added once by id, removed on undo, so that the document is
 * byte-identical after the round trip. Also how the page looks where we mark it (its text and
 * background colours), to pick the mark palette.
 */
import { pageTheme, parseColor, type Rgba } from '../../core/contrast';
import type { MarkTheme } from '../../core/speaker-colors';

/**
 * The `<style>` elements `injectStyle` added, per document and id. Found here, not by
 * `getElementById`: an element of the page's own that carries one of our ids is never ours to
 * rewrite or remove (the restore would not be exact).
 */
const added = new WeakMap<Document, Map<string, HTMLStyleElement>>();

/**
 * Adds `<style id=…>` with `css` to the head (or the root), or gives ours under `id` that text.
 * Writes nothing when it already holds `css`: a sheet the browser has applied is not applied again
 * (on a big page every new sheet costs a style recalculation of the whole document).
 *
 * There is never more than one element of ours per id: one the page took out (a re-rendered head)
 * is put back, not replaced by a second, so a page that later re-inserts the element it took out
 * cannot leave a copy of ours that `removeStyle` would miss (the restore would not be exact).
 */
export function injectStyle(doc: Document, id: string, css: string): void {
  const ours = added.get(doc) ?? new Map<string, HTMLStyleElement>();
  added.set(doc, ours);
  const present = ours.get(id);
  if (present?.isConnected) {
    if (present.textContent !== css) present.textContent = css;
    return;
  }
  const style = present ?? doc.createElement('style');
  style.id = id;
  if (style.textContent !== css) style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  ours.set(id, style);
}

/** Removes the `<style>` that `injectStyle` added under `id`, if present. */
export function removeStyle(doc: Document, id: string): void {
  const ours = added.get(doc);
  ours?.get(id)?.remove();
  ours?.delete(id);
}

/**
 * The colours the reader sees at `el`: its computed text colour and the first opaque background
 * colour on it or an ancestor (null when none has one: the canvas shows through).
 */
export function computedColors(el: Element): { text: Rgba | null; background: Rgba | null } {
  const view = el.ownerDocument.defaultView;
  if (!view) return { text: null, background: null };
  const text = parseColor(view.getComputedStyle(el).color);
  for (let at: Element | null = el; at; at = at.parentElement) {
    const background = parseColor(view.getComputedStyle(at).backgroundColor);
    if (background && background.a > 0.5) return { text, background };
  }
  return { text, background: null };
}

/** The mark palette `el`'s text needs: dark for light text on a dark background (core/contrast). */
export function themeAt(el: Element): MarkTheme {
  const { text, background } = computedColors(el);
  return pageTheme(text, background);
}
