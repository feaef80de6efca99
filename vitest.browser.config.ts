import { defineConfig } from 'vitest/config';

// Browser tests: the real server in-process, the built web app (npm run test:browser builds it first),
// Debian's Chromium through playwright-core, axe on every page. One file at a time: each starts a browser.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
