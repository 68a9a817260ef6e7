/**
 * Decides which elements to hide: ad slots, ad labels, empty ad boxes, related-reading blocks
 * and promo lines. Read-only: it returns elements and the content
 * script hides them.
 *
 * The one hard rule: never an article paragraph, nor anything that contains one (or the body).
 */
import { readParagraphs } from './body';
import { closestWithin, joinSelectors, queryAll } from './dom-query';
import { findLabelBoxes, isEmptyOrLabel } from './labels';
import {
  AD_SELECTORS,
  AD_WRAPPER_SELECTOR,
  CLUTTER_SELECTORS,
  FEED_BOUNDARY_SELECTORS,
  PARAGRAPH_SELECTOR,
} from './selectors';
import { isClutterText } from './text-markers';

/** A GPT slot is hidden together with its centred wrapper when the wrapper shows nothing else. */
function withWrapper(el: Element, body: Element): Element {
  const parent = el.parentElement;
  if (!parent || parent === body || !el.id.startsWith('div-gpt-ad')) return el;
  return parent.matches(AD_WRAPPER_SELECTOR) && isEmptyOrLabel(parent) ? parent : el;
}

/** Body lines that are clutter by their text: "Baca juga: …", the WhatsApp promo, lone labels. */
function clutterLines(body: Element): Element[] {
  return Array.from(body.querySelectorAll(PARAGRAPH_SELECTOR)).filter(
    el => !el.querySelector(PARAGRAPH_SELECTOR) && isClutterText(el.textContent ?? ''),
  );
}

/** Keeps the outermost of nested elements, in document order. */
function outermost(elements: Element[]): Element[] {
  const sorted = [...new Set(elements)].sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1,
  );
  const kept: Element[] = [];
  for (const el of sorted) {
    const last = kept[kept.length - 1];
    if (!last || !last.contains(el)) kept.push(el);
  }
  return kept;
}

/**
 * Elements to hide on an article page whose body is `body`, outermost first, in document order.
 * Ad slots are hidden wherever they are, the next-article feed included (the reader scrolls into
 * it); the text heuristics (labels, clutter lines) stay out of the feed, whose articles we do not
 * read. The feed's own scaffolding is never hidden: the page's script needs it to load more.
 * Never returned: the body, or anything that is or contains an article paragraph.
 */
export function findClutter(doc: Document, body: Element): Element[] {
  const paragraphs = readParagraphs(body);
  const feeds = joinSelectors(doc, FEED_BOUNDARY_SELECTORS);
  // Strictly inside a feed container: an appended article.
  const inFeed = (el: Element) =>
    el.parentElement !== null && closestWithin(el.parentElement, feeds, body) !== null;
  const root = doc.body ?? doc.documentElement;
  const ads = queryAll(doc, doc, AD_SELECTORS).map(el => withWrapper(el, body));
  const outsideFeed = [
    ...queryAll(doc, doc, CLUTTER_SELECTORS),
    ...findLabelBoxes(root, inFeed),
    ...clutterLines(body),
  ].filter(el => !inFeed(el));
  const safe = [...ads, ...outsideFeed].filter(
    el => el !== body && !el.contains(body) && !paragraphs.some(p => el === p || el.contains(p)),
  );
  return outermost(safe);
}
