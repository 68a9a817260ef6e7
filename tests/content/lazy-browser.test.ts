/**
 * utils/lazy-browser.ts, the detector's `wxt/browser` (aliased in wxt.config.ts): loading it reads
 * no extension global, since the first touch builds the API's bindings, a cost every page the
 * detector leaves alone would pay; the first read picks the API object as WXT does. The built
 * detector is checked in Chromium and Firefox by the e2e tests (it asks for the page code through it).
 */
import { afterEach, expect, test, vi } from 'vitest';

type Api = { runtime: { id?: string; sendMessage?: () => string } };

const saved = new Map<string, PropertyDescriptor | undefined>();

/** Installs `globalThis[name]` as a getter that counts its reads in `reads[name]`. */
function counted(globals: Record<'browser' | 'chrome', Api | undefined>) {
  const reads = { browser: 0, chrome: 0 };
  for (const name of ['browser', 'chrome'] as const) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => {
        reads[name]++;
        return globals[name];
      },
    });
  }
  return reads;
}

/** The module as a fresh script world loads it (its lookup is kept per load). */
async function load(): Promise<{ browser: Api }> {
  vi.resetModules();
  const { browser } = await import('../../utils/lazy-browser');
  return { browser: browser as unknown as Api };
}

afterEach(() => {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else delete (globalThis as Record<string, unknown>)[name];
  }
  saved.clear();
});

test('loading it touches no extension global; the first read takes `chrome` where `browser` is not the extension’s, once', async () => {
  const chrome: Api = { runtime: { id: 'ext', sendMessage: () => 'sent' } };
  const reads = counted({ browser: undefined, chrome });
  const { browser } = await load();
  expect(reads).toEqual({ browser: 0, chrome: 0 });
  expect(browser.runtime.sendMessage!()).toBe('sent');
  expect('runtime' in browser).toBe(true);
  expect(browser.runtime).toBe(chrome.runtime);
  expect(reads).toEqual({ browser: 1, chrome: 1 });
});

test('takes `browser` where it is the extension’s (Firefox)', async () => {
  const firefox: Api = { runtime: { id: 'ext' } };
  counted({ browser: firefox, chrome: { runtime: {} } });
  expect((await load()).browser.runtime).toBe(firefox.runtime);
});

test('awaiting it, or resolving a promise with it, reads its `then` but touches no extension global', async () => {
  const reads = counted({ browser: undefined, chrome: { runtime: { id: 'ext' } } });
  const { browser } = await load();
  expect(await browser).toBe(browser);
  expect(await Promise.resolve(browser)).toBe(browser);
  const handedOn = async () => browser;
  expect(await handedOn()).toBe(browser);
  expect(reads).toEqual({ browser: 0, chrome: 0 });
});
