/**
 * Every CSS selector the page side uses, as commented data in one place. Sources are the short
 * names of docs/republika-pages.md ([DRZ] hand-made fixture of the 2026 design, [ABP] ABPindo and
 * [ABID] AdBlockID filter lists, [OLD18]/[OLD19]/[OLD21] scrapers of the older design, …).
 *
 * When Republika changes its markup, this file (plus a new fixture page) is what changes.
 */

/** Article bodies, most specific first; the FIRST match in document order is the article. */
export const BODY_SELECTORS: readonly string[] = [
  'div.article-content article', // Current design, 2023–2026 [DRZ][PW][SEN][SUM]
  'div.artikel', // Older design, ~2016–2021: .set_conten_detail … .teaser_detail > .artikel [OLD18][OLD19]
  '[itemprop="articleBody"]', // Schema.org microdata fallback named by scrapers [PW][SUM]
  'html[amp] article', // AMP: no selector is known (§2d, L); AMP pages wrap the story in <article>
  'html[⚡] article', // AMP documents may spell the flag as the lightning attribute
];

/** Elements read as paragraphs inside the body. `ol`/`ul` are read through their `li`s [PW]. */
export const PARAGRAPH_SELECTOR = 'p, li, blockquote, h2, h3, h4';

/**
 * Parts of the body that are never article text: captions, credits, embeds, page furniture.
 * Paragraph-like elements inside these are skipped (but not hidden: a caption is content).
 */
export const NOT_TEXT_SELECTORS: readonly string[] = [
  'figure', // Photo with its caption [DRZ]
  'figcaption', // .detail__media-caption with .source-img "Foto: …" [DRZ]
  'header', // AMP header: headline, standfirst, credit, "Red: …" (our AMP fixture, §2d order)
  'script',
  'style',
  'noscript',
  'template',
  'iframe', // Embeds (video players, social posts) carry no article prose
];

/**
 * Where the endless next-article feed starts. Everything inside or after the first match within
 * the body belongs to OTHER articles appended by `/berita/serial/next` (§5, [DRZ]).
 */
export const FEED_BOUNDARY_SELECTORS: readonly string[] = [
  'div.artikel-content', // Empty container right before the feed [DRZ]
  '#next-article', // div#next-article[data-max-pages][data-id]: the feed root [DRZ]
  '#scroll-trigger', // Sentinel that makes the page fetch the next article [DRZ]
];

/**
 * Bodies of the articles the feed appends, looked for inside the feed only (core/article/feed.ts).
 * The appended markup is unconfirmed (§6.3); [DRZ] presumes the same template as the page's own.
 */
export const FEED_ARTICLE_SELECTORS: readonly string[] = [
  'div.article-content article', // Same template as the page's own body [DRZ, presumed]
  'article', // Any other article element appended to the feed
];

/** Headings that title an appended article: the last one before its body. */
export const FEED_HEADLINE_SELECTOR = 'h1, h2';

/** Headline, most specific first. JSON-LD `headline` and `og:title` are the fallbacks. */
export const TITLE_SELECTORS: readonly string[] = [
  '.max-card__title h1', // Current design [DRZ][SEN][KWS][SUM]
  '.wrap_detail_set h1', // Older design: div.wrap_detail > div.wrap_detail_set > h1 [OLD18][OLD19]
  'html[amp] article h1', // AMP (our fixture; order per §2d)
  'html[⚡] article h1',
];

/** Printed date lines; JSON-LD `datePublished` is preferred when present. */
export const DATE_SELECTORS: readonly string[] = [
  'div.date.date-item__headline', // "Jumat   24 Jul 2026  16:32 WIB" [DRZ][SEN]
  'div.date_detail > p', // Older design: "Senin 13 Agustus 2018 19:43 WIB" [OLD18]
  'html[amp] article time', // AMP (our fixture)
  'html[⚡] article time',
];

/** Candidates for the "Rep: …/ Red: …" line; the text must start with Rep:/Red: to count. */
export const BYLINE_SELECTORS: readonly string[] = [
  '.max-card__title > div', // The child div with an empty class [DRZ][KWS]
  'div.by > span > p', // Older design [OLD18]
  'div.by', // `tv.` template [SUB]
  'html[amp] article header p', // AMP: a lone "Red: …" line (§2d, [PG])
  'html[⚡] article header p',
];

/**
 * Hosts whose pages are ads when framed in an article. Republika puts such a frame in the same
 * wrapper as its editorial YouTube videos (`div.iframe-container > div#player > iframe`, followed
 * by a `<!-- RECREATIVE -->` comment; real 2024 markup), so ads are told by the frame's source,
 * never by the wrapper.
 */
export const AD_FRAME_HOSTS: readonly string[] = [
  'rcvlink.com', // go.rcvlink.com: the "RECREATIVE" in-article ad network (real 2024 markup)
];

/**
 * For each ad host: the wrapper holding its frame (so no empty 16:9 box is left), and the frame
 * itself (browsers without `:has()`, Firefox 115).
 */
function adFrames(): string[] {
  return AD_FRAME_HOSTS.flatMap(host => [
    `div.iframe-container:has(> div#player > iframe[src*="${host}"])`,
    `iframe[src*="${host}"]`,
  ]);
}

/**
 * Ad slots and page chrome, searched in the whole document. Hidden with `display:none`, never
 * removed, so that showing them again restores the page.
 */
export const AD_SELECTORS: readonly string[] = [
  '[id^="div-gpt-ad"]', // Google Publisher Tag slots [DRZ]; ABID hid them with :upward(1)
  '[id^="bn_"]', // Third-party widget slot plus its script [DRZ]
  'ins.adsbygoogle', // AdSense [DRZ]
  'iframe[id^="google_ads_iframe"]', // GPT renders into these when the slot has no wrapper
  'iframe[src*="doubleclick.net"]', // Ad iframes placed outside a slot
  ...adFrames(),
  '.ads', // ABP + ABID, republika since 2023-03-14
  '.ads-120__left', // ABP 2023-03-14
  '.ads-120__right', // ABP 2023-03-14
  '.ads-160', // ABP 2013
  '.ads-160-600', // ABP 2013
  '.ads-300-video', // ABP 2013 (video ad box)
  '.ads_160x600', // ABP 2023-03-14
  '.ads_970x250', // ABP 2023-03-14
  '.set-ads-468', // ABP 2013
  '.wrapper-replay:has(> a > img[data-original*="/files/ads/"])', // In-house banner [ABID #1743]
  '.wrapper-replay:has(> a > img[src*="/files/ads/"])', // Same banner once lazy-loading swapped src
  '.parallax', // "Scroll to read" parallax ad [ABP PR #901][ABID]
  '.parallax__container', // Its inner container [ABP][ABID]
  '.scrollToRead', // Its "Scroll to read" bar [ABP][ABID]
  '#inscroll-banner', // In-scroll banner [ABID]
  '#inscroll-banner-home', // Home variant [ABP PR #937][ABID]
  '.mobile-billboard', // Mobile billboard [ABID]
  'amp-ad', // AMP ad component (AMP pages, §1 /amp/{code})
  'amp-sticky-ad', // AMP sticky ad bar
  '.dailymotion-player-root', // Autoplay video ad player inside the article [ABID 2023]
  '.share', // Floating share bar [ABP annoyances 2025-06-13]
  '.vuukle-powerbar-x.share-fixed', // Vuukle share/comment bar [ABID issue #1728]
  '.show.fade.modal', // Bootstrap popup [ABP annoyances]
  '.modal-backdrop.show', // Its backdrop [ABP annoyances]
  '.popup', // Old popup [ABID]
  'a[style="width: 100%; height: 100%; display: block; position: fixed; z-index: 1"]', // Page-skin click-through [ABP 2011]
];

/**
 * The centred wrapper of a GPT slot (`div[style*="text-align:center"] > div#div-gpt-ad-…`):
 * hidden with its slot, so no empty gap is left in the article ([DRZ]; ABID's `:upward(1)`).
 * Real 2024 bodies write it with spaces, `style="width: 100%; text-align: center;"`, which this
 * (any `text-align`) matches too.
 */
export const AD_WRAPPER_SELECTOR = 'div[style*="text-align"]';

/**
 * Related-reading blocks: not ads, but not the article. The next-article feed's scaffolding
 * (`#next-article`, `#scroll-trigger`, `#loading`) is deliberately NOT here: the page's own script
 * watches the sentinel to load the next story, and hiding it would break the page. The feed is
 * kept out of the analysis instead (FEED_BOUNDARY_SELECTORS).
 */
export const CLUTTER_SELECTORS: readonly string[] = [
  'div.picked-article', // Inline "Baca Juga" block: .title > span + ul > li > a [DRZ][PW]; real 2024 bodies also hold empty ones
  '.footnote-wrap', // Footnote under the body [DRZ]
];

/** Elements that may be a lone clutter label ("Advertisement", "Baca Juga", "Berita Lainnya"). */
export const LABEL_CANDIDATE_SELECTOR = 'div, p, span, h2, h3, h4, h5, small, strong';

/** Lists that a "Berita Lainnya"/"Berita Terpopuler" label introduces. */
export const RELATED_LIST_SELECTOR = 'ul, ol';
