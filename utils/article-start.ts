/**
 * What the manifest starts at an article address (`ARTICLE_PATH_MATCHES`), as
 * content-scripts/article-start.js: it imports the page code (content-scripts/article-page.js,
 * entrypoints/article-page.content) as a module, into this same isolated world, where it runs as
 * it would have run started by the manifest itself.
 *
 * Why a module and not the page code itself in the manifest: Chromium compiles a content script
 * on the page's main thread on every load, never from a cache (about 4 ms for the page code, the
 * largest part of what an article load costs us, bench:page-trace), while a module an extension
 * page or content script imports is compiled off the main thread (under 1 ms of main-thread
 * work; see below for what the import itself costs). The page code's file is a web-accessible
 * resource on Republika hosts for this (wxt.config.ts); its code does not depend on how it came
 * (the background still injects the same file as a plain script where the detector found an
 * article, utils/page-code.ts).
 *
 * Why not a WXT content-script entrypoint: a content script is compiled and run on every article
 * load, and WXT wraps one in its context, its logger and an async start, none of which this
 * script uses. This file alone is the script (wxt.config.ts bundles it on its own): side by side
 * over 12 traced cold loads (bench:page-trace), compiling and running it took 0.17 + 1.11 ms of
 * the page's main thread against 0.37 + 1.48 ms as a WXT entrypoint (current-design; seed-article
 * 0.16 + 1.17 against 0.37 + 1.48).
 *
 * Tried in this script's place and dropped (both cost the page more; numbers from the shared 2-core
 * machine under load, against a build of the same main):
 * - A head start: this script deciding and reading the page within one 8 ms slice, sending the
 *   text to the background before the import and leaving the read, the pending answer and the
 *   relayed changes for the page code in a symbol of this world, so the engine works while the
 *   module loads. The reading code (8.2 kB here) then runs as a classic content script, compiled
 *   on the main thread on every load: this task took 10.2–14.8 ms CPU (bench:page-tasks, 5 loads)
 *   against 3.3–5.3. bench:page paired ours − base, 12 rounds: ScriptDuration +3.8 [2.5, 4.5] ms
 *   seed-article, +4.1 [3.6, 5.6] current-design, +4.2 [3.5, 4.7] older-design; TaskDuration
 *   +2.8, +8.6, +2.3; "to marks" CPU 31.8 → 43.7, 28.2 → 45.1, 28.7 → 39.0 ms. Nor did the
 *   marks come sooner: self-timed script start to marks 113 → 411, 147 → 388, 97 → 380 ms, the
 *   module's fetch and parse slower with the engine working beside them on two cores.
 * - The page code injected by the background as a classic script (this script sending
 *   `articleDetected`, as the detector does; `scripting.executeScript({ files })`, no new
 *   permission): this task fell to 2.0–2.1 ms, but the injected file is compiled on the main
 *   thread on every load, from no cache, eagerly (wxt.config.ts's compile hint): v8.compile
 *   13.9–18.0 ms in a task of 23.5–27.1 ms (bench:page-tasks, 4 loads; the module's compile task
 *   is 0.5–0.8 ms and its evaluation about 7); "to marks" 35.8–51.6 against 30.8–35.9 ms.
 *
 * What this start costs now (bench:page-tasks, seed-article, traced cold loads on the shared 2-core
 * machine; wall times read with performance.now() in a copy of this script):
 * - its one task, 3.3–5.3 ms CPU: `browser.runtime` 1.1–3.4 ms (the API binding built on first
 *   use; the page code's messaging needs the same object, so it is paid here instead of there) and
 *   the `import()` call itself 1.7–4.8 ms, synchronous;
 * - the fetch: the per-session URL (`use_dynamic_url`) is redirected to the extension's own, a
 *   browser round trip and a URLLoaderClient task of 0.6–1.0 ms CPU, then the response's task,
 *   1.4–1.75 ms; importing the extension's own URL directly is refused (tried: "Failed to fetch
 *   dynamically imported module"), so the redirect stays with the per-session URL;
 * - the module is streamed and parsed off the main thread on every load (v8.parseOnBackground), not
 *   read from a code cache: the cache Chromium makes after each evaluation (v8.produceModuleCache,
 *   0.1–0.2 ms CPU in a task of its own) was not used by the next load in any trace; its compile
 *   task on the main thread is 0.7–0.9 ms.
 * From this start to the page code's first line took 125–690 ms of wall time there, in which the
 * page's own tasks run (about 6 ms CPU in 15–30 tasks on seed-article), counted in bench:page's
 * "to marks" sum.
 *
 * Nothing is announced to the page and nothing listens to it: the script asks the background to set
 * the engine up (`engineWarmUp`, core/warm-up.ts), then imports.
 */
import type { EngineWarmUp } from '../core/protocol';
import { PAGE_CODE_FILE } from './page-code-file';

/** As much of the extension API as this script uses. */
interface Api {
  runtime?: {
    id?: string;
    getURL(path: string): string;
    sendMessage?(message: EngineWarmUp): Promise<unknown> | undefined;
  };
}

// WXT's pick of the API object (wxt/browser): `browser` where it is the extension's, else `chrome`.
const world = globalThis as { browser?: Api; chrome?: Api };
const api = world.browser?.runtime?.id ? world.browser : world.chrome;

// First, wake the background and have it set the engine up while the page and the page code load
// (core/warm-up.ts): the article's analysis then runs on compiled code. No answer comes; a refusal
// (no background listening yet, as right after an update) changes nothing, and neither does a
// throw (a context the extension's update invalidated): the import below must still run.
const warmUp: EngineWarmUp = { type: 'engineWarmUp' };
try {
  api?.runtime?.sendMessage?.(warmUp)?.catch(() => undefined);
} catch {
  // nothing to do: the analysis then starts cold, as before the warm-up existed
}

// The one module we import: our own file, by the extension's URL for a constant path (no page
// input reaches it).
// eslint-disable-next-line no-unsanitized/method
import(/* @vite-ignore */ api!.runtime!.getURL(PAGE_CODE_FILE)).catch((error: unknown) => {
  console.debug('[kata-siapa] the page code did not load', error);
});
