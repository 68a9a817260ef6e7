/**
 * What the manifest starts on every Republika page but an article address, as
 * content-scripts/article.js: the detector (entrypoints/article.content/detector.ts), and nothing
 * else.
 *
 * Why not a WXT content-script entrypoint (which it was): on most pages it runs on, the detector
 * only compares the address, so the page pays mostly for what runs around it. WXT wraps an
 * entrypoint in its context (an AbortController), its logger and an async start, none of which
 * the detector uses; and the first touch of each DOM interface in a fresh isolated world
 * (`performance`, the window's and the document's events, …) sets it up there. Measured piece by
 * piece on the non-article fixture (CDP ScriptDuration, 16 cold loads round-robin): the module's
 * top level 0.9 ms, the address test 0.4, `performance.now()` 0.3, following the address with
 * five listeners 0.9, WXT's wrapper 0.3–0.5. Now: no wrapper, no `performance` until an article
 * address needs it (detector.ts), one listener where the Navigation API is (follow-address.ts).
 * bench:page, 20 cold loads, side by side: added ScriptDuration 2.3 → 1.5 ms (paired −0.8
 * [−1.2, −0.6]). wxt.config.ts bundles it on its own, like utils/article-start.ts.
 */
import { startDetector } from '../entrypoints/article.content/detector';

startDetector();
