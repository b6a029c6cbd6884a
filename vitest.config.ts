import { defineConfig } from 'vitest/config';

// `npm test`: pure rules beside their code (src/**), the web app's area list (web/src/**) and API tests (test/**)
// on PGlite, or on the PostgreSQL server named by DATABASE_URL. Browser tests are separate: `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
