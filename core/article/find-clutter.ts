/**
 * Decides which elements to hide: ad slots, ad labels, empty ad boxes, related-reading blocks
 * and promo lines. Read-only: it returns elements and the content
 * script hides them.
 *
 * The one hard rule: never an article paragraph, nor anything that contains one (or the body).
 */
import { readParagraphs } from './body';
import { closestWithin, joinSelectors, queryAll } from './dom-query';
import { findLabelBoxesWork, isEmptyOrLabel } from './labels';
import {
  AD_SELECTORS,
  AD_WRAPPER_SELECTOR,
  CLUTTER_SELECTORS,
  FEED_BOUNDARY_SELECTORS,
  PARAGRAPH_SELECTOR,
} from './selectors';
import { isClutterText } from './text-markers';
import { runNow, STEPS_PER_PAUSE, type Work } from './work';

/** A GPT slot is hidden together with its centred wrapper when the wrapper shows nothing else. */
function withWrapper(el: Element, body: Element): Element {
  const parent = el.parentElement;
  if (!parent || parent === body || !el.id.startsWith('div-gpt-ad')) return el;
  return parent.matches(AD_WRAPPER_SELECTOR) && isEmptyOrLabel(parent) ? parent : el;
}

/**
 * Body lines that are clutter by their text: "Baca juga: …", the WhatsApp promo, lone labels.
 * The article's paragraphs are not read again: `readParagraphs` kept them because their text is
 * not clutter.
 */
function* clutterLines(body: Element, paragraphs: ReadonlySet<Element>): Work<Element[]> {
  const lines: Element[] = [];
  for (const el of Array.from(body.querySelectorAll(PARAGRAPH_SELECTOR))) {
    if (paragraphs.has(el)) continue;
    yield;
    if (!el.querySelector(PARAGRAPH_SELECTOR) && isClutterText(el.textContent ?? '')) {
      lines.push(el);
    }
  }
  return lines;
}

/**
 * Every element that is an article paragraph or holds one (up to the body): found by walking up
 * from each paragraph once, stopping where an earlier walk passed, so it is linear in the page.
 * (Testing each candidate against every paragraph was candidates × paragraphs.)
 */
function* paragraphHolders(paragraphs: readonly Element[], body: Element): Work<Set<Element>> {
  const holders = new Set<Element>();
  for (const [i, p] of paragraphs.entries()) {
    if (i % STEPS_PER_PAUSE === 0) yield;
    for (let el: Element | null = p; el && el !== body && !holders.has(el); el = el.parentElement) {
      holders.add(el);
    }
  }
  return holders;
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
 * Never returned: the body, or anything that is or contains an article paragraph. `paragraphs`:
 * the body's paragraphs as `readParagraphs` found them (read again when not given).
 */
export function findClutter(
  doc: Document,
  body: Element,
  paragraphs: readonly Element[] = readParagraphs(body),
): Element[] {
  return runNow(findClutterWork(doc, body, paragraphs));
}

/** `findClutter` as work that may pause between its searches and inside them (work.ts). */
export function* findClutterWork(
  doc: Document,
  body: Element,
  paragraphs: readonly Element[],
): Work<Element[]> {
  const feeds = joinSelectors(doc, FEED_BOUNDARY_SELECTORS);
  // Strictly inside a feed container: an appended article.
  const inFeed = (el: Element) =>
    el.parentElement !== null && closestWithin(el.parentElement, feeds, body) !== null;
  const root = doc.body ?? doc.documentElement;
  const ads = queryAll(doc, doc, AD_SELECTORS).map(el => withWrapper(el, body));
  yield;
  const outsideFeed = [
    ...queryAll(doc, doc, CLUTTER_SELECTORS),
    ...(yield* findLabelBoxesWork(root, inFeed)),
    ...(yield* clutterLines(body, new Set(paragraphs))),
  ].filter(el => !inFeed(el));
  const holders = yield* paragraphHolders(paragraphs, body);
  const safe = [...ads, ...outsideFeed].filter(
    el => el !== body && !el.contains(body) && !holders.has(el),
  );
  return outermost(safe);
}
