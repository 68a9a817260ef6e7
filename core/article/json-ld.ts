/**
 * Reads the page's JSON-LD `NewsArticle` block (headline, datePublished, author), which Republika
 * emits on article pages [DRZ][PW]. Malformed blocks are ignored, never thrown.
 */

/** The fields of a schema.org NewsArticle that the page side reads. */
export interface NewsArticleLd {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
}

type Json = Record<string, unknown>;

/**
 * The `@type`s of an article block, matched whole. A set, not a regular expression: the page code
 * reads the block on every article load, in a fresh script world where an expression would be
 * compiled for its one use (see text-markers.ts).
 */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
]);

function isArticleNode(node: Json): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some(t => typeof t === 'string' && ARTICLE_TYPES.has(t));
}

/** Flattens a JSON-LD value (object, array, or `@graph`) into its objects. */
function nodesOf(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Json;
  return [node, ...nodesOf(node['@graph'])];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function authorName(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return text(first);
  if (typeof first === 'object' && first !== null) return text((first as Json).name);
  return null;
}

/** The first NewsArticle (or Article) block of the page, or null when there is none. */
export function readNewsArticleLd(doc: Document): NewsArticleLd | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken block on the page is the page's problem, not a reason to fail.
    }
    const node = nodesOf(parsed).find(isArticleNode);
    if (node) {
      return {
        headline: text(node.headline),
        datePublished: text(node.datePublished),
        author: authorName(node.author),
      };
    }
  }
  return null;
}
