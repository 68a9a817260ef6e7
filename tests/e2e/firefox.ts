/**
 * Debian's Firefox ESR with the built Firefox MV3 extension installed as a temporary add-on,
 * driven by puppeteer-core over WebDriver BiDi (no browser download). The Chromium counterpart is
 * tests/e2e/browser.ts; what both share (paths, Republika's hosts) is in tests/e2e/environment.ts.
 *
 * BiDi reaches pages only: it refuses to navigate to moz-extension:// pages and cannot evaluate
 * in the background script (docs/wxt-platform.md §9), so Firefox tests read the page's DOM.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BROWSER_PATHS, REPUBLIKA_HOSTS, buildDir } from './environment';

/** The Firefox build `wxt build -b firefox --mv3` writes. */
export const FIREFOX_EXTENSION_DIR = buildDir('firefox-mv3');

/** Where Firefox is expected; `FIREFOX_PATH` overrides it. */
export const FIREFOX_PATH = BROWSER_PATHS.firefox;

/**
 * Firefox's own background traffic, off: the machine has no network, and a refused update or
 * telemetry request must not be confused with anything the extension does.
 */
const QUIET_PREFS: Record<string, boolean | string | number> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.update': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'services.settings.server': '',
};

/** A Firefox with the extension installed, and the add-on id Firefox reported. */
export interface FirefoxExtensionBrowser {
  browser: Browser;
  extensionId: string;
}

/**
 * Launches Firefox with the extension at `extensionDir`, every name in `hosts` resolved to
 * 127.0.0.1 (`network.dns.localDomains` takes exact names, no wildcards), so
 * `http://www.republika.co.id:PORT/…` reaches the fixture server and the manifest's real match
 * patterns decide where the content script runs.
 */
export async function launchFirefoxWithExtension({
  extensionDir = FIREFOX_EXTENSION_DIR,
  headless = true,
  hosts = REPUBLIKA_HOSTS,
} = {}): Promise<FirefoxExtensionBrowser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No extension build at ${extensionDir}: run \`npx wxt build -b firefox --mv3\` first.`,
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    extraPrefsFirefox: { ...QUIET_PREFS, 'network.dns.localDomains': hosts.join(',') },
  });
  try {
    // A temporary add-on, as `about:debugging` would install it (WebDriver BiDi webExtension.install).
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
