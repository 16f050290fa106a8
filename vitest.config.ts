import { availableParallelism } from 'node:os';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { BaseSequencer } from 'vitest/node';
import type { TestSpecification } from 'vitest/node';

// The file suffix picks the project, so a test's label cannot lie about what it touches:
//   *.test.ts       pure and fast (no database, no sockets)
//   *.db.test.ts    against Postgres (PGlite by default, the real server when DATABASE_URL is set)
//   *.http.test.ts  against a listening server
//   *.tf.test.ts    the real terraform binary driving terraform-provider-ff against a listening server
//   *.pkg.test.ts   the release packed, installed outside the repository and run (scripts/release)
//   *.browser.test.ts  headless Chromium (Debian's package) driving a page against a listening server
const ignore = ['**/node_modules/**', '**/dist/**'];

// .ci/run asks for a JSON report so it can sum totals across its runs; `npm test` stays the same command.
const report = process.env.FF_TEST_REPORT;

// .ci/run's second run, against the real PostgreSQL server, sets FF_TEST_DATABASE_RUN=1: it repeats what
// can behave differently on another database (db, http, the provider against the API) and leaves out what
// cannot, which the PGlite run checked moments before: the pure unit tests, and the terraform suites about
// the plugin protocol, packaging, CDKTF synthesis and README text. That keeps CI inside its time budget.
const databaseRun = process.env.FF_TEST_DATABASE_RUN === '1';
// The experiment and change-control suites (3–4 minutes of terraform runs) drive the provider through
// resources whose API behaviour the http suites already repeat on the real server, so they too run once.
const databaseAgnosticTf = [
  'protocol',
  'package',
  'cdktf',
  'readme',
  'experiment',
  'experiment-cdktf',
  'change-control',
].map((name) => `cdktf-provider/test/${name}.tf.test.ts`);
// The compose test runs the replicas on the real PostgreSQL server in either run (compose's shape has no
// embedded database), so the second run would repeat it exactly.
const realServerAlways = ['deploy/compose-shape.http.test.ts'];

// Tests run on sources: imports of @ff/* packages take their exports' "@ff/source" condition (TypeScript)
// instead of the built dist/ files (scripts/release/build.ts), so `npm test` needs no build. Vite's option
// replaces its default conditions, hence the spread. Child processes the tests start with this
// environment (CDKTF apps, the CLI) get the condition through NODE_OPTIONS; the packaging tests
// (*.pkg.test.ts) start theirs without it, as a user's machine would.
const SOURCE = '@ff/source';
const sources = {
  resolve: { conditions: [SOURCE, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions], externalConditions: [SOURCE] } },
};
if (!process.env.NODE_OPTIONS?.includes(`--conditions=${SOURCE}`))
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --conditions=${SOURCE}`.trim();

// The files of every project share one queue of maxWorkers workers, in the order the sequencer gives.
// Vitest's own order puts the projects in alphabetical order (browser, db, http, pkg, tf, unit), so the
// longest files (terraform suites of 1-3 minutes, the packaging builds) started last and one worker ran
// them alone at the end while the other sat idle. Longest first instead: by project, from what costs most
// per file to what costs least, keeping vitest's order inside a project (the durations it cached from an
// earlier run, else larger files first), so the hundreds of small unit files fill in at the end.
const slowestFirst = ['tf', 'pkg', 'browser', 'http', 'db', 'unit'];
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => slowestFirst.indexOf(spec.project.name);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

const unit = {
  ...sources,
  test: {
    name: 'unit',
    include: ['**/*.test.ts'],
    exclude: [
      ...ignore,
      '**/*.db.test.ts',
      '**/*.http.test.ts',
      '**/*.tf.test.ts',
      '**/*.pkg.test.ts',
      '**/*.browser.test.ts',
    ],
    // A bound on a hang, not on speed: property tests that take 1-2 s alone took 7-8 s with another test
    // run beside them on 2 cores, past vitest's default 5 s (issue 11 #6).
    testTimeout: 60_000,
  },
};

export default defineConfig({
  test: {
    // One worker per core, not vitest's default of one fewer: most suites wait on a server, a database or
    // a terraform child process rather than compute, and on a 2-core machine the default is one worker,
    // which ran every file in series (CI's PGlite run: 409 s in series, 261 s with two workers).
    maxWorkers: availableParallelism(),
    sequence: { sequencer: SlowestFirst },
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
    projects: [
      ...(databaseRun ? [] : [unit]),
      {
        ...sources,
        test: {
          name: 'db',
          include: ['**/*.db.test.ts'],
          exclude: ignore,
          globalSetup: ['./api/test/global-setup.ts'],
          // Bounds on a failure (a hang), not on speed: with another test run beside it, a 2-core machine
          // at a load of 25-30 took over 60 s to create a test database and start a fixture (issue 11 #6).
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        ...sources,
        test: {
          name: 'http',
          include: ['**/*.http.test.ts'],
          exclude: databaseRun ? [...ignore, ...realServerAlways] : ignore,
          globalSetup: ['./api/test/global-setup.ts'],
          // Bounds on a failure (a hang), not on speed: with another test run beside it, a 2-core machine
          // at a load of 25-30 took over 60 s to create a test database and start a fixture (issue 11 #6).
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        ...sources,
        test: {
          name: 'tf',
          include: ['**/*.tf.test.ts'],
          exclude: databaseRun ? [...ignore, ...databaseAgnosticTf] : ignore,
          // The second setup bundles the provider the suites' terraform starts (see there).
          globalSetup: ['./api/test/global-setup.ts', './cdktf-provider/test/global-setup.ts'],
          // Each terraform command starts the provider (a Node process) at least once: seconds, not ms.
          testTimeout: 240_000,
          hookTimeout: 120_000,
        },
      },
      // The browser suites run once, in the PGlite run: a page against the API exercises the browser SDK and
      // the SDK routes, which the http suites already repeat on the real server; a browser per run would not
      // fit CI's time budget.
      ...(databaseRun
        ? []
        : [
            {
              ...sources,
              test: {
                name: 'browser',
                include: ['**/*.browser.test.ts'],
                exclude: ignore,
                globalSetup: ['./api/test/global-setup.ts'],
                // A Vite build and a browser start in beforeAll; each step waits for what a page shows.
                testTimeout: 120_000,
                hookTimeout: 240_000,
              },
            },
          ]),
      // The packaging test runs once, in the PGlite run: what it checks does not depend on the database.
      ...(databaseRun
        ? []
        : [
            {
              ...sources,
              test: {
                name: 'pkg',
                include: ['**/*.pkg.test.ts'],
                exclude: ignore,
                globalSetup: ['./api/test/global-setup.ts'],
                // npm installs from the registry and several Node processes per test.
                testTimeout: 300_000,
                hookTimeout: 900_000,
              },
            },
          ]),
    ],
  },
});
