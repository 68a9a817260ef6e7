/**
 * Which URLs are Republika article pages. Pure string work: no DOM, no network.
 *
 * Patterns come from docs/republika-pages.md §1. Anything that is not one of these forms (home,
 * /indeks, /index/…, /kanal/…, /tag/…, /page/penulis/…, /search/…, /rss…) is not an article.
 */

/**
 * An article code: 6–14 lowercase letters and digits with at least one digit (`t14kmj366`,
 * `nyclnl328`, `m2evsv`). Requiring a digit keeps kanal words such as `ekonomi` from passing for a
 * code in paths like `/berita/ekonomi/keuangan`; every code seen in the sources has one.
 */
const CODE = '(?=[a-z]*[0-9])[a-z0-9]{6,14}';

/** A slug: lowercase words joined by hyphens (a trailing `-part2` for ≤2021 multi-part pieces). */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Path patterns of article pages, each with the era and source it comes from. */
export const ARTICLE_PATH_PATTERNS: readonly RegExp[] = [
  // Current design and re-served old articles: /berita/{code}/{slug} [DRZ][PG]. The doubled slash
  // `/berita//{code}/…` was seen live in 2026 [DRZ].
  new RegExp(`^/berita//?${CODE}/${SLUG}/?$`),
  // Legacy (≤2018): /berita/{kanal}/{subkanal}/{yy}/{mm}/{dd}/{code}-{slug} (GitHub link lists).
  new RegExp(`^/berita/[a-z0-9-]+/[a-z0-9-]+/\\d{2}/\\d{2}/\\d{2}/${CODE}-${SLUG}/?$`),
  // AMP (2019–2021): /amp/{code} and /amp/{code}/{slug} [PG].
  new RegExp(`^/amp/${CODE}(?:/${SLUG})?/?$`),
];

/** The start every article path pattern above requires. */
const ARTICLE_PATH_PREFIXES = ['/berita/', '/amp/'];

/** True for `republika.co.id` and any of its subdomains (`www.`, `news.`, `m.`, `fbeta.`…). */
export function isRepublikaHost(hostname: string): boolean {
  // No regular expression for the trailing dot: every Republika page runs this, and a regex is
  // compiled on its first use in each page load's fresh script world.
  const lower = hostname.toLowerCase();
  const host = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return host === 'republika.co.id' || host.endsWith('.republika.co.id');
}

/**
 * Is `url` a Republika article page? Accepts http and https, any port (the e2e tests serve
 * fixtures at `http://www.republika.co.id:PORT/…`), and ignores the query and hash.
 */
export function isArticleUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return isArticleAddress(parsed);
}

/** The parts of an address the article test reads: a parsed URL's, or the page's `location`. */
export type AddressParts = Pick<URL, 'protocol' | 'hostname' | 'pathname'>;

/**
 * `isArticleUrl` for an address already split into its parts. The page code and the detector test
 * the page's own address as `location` gives it (the same parser's parts): parsing `location.href`
 * again built the world's first `URL` object on every Republika page load, about 0.3 ms of the
 * page's main thread in a fresh content-script world, for parts `location` already holds.
 */
export function isArticleAddress({ protocol, hostname, pathname }: AddressParts): boolean {
  if (protocol !== 'http:' && protocol !== 'https:') return false;
  if (!isRepublikaHost(hostname)) return false;
  const path = pathname.toLowerCase();
  // Every pattern starts with one of these: most pages that are not articles stop here, before
  // the regexes (compiled on first use, which the detector pays on every Republika page).
  if (!ARTICLE_PATH_PREFIXES.some(prefix => path.startsWith(prefix))) return false;
  return ARTICLE_PATH_PATTERNS.some(pattern => pattern.test(path));
}
