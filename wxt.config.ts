import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildSync } from 'esbuild';
import { literalListsVite } from './scripts/lexicon/literal-lists';
import { PAGE_CODE_FILE } from './utils/page-code-file';
import { ARTICLE_PATH_MATCHES, REPUBLIKA_MATCHES } from './utils/republika-matches';

// One keyboard shortcut for both browsers: Chrome runs the action (which opens the side panel),
// Firefox toggles the sidebar directly.
const SHORTCUT = 'Alt+Shift+K';

/** WXT's content-script context, and ours that replaces it in content scripts (see the hook). */
const WXT_CONTEXT = /^wxt\/utils\/content-script-context$/;
const QUIET_CONTEXT = fileURLToPath(new URL('./utils/quiet-context.ts', import.meta.url));
/** The content scripts built without webextension-polyfill (see the hook). */
const WITHOUT_POLYFILL = new Set(['article-page', 'article-follow']);

/** What the manifest starts at an article address, and its source (see the file). */
const START_SCRIPT_FILE = 'content-scripts/article-start.js';
const START_SCRIPT = fileURLToPath(new URL('./utils/article-start.ts', import.meta.url));
/** What the manifest starts on every other Republika page, the detector, and its source. */
const DETECTOR_FILE = 'content-scripts/article.js';
const DETECTOR = fileURLToPath(new URL('./utils/article-detector.ts', import.meta.url));
/** The detector's `browser`: the same object, looked up on first use (see the file). */
const LAZY_BROWSER = fileURLToPath(new URL('./utils/lazy-browser.ts', import.meta.url));

/**
 * A script the manifest starts, bundled on its own, minified: the whole script, with no WXT entry
 * around it (its context, logger and async start would be compiled and run on every page load it
 * starts on). utils/article-start.ts at an article address, utils/article-detector.ts elsewhere
 * (with `wxt/browser` looked up on first use, utils/lazy-browser.ts).
 */
function plainScript(entry: string): string {
  const { outputFiles } = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    legalComments: 'none',
    target: 'es2022',
    alias: { 'wxt/browser': LAZY_BROWSER },
    write: false,
  });
  return outputFiles[0]!.text;
}
/**
 * V8's explicit compile hint (Chromium 136+; a plain comment elsewhere): every function of the
 * page code is compiled with the script in one pass, instead of pre-parsed and then parsed again
 * at its first call. An article load runs most of them: side by side over 16 cold loads, our
 * added ScriptDuration went from 9.8 to 6.8 ms and TaskDuration from 28.9 to 25.0 ms
 * (seed-article; current-design 11.4 → 7.9 and 33.6 → 32.5). The detector stays lazy: on pages
 * we leave alone most of its functions never run.
 *
 * Where it goes, by Chromium's trace (bench:page-trace, 8 traced cold loads each, with and without
 * the hint side by side): the eager compile costs more (v8.compile 12.1 ms against 4.7 on
 * seed-article, 11.8 against 4.0 on real-2024-markup), and the run and the promise continuations
 * cost less (9.9 + 9.1 against 13.6 + 21.7; 10.3 + 6.2 against 13.0 + 14.6), since a function
 * compiled lazily is parsed twice: net 31.1 against 40.0 ms and 28.3 against 31.6. So the hint
 * stays on real-2024-markup too, where whole-load sums (its own scripts are 210 ms) only looked
 * worse. Only the marking bundle (`article-page`) carries it: what only a reader's action runs
 * (tooltips, next / previous quote, the quote in view) is the separate `article-follow` bundle
 * (entrypoints/article.content/handover.ts), injected on first use and compiled lazily.
 *
 * Not the background: Chromium already compiles an installed service worker's script eagerly
 * (every function) and starts it from that full code cache, so the hint changes nothing there.
 * Measured side by side (bench:worker-trace, 6 worker starts each): the same 669,480 B code cache
 * with and without it, worker start 12.3 against 12.2 ms, first analysis within the run's noise.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Puts `COMPILE_HINT` at the top of each bundle the build writes: here, after minifying, which
 * would drop it as a comment. Not in a build with source maps (`wxt dev`'s inline ones): by now
 * the map is written, and a line on top would put every mapping one line off; the shipped build
 * has none.
 */
function compileHint(): Plugin {
  return {
    name: 'kata-siapa:compile-hint',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && !file.map) file.code = `${COMPILE_HINT}\n${file.code}`;
      }
    },
  };
}
// Next / previous quote in the article (utils/quote-commands.ts). Chrome allows four suggested
// keys per extension; these are the second and third. Readers change them in
// chrome://extensions/shortcuts or Firefox's "Manage Extension Shortcuts".
const QUOTE_SHORTCUTS = {
  'next-quote': {
    suggested_key: { default: 'Alt+Shift+J' },
    description: '__MSG_commandNextQuote__',
  },
  'previous-quote': {
    suggested_key: { default: 'Alt+Shift+L' },
    description: '__MSG_commandPreviousQuote__',
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // core/ must stay free of ambient globals; every file imports what it uses.
  imports: false,
  // The engine's constant word lists ship as string constants (scripts/lexicon/literal-lists.ts).
  vite: () => ({ plugins: [preact(), literalListsVite()] }),
  hooks: {
    // The scripts the manifest starts (at an article address, and elsewhere the detector),
    // written next to WXT's own.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: START_SCRIPT_FILE, contents: plainScript(START_SCRIPT) });
      files.push({ relativeDest: DETECTOR_FILE, contents: plainScript(DETECTOR) });
    },
    // The content scripts WXT builds (the page code's two bundles, entrypoints/article-page.content
    // and article-follow.content, on articles; the detector is a plain bundle, above) are built
    // without webextension-polyfill, which alone is 10 KB, more than the whole detector, and which every
    // page load would parse and set up again: they use only promise-returning calls (sendMessage,
    // storage, i18n) and onMessage with sendResponse, native and alike in Chrome and Firefox MV3,
    // so `browser` there is WXT's plain one (the browser's own API object).
    //
    // Every content script runs with utils/quiet-context.ts instead of WXT's context, which
    // announces the script to the page with a CustomEvent and lets the page switch it off by
    // replaying that event (issue 7; see the file).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]!.type !== 'content-script') return;
      // Aliases as a list (first match wins): ours first, and the page code without the polyfill's.
      const given = config.resolve?.alias ?? [];
      const aliases = Array.isArray(given)
        ? [...given]
        : Object.entries(given).map(([find, replacement]) => ({ find, replacement }));
      const name = entrypoints[0]!.name;
      const kept = WITHOUT_POLYFILL.has(name)
        ? aliases.filter(entry => entry.find !== 'wxt/browser')
        : aliases;
      config.resolve = {
        ...config.resolve,
        alias: [{ find: WXT_CONTEXT, replacement: QUIET_CONTEXT }, ...kept],
      };
      if (name === 'article-page') config.plugins = [...(config.plugins ?? []), compileHint()];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // Least privilege: no `tabs` (the panel needs tab ids and load events, not URLs or titles of
    // other sites); host access to Republika only, which is also what the content script runs on.
    // `scripting` (no install warning of its own) injects the page code on article pages only.
    permissions: ['storage', 'scripting'],
    host_permissions: ['*://*.republika.co.id/*', '*://republika.co.id/*'],
    // The page code, imported as a module by what the manifest starts at an article address
    // (utils/article-start.ts): Chromium compiles such a module off the page's main
    // thread, then from its code cache, where a content script is compiled on it on every load.
    // Chromium: only at a URL that changes every session (`use_dynamic_url`), which runtime.getURL
    // returns, so a page cannot probe a fixed address to learn that the extension is installed.
    // Firefox already gives each install its own random extension origin.
    web_accessible_resources: [
      {
        resources: [PAGE_CODE_FILE.slice(1)],
        matches: REPUBLIKA_MATCHES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // At an article address the page code starts at once (utils/article-start.ts); the detector
    // (utils/article-detector.ts) runs everywhere else on Republika.
    content_scripts: [
      { matches: ARTICLE_PATH_MATCHES, js: [START_SCRIPT_FILE], run_at: 'document_idle' },
      {
        matches: REPUBLIKA_MATCHES,
        exclude_matches: ARTICLE_PATH_MATCHES,
        js: [DETECTOR_FILE],
        run_at: 'document_idle',
      },
    ],
    action: { default_title: '__MSG_actionTitle__' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: SHORTCUT },
              description: '__MSG_commandToggle__',
            },
            ...QUOTE_SHORTCUTS,
          }
        : {
            _execute_action: {
              suggested_key: { default: SHORTCUT },
              description: '__MSG_commandToggle__',
            },
            ...QUOTE_SHORTCUTS,
          },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'kata-siapa@kata-siapa.example',
          // data_collection_permissions (the "collects nothing" declaration) needs Firefox 140.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android only reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
