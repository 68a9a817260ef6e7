/**
 * Test helpers: documents built from HTML strings, as the browser's parser would build them.
 */

/** Parses a whole HTML page. Scripts in it do not run. */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A page whose body is `bodyHtml`, with a JSON-LD NewsArticle block in the head. */
export function articlePage(bodyHtml: string, headline = 'Judul Berita'): Document {
  const ld = JSON.stringify({ '@type': 'NewsArticle', headline, datePublished: '2025-01-02' });
  return parsePage(
    `<!DOCTYPE html><html><head><title>t</title><script type="application/ld+json">${ld}</script></head><body>${bodyHtml}</body></html>`,
  );
}

/** The serialised document: the yardstick for "the page is exactly as it was". */
export function snapshot(doc: Document): string {
  return doc.documentElement.outerHTML;
}

/** `textContent` of each element, for readable assertions. */
export function texts(elements: readonly Element[]): string[] {
  return elements.map(el => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}
