import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // jsdom, not happy-dom: DOMPurify is unsafe under happy-dom (cure53/DOMPurify#1457).
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
  },
});
