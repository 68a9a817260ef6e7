/**
 * Our `<style>` elements in the page: added once by id, removed on undo, so that the document is
 * byte-identical after the round trip.
 */

/** Adds `<style id=…>` with `css` to the head (or the root) unless it is already there. */
export function injectStyle(doc: Document, id: string, css: string): void {
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
}

/** Removes the `<style>` that `injectStyle` added under `id`, if present. */
export function removeStyle(doc: Document, id: string): void {
  doc.getElementById(id)?.remove();
}
