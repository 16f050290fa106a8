import path from 'node:path';
import knexFactory from 'knex';
import type { Knex } from 'knex';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from '../logger.ts';
import { ClientPglite } from './pglite-dialect.ts';
import type { PgliteConnectionConfig } from './pglite-dialect.ts';

export type Db = Knex;

export interface DbSettings {
  /** postgres://… uses the pg driver; undefined means embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or `memory://`. Ignored when databaseUrl is set. */
  dataDir?: string;
  /** A dumped PGlite data directory to start from (tests). */
  loadDataDir?: Blob;
}

// knex prints its own warnings to the console (e.g. "Acquire connection error" with a stack) for
// failures that also reach the caller as rejections. The caller reports those, so knex's copies go to
// the JSON log at debug level; deprecations stay visible.
function knexLog(logger?: Logger): Knex.Config['log'] {
  return {
    warn: (m: unknown) => logger?.debug({ knex: String(m) }, 'knex warning'),
    error: (m: unknown) => logger?.debug({ knex: String(m) }, 'knex error'),
    debug: () => {},
    deprecate: (m: unknown) => logger?.warn({ knex: String(m) }, 'knex deprecation'),
  };
}

// pg returns int8 (count(*), sums) as strings; PGlite returns numbers. One behaviour on both drivers
// matters more than 2^53 here: the schema stores nothing that large.
const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === pg.types.builtins.INT8) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text' | 'binary' | undefined);
  },
};

export function createDb(settings: DbSettings, logger?: Logger): Db {
  const log = knexLog(logger);
  if (settings.databaseUrl) {
    return knexFactory({
      client: 'pg',
      connection: { connectionString: settings.databaseUrl, types: pgTypes },
      pool: { min: 0, max: 10 },
      log,
    });
  }
  const dataDir = settings.dataDir ?? 'memory://';
  return knexFactory({
    client: ClientPglite as unknown as typeof Knex.Client,
    log,
    // Our dialect reads this shape; knex's own connection types do not know it.
    connection: {
      dataDir: dataDir === 'memory://' ? dataDir : path.resolve(dataDir),
      loadDataDir: settings.loadDataDir,
    } satisfies PgliteConnectionConfig as Knex.StaticConnectionConfig,
  });
}

/** The PGlite instance behind a knex handle (for listen/notify and dumps), or undefined on real Postgres. */
export function pgliteOf(db: Db): Promise<PGlite> | undefined {
  const client = db.client as unknown;
  return client instanceof ClientPglite ? client.getPglite() : undefined;
}

/** Where data lives, for humans: the URL with its password masked, or the PGlite directory. */
export function describeDb(settings: DbSettings): string {
  if (settings.databaseUrl) return maskUrl(settings.databaseUrl);
  return settings.dataDir && settings.dataDir !== 'memory://' ? path.resolve(settings.dataDir) : 'memory://';
}

export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}
