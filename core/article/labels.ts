/**
 * Finds text-only clutter labels ("Advertisement", "Iklan", "Baca Juga", "Berita Lainnya") and the
 * boxes they stand for. Read-only.
 *
 * Labels are found from their text nodes rather than by testing every element's textContent: a
 * page has thousands of elements but only a handful of label-like text nodes, so this stays cheap.
 */
import { RELATED_LIST_SELECTOR } from './selectors';
import { isLabelLine, isLabelText, surelyLongerThan, normalizeText } from './text-markers';
import { STEPS_PER_PAUSE, type Work } from './work';

/** Elements whose text never counts as visible (script source inside an ad slot, for one). */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Elements a label box must not swallow: they carry content, not clutter. */
const CONTENT_SELECTOR = 'figure, video, picture, h1, article, main';

/** The text a reader would see in `el`: its text nodes outside script/style, normalised. */
export function visibleText(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && !INVISIBLE.has((child as Element).tagName)) walk(child);
    }
  };
  walk(el);
  return normalizeText(text);
}

/** True when `el` shows nothing but, at most, a clutter label (an empty or labelled ad box). */
export function isEmptyOrLabel(el: Element): boolean {
  const text = visibleText(el);
  return text === '' || isLabelText(text);
}

/**
 * The outermost element around `start` that still shows only the same label text: a label in a
 * wrapper (`<div><span>Advertisement</span></div>`) is hidden as one box with its empty ad slot.
 */
function labelBox(start: Element, stop: Element): Element {
  let box = start;
  for (let up = box.parentElement; up && up !== stop; up = up.parentElement) {
    // `up` shows the same label as `box` when nothing else in it shows text: checking only the
    // siblings keeps this linear (re-reading every wrapper's whole text was quadratic in depth).
    if (up.matches(CONTENT_SELECTOR) || !othersShowNothing(up, box)) break;
    box = up;
  }
  return box;
}

/**
 * True when the text has a character that is not white space (`normalizeText` keeps it):
 * `surelyLongerThan(text, 0)`, without compiling an expression for it on every page load.
 * `trim()` takes off exactly what `\s` matches (WhiteSpace and LineTerminator, in both
 * definitions), and stops at the first visible character from each end.
 */
const showsChar = (text: string) => text.trim() !== '';

/**
 * True when `el` shows any text: `visibleText(el) !== ''`, answered at the first visible
 * character instead of after reading all of it. A label's wrapper may sit beside the whole
 * article, whose 1 MB of text was read and normalised in one go just to learn it was not empty.
 */
function showsText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && showsChar((node as Text).data)) return true;
    if (node.nodeType === 1 && !INVISIBLE.has((node as Element).tagName)) {
      if (showsText(node as Element)) return true;
    }
  }
  return false;
}

/** True when no child of `parent` other than `child` shows any text. */
function othersShowNothing(parent: Element, child: Element): boolean {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node === child) continue;
    if (node.nodeType === 3 && showsChar((node as Text).data)) return false;
    if (node.nodeType === 1 && !INVISIBLE.has((node as Element).tagName)) {
      if (showsText(node as Element)) return false;
    }
  }
  return true;
}

/** For "Berita Lainnya"-style headings: the block holding the heading and its list of links. */
function relatedBlock(box: Element, stop: Element): Element[] {
  const parent = box.parentElement;
  if (parent && parent !== stop && !parent.matches(CONTENT_SELECTOR)) {
    const lists = parent.querySelectorAll(RELATED_LIST_SELECTOR);
    // The parent holds the heading plus lists and nothing longer than link titles.
    if (lists.length > 0 && !parent.querySelector('p, article, main')) return [parent];
  }
  const next = box.nextElementSibling;
  return next?.matches(RELATED_LIST_SELECTOR) ? [box, next] : [box];
}

/** No label is longer than this (normalised): longer text nodes are not looked at further. */
const LABEL_MAX = 40;

/** A related-list heading rather than an ad label. */
const RELATED_HEADING = /^berita (lainnya|terpopuler|terkait)$/i;

/**
 * Every label box under `root` (usually `document.body`): each label element grown to its
 * outermost label-only wrapper, and related-list headings grown to include their lists. Work that
 * may pause every few dozen text nodes (work.ts).
 */
export function* findLabelBoxesWork(
  root: Element,
  skip: (el: Element) => boolean,
): Work<Element[]> {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const boxes: Element[] = [];
  let steps = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The walker is live: a pause leaves it on a node, and it goes on from there.
    if (++steps % STEPS_PER_PAUSE === 0) yield;
    // Cheap first tests on the text alone, before its parent is looked up: most text nodes (prose,
    // the white space between elements) are rejected here.
    const data = (node as Text).data;
    if (surelyLongerThan(data, LABEL_MAX)) continue;
    const line = normalizeText(data);
    if (!line || line.length > LABEL_MAX || !isLabelLine(line)) continue;
    const parent = node.parentElement;
    if (!parent || INVISIBLE.has(parent.tagName)) continue;
    if (skip(parent) || visibleText(parent) !== line) continue;
    const box = labelBox(parent, root);
    boxes.push(...(RELATED_HEADING.test(line) ? relatedBlock(box, root) : [box]));
  }
  return boxes;
}
