// What `npm start` runs: settings → database → migrations → listen → demo seed → banner. Startup
// failures print ONE line on stderr and exit 1, since a stack trace for "database not running" hides the
// point. The demo is seeded only once the port is bound: its secrets are shown once, by the start that
// created them, so a start that cannot listen must not create them.
import { ConfigError, loadSettings } from './config.ts';
import type { Settings } from './config.ts';
import { createDb, describeDb, maskUrl } from './db/knex.ts';
import type { Db } from './db/knex.ts';
import { migrateLatest } from './db/migrate.ts';
import { lockDataDir } from './db/data-dir-lock.ts';
import { createLogger } from './logger.ts';
import type { Logger } from './logger.ts';
import { createApp } from './app.ts';
import { listen } from './server.ts';
import { seedDemo } from './seed/seed.ts';
import { profileText, startupText } from './startup-text.ts';
import { writeLocalProfile } from '../../cli/src/config.ts';

const shutdownDeadlineMs = 10_000;

let releaseDataDir = () => {};

function fail(line: string): never {
  releaseDataDir();
  process.stderr.write(`ff: ${line}\n`);
  process.exit(1);
}

// For network failures the errno code (ECONNREFUSED, ENOTFOUND, ETIMEDOUT) says it all; anything else
// (authentication, missing database, SQL errors) is explained by its first message line.
function reason(err: unknown): string {
  const e = err as { code?: string; message?: string; errors?: { code?: string }[] };
  // AggregateError (IPv4 + IPv6 both refused) keeps the codes on its members.
  const code = e.code ?? e.errors?.find((x) => x.code)?.code;
  const msg = (e.message ?? String(err)).split('\n')[0]!.replace(/postgres(ql)?:\/\/\S+/g, (u) => maskUrl(u));
  if (code && /^E[A-Z]+$/.test(code)) return code;
  return msg || code || 'unknown error';
}

async function connect(settings: Settings, logger: Logger): Promise<Db> {
  if (!settings.databaseUrl) {
    try {
      releaseDataDir = lockDataDir(settings.dataDir);
    } catch (err) {
      fail((err as Error).message);
    }
  }
  const db = createDb({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir }, logger);
  try {
    await db.raw('select 1');
  } catch (err) {
    await db.destroy().catch(() => {});
    const what = settings.databaseUrl
      ? `database at ${maskUrl(settings.databaseUrl)}`
      : `embedded database in ${describeDb(settings)}`;
    fail(`cannot connect to ${what} (${reason(err)})`);
  }
  return db;
}

async function main(): Promise<void> {
  let settings: Settings;
  try {
    settings = loadSettings();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const logger = createLogger({ level: settings.logLevel });
  const db = await connect(settings, logger);

  try {
    const applied = await migrateLatest(db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  } catch (err) {
    await db.destroy().catch(() => {});
    fail(`database migration failed (${reason(err)})`);
  }

  const app = createApp({
    db,
    logger,
    rateLimits: settings.rateLimits,
    trustedProxies: settings.trustedProxies,
    corsOrigins: settings.corsOrigins,
    webhookTargets: { allowPrivate: settings.webhookAllowPrivate },
  });
  const running = await listen(app, { port: settings.port, host: settings.host, logger }).catch(
    async (err: unknown) => {
      await db.destroy().catch(() => {});
      return fail(`cannot listen on ${settings.host}:${settings.port} (${reason(err)})`);
    },
  );

  // Requests that arrive while this runs find no organization yet (401), as on any empty database.
  const seed = await seedDemo(db, { bootstrapToken: settings.bootstrapToken }).catch(async (err: unknown) => {
    await running.close(0).catch(() => {});
    await db.destroy().catch(() => {});
    return fail(`seeding the demo failed (${reason(err)})`);
  });

  // Handlers first, banner second: whoever reads the banner as "up" (a supervisor, a test) may signal at
  // once, and a SIGTERM before the handlers would kill the process without draining or releasing the
  // data directory.
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C means "now".
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    await running.close(shutdownDeadlineMs);
    // PGlite flushes its files on close; on pg this ends the pool's connections.
    await db.destroy();
    releaseDataDir();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', (s) => void stop(s));
  process.on('SIGINT', (s) => void stop(s));

  process.stdout.write(
    startupText({
      url: running.url,
      dataLocation: describeDb(settings),
      embedded: !settings.databaseUrl,
      seed,
    }),
  );

  // First start: give the `ff` CLI a `local` profile for this server and the demo owner's token, so
  // `npx ff flags list` works with no login, unless `local` is another server's (see writeLocalProfile).
  // Only with a home directory in the environment (test harnesses spawn this without one), never for
  // an in-memory database (gone with the process), and never fatal (a read-only home just skips it).
  const database = describeDb(settings);
  const home = process.env.FF_CONFIG_DIR || process.env.XDG_CONFIG_HOME || process.env.HOME;
  if (seed.seeded && home && database !== 'memory://') {
    const profile = writeLocalProfile({ apiUrl: running.url, token: seed.apiToken, database });
    if (profile) process.stdout.write(profileText(profile, { url: running.url, token: seed.apiToken }));
  }
}

await main();
