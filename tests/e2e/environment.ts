/**
 * What the browser launchers share (tests/e2e/browser.ts for Chromium, tests/e2e/firefox.ts for
 * Firefox): where the builds and the browsers are, which hosts are Republika's, and which URLs
 * stay on the machine. Data only; each launcher turns it into its browser's flags or prefs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `wxt build` writes: `.output/<target>` (e.g. `chrome-mv3`, `firefox-mv3`). */
export const OUTPUT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../.output',
);

/** The build `wxt build` writes for `target`. */
export const buildDir = (target: 'chrome-mv3' | 'firefox-mv3') => path.join(OUTPUT_DIR, target);

/** The Debian browsers the tests drive; the environment variables override them. */
export const BROWSER_PATHS = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/** Republika's domain: the content script's match patterns are it and its subdomains. */
export const REPUBLIKA_DOMAIN = 'republika.co.id';

/** The Republika hosts the fixtures use, for browsers that map names one by one (Firefox). */
export const REPUBLIKA_HOSTS = [REPUBLIKA_DOMAIN, `www.${REPUBLIKA_DOMAIN}`];

/** True for Republika's domain and its subdomains, which the launchers map to 127.0.0.1. */
export const isRepublikaHost = (hostname: string) =>
  hostname === REPUBLIKA_DOMAIN || hostname.endsWith(`.${REPUBLIKA_DOMAIN}`);

/**
 * True for URLs that cannot leave the machine: extension and inline URLs, 127.0.0.1, and
 * Republika hosts (mapped to 127.0.0.1 by the launchers).
 */
export function isLocalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'].includes(protocol)) {
    return true;
  }
  return hostname === '127.0.0.1' || isRepublikaHost(hostname);
}
