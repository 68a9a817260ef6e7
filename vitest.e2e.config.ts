import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in real Chromium and Firefox ESR (`npm run test:e2e`). Separate from the unit
 * config, whose include (`tests/**\/*.test.{ts,tsx}`) never matches `*.e2e.ts`.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: files share the machine's CPU and the extension builds.
    pool: 'forks',
    fileParallelism: false,
  },
});
