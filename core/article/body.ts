/**
 * Finds the article body and its paragraphs. Read-only: nothing here changes the document.
 */
import { follows, joinSelectors, queryFirstOf } from './dom-query';
import {
  AD_SELECTORS,
  AD_WRAPPER_SELECTOR,
  BODY_SELECTORS,
  CLUTTER_SELECTORS,
  FEED_BOUNDARY_SELECTORS,
  NOT_TEXT_SELECTORS,
  PARAGRAPH_SELECTOR,
} from './selectors';
import { isClutterLine, normalizeText } from './text-markers';
import { runNow, type Work } from './work';
import { partitionPoint } from '../engine/text/partition-point';

/**
 * The FIRST article body of the page. Selectors are tried in order (current, older, AMP), and for
 * each the first match in document order wins: the next-article feed may append more bodies
 * further down, and those are other articles.
 */
export function findArticleBody(doc: Document): Element | null {
  return queryFirstOf(doc, doc, BODY_SELECTORS);
}

/**
 * Where the next-article feed starts inside `body`, or null. Everything inside or after it belongs
 * to other articles (§5 of docs/republika-pages.md).
 */
export function findFeedBoundary(body: Element): Element | null {
  const doc = body.ownerDocument;
  const joined = joinSelectors(doc, FEED_BOUNDARY_SELECTORS);
  return joined ? body.querySelector(joined) : null;
}

/** True when `node` is part of the next-article feed that starts at `boundary`. */
export function isInFeed(boundary: Element | null, node: Node): boolean {
  if (!boundary) return false;
  return boundary === node || boundary.contains(node) || follows(boundary, node);
}

/**
 * The index of the first of `elements` (in document order) that is part of the feed starting at
 * `boundary`: all later ones are too. Found by binary search, because comparing document
 * positions costs time proportional to the siblings in between, and checking every paragraph of
 * a 2,000-paragraph article that way was quadratic.
 */
function firstInFeed(boundary: Element | null, elements: readonly Element[]): number {
  if (!boundary) return elements.length;
  return partitionPoint(elements, e => !isInFeed(boundary, e));
}

/**
 * Joined selector for the containers whose text is never article prose: captions and embeds, ad
 * slots and their centred wrappers, and related-reading blocks.
 */
function skippedContainers(doc: Document): string {
  return joinSelectors(doc, [
    ...NOT_TEXT_SELECTORS,
    ...AD_SELECTORS,
    ...CLUTTER_SELECTORS,
    `${AD_WRAPPER_SELECTOR}:has(> [id^="div-gpt-ad"])`,
  ]);
}

/** The body's paragraphs with their text, read once (the text is what the engine reads). */
export interface ParagraphsRead {
  paragraphs: Element[];
  /** `textContent` of each paragraph, in the same order. */
  texts: string[];
}

/**
 * The body's paragraphs in reading order: non-empty `p`, `li`, `blockquote` and subheads that are
 * not inside a caption, ad or clutter block, not a clutter line ("Baca Juga", "Advertisement",
 * "Baca juga: …", the WhatsApp promo), and not part of the next-article feed.
 *
 * An element that contains another candidate (`blockquote > p`, `li > p`) gives way to the inner
 * one, so no text is read twice. The empty `p.b2` that the parser leaves behind when Republika
 * nests `<p class="b2"> <p>…</p>` is dropped for being empty.
 */
export function readParagraphs(body: Element): Element[] {
  return runNow(readParagraphsWork(body)).paragraphs;
}

/**
 * `readParagraphs` as work that may pause between candidates (work.ts), returning each
 * paragraph's text too: the page code sends that text to the engine without reading it again.
 */
export function* readParagraphsWork(body: Element): Work<ParagraphsRead> {
  const doc = body.ownerDocument;
  const skipped = insideSkipped(body, skippedContainers(doc));
  const candidates = Array.from(body.querySelectorAll(PARAGRAPH_SELECTOR));
  yield;
  const feedStart = firstInFeed(findFeedBoundary(body), candidates);
  const paragraphs: Element[] = [];
  const texts: string[] = [];
  for (const [i, el] of candidates.entries()) {
    if (i >= feedStart) break;
    yield;
    if (skipped(el)) continue;
    if (el.querySelector(PARAGRAPH_SELECTOR)) continue;
    const text = el.textContent ?? '';
    const line = normalizeText(text);
    if (!line || isClutterLine(line)) continue;
    paragraphs.push(el);
    texts.push(text);
  }
  return { paragraphs, texts };
}

/**
 * A test for "is `el` (inside `body`) or one of its ancestors up to `body` a skipped container":
 * what `closestWithin(el, skip, body)` answers, with each element on the way matched once and
 * remembered. Asking `closest()` per paragraph matched the whole selector list at every ancestor
 * of every paragraph up to the page's root: most of the CLI's time on a big saved page (jsdom's
 * selector matching costs far more per call than a browser's).
 */
function insideSkipped(body: Element, skip: string): (el: Element) => boolean {
  if (!skip || body.matches(skip)) return () => !!skip;
  const known = new Map<Element, boolean>([[body, false]]);
  const skipped = (el: Element): boolean => {
    const path: Element[] = [];
    let n: Element | null = el;
    let answer = false;
    for (; n && !known.has(n); n = n.parentElement) {
      if (n.matches(skip)) {
        answer = true;
        break;
      }
      path.push(n);
    }
    if (!answer && n) answer = known.get(n)!;
    // Everything walked below the answer shares it (a matched container answers for its insides).
    if (n && answer) known.set(n, true);
    for (const m of path) known.set(m, answer);
    return answer;
  };
  return skipped;
}
