/**
 * The one gate for HTML. Everything that leaves the extension as HTML (the rich copy of the
 * summary) passes through here; nothing is ever rendered from HTML strings in the panel.
 *
 * DOMPurify needs a DOM: this runs in the panel (and in jsdom tests), never in plain Node.
 */
import DOMPurify from 'dompurify';

/** Tags a pasted summary or quote needs; everything else (scripts, styles, forms, media) is dropped. */
const ALLOWED_TAGS = [
  'h2',
  'h3',
  'p',
  'a',
  'ul',
  'li',
  'blockquote',
  'b',
  'i',
  'em',
  'strong',
  'br',
];

/** Returns `html` with scripts, event handlers, `javascript:` links and unknown tags removed. */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'lang'],
    // `lang="id"` is not a URL: without this, Chromium's DOMPurify checks it against the URL
    // pattern below and drops it (jsdom happens to keep it), and quotes lose their language.
    ADD_URI_SAFE_ATTR: ['lang'],
    // A pasted summary must not carry data: or script URLs, only web links.
    ALLOWED_URI_REGEXP: /^https?:\/\//i,
  });
}
