/**
 * `wxt/browser` for the detector's build (wxt.config.ts aliases it here): the browser's own API
 * object, as WXT's plain module gives it, but looked up on first use instead of when the script
 * loads. In a fresh content-script world the first touch of `chrome` (or `browser`) builds the
 * extension bindings, which costs more than the rest of the detector on a page it leaves alone
 * (about 1 ms of CPU per page load, measured with bench:page); a page that is not an article
 * never touches them.
 */
import type { browser as plainBrowser } from 'wxt/browser';

type Browser = typeof plainBrowser;
type Globals = { browser?: Browser; chrome?: Browser };

let api: Browser | undefined;

/** WXT's choice: `browser` where it is the extension's (Firefox), else `chrome`. */
function lookUp(): Browser {
  const globals = globalThis as unknown as Globals;
  api ??= globals.browser?.runtime?.id ? globals.browser : globals.chrome!;
  return api;
}

/**
 * Reads go to the API object, found at the first read; except `then`, which the API object never
 * has: `await`ing the proxy, or resolving a promise with it (an async function that returns it),
 * reads `then` to see whether it is a promise, and that question must not build the bindings.
 */
export const browser: Browser = new Proxy({} as Browser, {
  get: (_, key) => (key === 'then' ? undefined : Reflect.get(lookUp(), key)),
  has: (_, key) => Reflect.has(lookUp(), key),
});
