/**
 * Page clutter lines that are never article prose (docs/republika-pages.md §3c, §4).
 * Each pattern tests a whole trimmed line, case-insensitively as with the `iu` flags
 * (caselessAscii: the patterns are ASCII, so they are compiled without Unicode case folding).
 */
import { caselessAscii, foldsToAscii } from '../engine/text/chars';

/**
 * Each pattern under the word every line it matches opens with: the patterns are anchored at the
 * start and their first word is followed by a non-letter, so a line is asked only the patterns of
 * its own first word (V8 compiles each regex on first use, twice, and most lines open with none).
 */
const CLUTTER_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['advertisement', /^advertisement$/i], // ad slot label
  ['berita', /^berita\s+(?:lainnya|terkait|terpopuler)$/i], // list headings
  ['baca', /^baca\s+juga\s*:?/i], // "Baca Juga" heading and inline related links
  ['baca', /^baca\s*:/i], // older inline related link
  ['baca', /^baca berita selengkapnya/i],
  // The English section's inline related link, its "Baca juga:" ("Read More: {title}").
  ['read also see', /^(?:read(?:\s+(?:more|also))?|also\s+read|see\s+also)\s*:/i],
  [
    'foto videography grafis infografis ilustrasi',
    /^(?:foto|videography|grafis|infografis|ilustrasi)\s*:/i,
  ], // credits
  // The English section's photo captions and credits (`Photo: Farmers harvest rice …`): a caption,
  // never anyone's `X: …` statement.
  ['photo photos caption', /^(?:photos?|caption)\s*:/i],
  ['rep red', /^(?:rep|red)\s*:/i], // byline
  ['sumber source', /^(?:sumber|source)\s*:/i], // wire credit at the end
  ['ikuti', /^ikuti\s+(?:whatsapp|kami|berita|serial|news)/i], // promo
  [
    'loading next previous pilihan kantor ikuti',
    /^(?:loading\.\.\.|next article|previous article|pilihan redaksi|kantor berita|ikuti kami)$/i,
  ],
  ['komik', /^komik si calus/i],
  ['laporan', /^laporan (?:wartawan|jurnalis) republika/i], // reporter line before the dateline
  ['oleh', /^oleh\s*:/i], // opinion byline
];

/**
 * Other outlets' closing and in-body lines (engine feature text.outletClutter), each under the first
 * word every line it matches opens with (as CLUTTER_PATTERNS), or the first character of a line
 * that opens with no letter: every paragraph asks them, and an article with none compiles none.
 */
const OUTLET_CLUTTER: readonly (readonly [readonly string[], RegExp])[] = [
  // Credit, tag and related-link labels: `Pewarta: …`, `Editor: …`, `Pilihan Editor: …`, `Tag: …`.
  [
    ['pewarta', 'editor', 'pilihan', 'penulis', 'reporter', 'penyunting', 'tag', 'tags'],
    /^(?:pewarta|editor|pilihan\s+editor|penulis|reporter|penyunting|tags?)\s*:/i,
  ],
  // The copyright line closing a wire story: `Copyright © ANTARA 2024`, `© 2024 …`, `(c) 2024`.
  [['copyright', '©', '('], /^(?:copyright\s*)?(?:©|\(c\)\s)/i],
  // The desk's initials closing a portal story: `(abc/def)`, `(abc/def/ghi)`.
  [['('], /^\([a-z]{2,6}(?:\/[a-z]{2,6})+\)$/i],
  // Newsletter and channel prompts: `Simak breaking news …`, `Dapatkan update berita …`.
  [
    ['simak', 'dapatkan'],
    /^(?:simak|dapatkan)\s+(?:breaking\s+news|update\s+berita|berita\s+pilihan|informasi)/i,
  ],
];

/** Promo tails, anchored at the end: asked of every line whose end could be one (endsLikeTail). */
const CLUTTER_TAIL = caselessAscii(/klik di\s*sini\.?$/i);

/**
 * False when `t` cannot end as CLUTTER_TAIL does (`sini` or `sini.` in any case, ſ read as s): the
 * regex is then not asked (nor compiled on an article that has no such line).
 */
function endsLikeTail(t: string): boolean {
  const end = t.endsWith('.') ? t.length - 1 : t.length;
  const tail = t.slice(Math.max(0, end - 4), end);
  return foldsToAscii(tail) || tail.toLowerCase() === 'sini';
}

/** Lines after which the rest of the page is list chrome, not the article. */
const END_OF_ARTICLE = /^(?:berita\s+(?:lainnya|terkait|terpopuler))$/i;

const clutter = CLUTTER_PATTERNS.map(([, pattern]) => caselessAscii(pattern));
const byOpening = new Map<string, ((s: string) => RegExp)[]>();
CLUTTER_PATTERNS.forEach(([words], k) => {
  for (const w of words.split(' ')) byOpening.set(w, [...(byOpening.get(w) ?? []), clutter[k]!]);
});
const endOfArticle = caselessAscii(END_OF_ARTICLE);
const outletByOpening = new Map<string, RegExp[]>();
for (const [words, pattern] of OUTLET_CLUTTER)
  for (const w of words) outletByOpening.set(w, [...(outletByOpening.get(w) ?? []), pattern]);
const outletClutter = OUTLET_CLUTTER.map(([, pattern]) => pattern);

/**
 * The line's leading ASCII letters, lowercased: its first word as the patterns spell it. A line
 * with ſ or K, which `iu` folds onto s and k, gets null (every pattern is asked).
 */
function opening(t: string): string | null {
  if (foldsToAscii(t)) return null;
  let i = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
  }
  return t.slice(0, i).toLowerCase();
}

/** True when a line is clutter. */
export function isClutterLine(line: string): boolean {
  const t = line.trim();
  const first = opening(t);
  const patterns = first === null ? clutter : (byOpening.get(first) ?? []);
  for (const pattern of patterns) if (pattern(t).test(t)) return true;
  return endsLikeTail(t) && CLUTTER_TAIL(t).test(t);
}

/**
 * A related-links label standing alone on its line (`Baca Juga:`, `Read also:`, `Also Read`): the
 * lines right after it are the linked headlines, whatever their case (English ones are written
 * in sentence case, which the headline shape does not catch).
 */
const LINK_LABEL = caselessAscii(
  /^(?:baca\s+juga|read\s+(?:also|more)|also\s+read|see\s+also)\s*:?$/i,
);

/** True when the trimmed line is a related-links label alone (LINK_LABEL). */
export function isLinkLabel(line: string): boolean {
  const t = line.trim();
  return t.length <= 16 && LINK_LABEL(t).test(t);
}

/** True when a line is one of another outlet's closing or in-body lines (OUTLET_CLUTTER). */
export function isOutletClutterLine(line: string): boolean {
  const t = line.trim();
  const first = opening(t);
  // A line opening with no letter is looked up by its first character (`©`, `(`).
  const key = first === '' ? t.charAt(0) : first;
  const patterns = key === null ? outletClutter : (outletByOpening.get(key) ?? []);
  return patterns.some(p => p.test(t));
}

/** True when a (trimmed) line ends the article: the related-list heading. */
export const isEndOfArticle = (line: string): boolean => {
  const first = opening(line);
  return (first === null || first === 'berita') && endOfArticle(line).test(line);
};
