import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // jsdom, not happy-dom: DOMPurify is unsafe under happy-dom (cure53/DOMPurify#1457).
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    // Some cases feed the engine large inputs (a 400-sentence line, 100,000 quote marks) to check
    // what it finds, not how fast: on a busy 2-core machine they can pass Vitest's 5 s default.
    // Speed is the benchmarks' business (`npm run bench`), never a test's.
    testTimeout: 30_000,
  },
});
