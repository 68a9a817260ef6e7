import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The engine's tests. core/engine and core/lexicon are pure and run in Node, so their tests run
 * there: no DOM to lean on, and no document built per file. Reading an article out of a page
 * (tests/core/article) takes a document, as the content script has, and runs with the page's
 * tests; the sanitizer's test (tests/core/sanitize.test.ts) asks for jsdom itself in its first line.
 */
const ENGINE_TESTS = 'tests/core/*.test.ts';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Some cases feed the engine large inputs (a 400-sentence line, 100,000 quote marks) to check
    // what it finds, not how fast: on a busy 2-core machine they can pass Vitest's 5 s default.
    // Speed is the benchmarks' business (`npm run bench`), never a test's.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: [ENGINE_TESTS],
          // One module graph for all engine test files instead of a fresh one per file: the engine
          // is pure, has no mocks, and every feature switch a test turns off is turned back on by
          // withFeaturesOff, so files cannot see each other. Loading the engine ~300 times was most
          // of the suite's cost: 60 files took 72 s of CPU isolated, 8 s shared.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'page',
          // jsdom, not happy-dom: DOMPurify is unsafe under happy-dom (cure53/DOMPurify#1457).
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [ENGINE_TESTS],
        },
      },
    ],
  },
});
