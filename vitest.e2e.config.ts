import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the built web app in headless Chromium against a real server (see test/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/seeded-data.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
