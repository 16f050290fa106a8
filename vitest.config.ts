import { defineConfig } from 'vitest/config';

// The file suffix picks the project, so a test's label cannot lie about what it touches:
//   *.test.ts       pure and fast (no database, no sockets)
//   *.db.test.ts    against Postgres (PGlite by default, the real server when DATABASE_URL is set)
//   *.http.test.ts  against a listening server
//   *.tf.test.ts    the real terraform binary driving terraform-provider-ff against a listening server
const ignore = ['**/node_modules/**', '**/dist/**'];

// .ci/run asks for a JSON report so it can sum totals across its runs; `npm test` stays the same command.
const report = process.env.FF_TEST_REPORT;

export default defineConfig({
  test: {
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...ignore, '**/*.db.test.ts', '**/*.http.test.ts', '**/*.tf.test.ts'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['**/*.db.test.ts'],
          exclude: ignore,
          globalSetup: ['./api/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'http',
          include: ['**/*.http.test.ts'],
          exclude: ignore,
          globalSetup: ['./api/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'tf',
          include: ['**/*.tf.test.ts'],
          exclude: ignore,
          globalSetup: ['./api/test/global-setup.ts'],
          // Each terraform command starts the provider (a Node process) at least once: seconds, not ms.
          testTimeout: 240_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
