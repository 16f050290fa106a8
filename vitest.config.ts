import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The file suffix picks the project, so a test's label cannot lie about what it touches:
//   *.test.ts       pure and fast (no database, no sockets)
//   *.db.test.ts    against Postgres (PGlite by default, the real server when DATABASE_URL is set)
//   *.http.test.ts  against a listening server
//   *.tf.test.ts    the real terraform binary driving terraform-provider-ff against a listening server
const ignore = ['**/node_modules/**', '**/dist/**'];

// .ci/run asks for a JSON report so it can sum totals across its runs; `npm test` stays the same command.
const report = process.env.FF_TEST_REPORT;

// .ci/run's second run, against the real PostgreSQL server, sets FF_TEST_DATABASE_RUN=1: it repeats what
// can behave differently on another database (db, http, the provider against the API) and leaves out what
// cannot, which the PGlite run checked moments before: the pure unit tests, and the terraform suites about
// the plugin protocol, packaging, CDKTF synthesis and README text. That keeps CI inside its time budget.
const databaseRun = process.env.FF_TEST_DATABASE_RUN === '1';
const databaseAgnosticTf = ['protocol', 'package', 'cdktf', 'readme'].map(
  (name) => `cdktf-provider/test/${name}.tf.test.ts`,
);

const unit = {
  test: {
    name: 'unit',
    include: ['**/*.test.ts'],
    exclude: [...ignore, '**/*.db.test.ts', '**/*.http.test.ts', '**/*.tf.test.ts'],
  },
};

export default defineConfig({
  test: {
    // One worker per core, not vitest's default of one fewer: most suites wait on a server, a database or
    // a terraform child process rather than compute, and on a 2-core machine the default is one worker,
    // which ran every file in series (CI's PGlite run: 409 s in series, 261 s with two workers).
    maxWorkers: availableParallelism(),
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
    projects: [
      ...(databaseRun ? [] : [unit]),
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
          exclude: databaseRun ? [...ignore, ...databaseAgnosticTf] : ignore,
          globalSetup: ['./api/test/global-setup.ts'],
          // Each terraform command starts the provider (a Node process) at least once: seconds, not ms.
          testTimeout: 240_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
