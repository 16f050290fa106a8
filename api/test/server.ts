import { createApp } from '../src/app.ts';
import type { AppDeps } from '../src/app.ts';
import type { Db } from '../src/db/knex.ts';
import { createLogger } from '../src/logger.ts';
import type { Logger } from '../src/logger.ts';
import { listen } from '../src/server.ts';
import { createTestDb } from './db.ts';
import type { TestDb } from './db.ts';

export interface TestServer {
  url: string;
  db: Db;
  close(): Promise<void>;
}

/** What a test may set on the app besides its database and logger (rate limits, trusted proxies…). */
export type TestAppOptions = Partial<Omit<AppDeps, 'db' | 'logger'>>;

/**
 * The real app listening on an ephemeral port, on its own test database (or the one given, which the
 * caller then owns). Logs are silent unless a logger is passed.
 */
export async function startTestServer(
  opts: { testDb?: TestDb; logger?: Logger; app?: TestAppOptions } = {},
): Promise<TestServer> {
  const testDb = opts.testDb ?? (await createTestDb());
  const logger = opts.logger ?? createLogger({ level: 'silent' });
  // No background workers unless a test names them: a worker's pass on its own timer (a retention
  // sweep deleting a test's old-dated rows, a guardrail stopping an experiment the test is about to check)
  // would race what the test asserts. Tests of a worker call its run(db, now) or pass it here.
  const app = createApp({ backgroundWorkers: [], ...opts.app, db: testDb.db, logger });
  const running = await listen(app, { port: 0, host: '127.0.0.1', logger });
  return {
    url: running.url,
    db: testDb.db,
    async close() {
      await running.close(2000);
      if (!opts.testDb) await testDb.destroy();
    },
  };
}
