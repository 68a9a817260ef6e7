import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in real Chromium (`npm run test:e2e`). Separate from the unit config, whose
 * include (`tests/**\/*.test.{ts,tsx}`) never matches `*.e2e.ts`.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: files share the machine's CPU and the extension build.
    pool: 'forks',
    fileParallelism: false,
  },
});
