import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb } from '../src/db/knex.ts';
import type { Db, DbSettings } from '../src/db/knex.ts';
import { withDatabase } from './template.ts';

export interface TestDb {
  db: Db;
  /** How to reach this database from another process (main.ts), or the PGlite settings. */
  settings: DbSettings;
  /** Destroys the knex handle and drops the database. */
  destroy(): Promise<void>;
}

export const onRealPostgres = Boolean(process.env.DATABASE_URL);

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database on the real server (no template), for tests that run migrations themselves. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ff_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database "${name}"`));
  return {
    url: withDatabase(process.env.DATABASE_URL!, name),
    drop: () => admin((c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => {}),
  };
}

/**
 * A private database for one test file: a copy of the migrated template made by global-setup, or an
 * empty one with `{ migrated: false }`. Real Postgres when DATABASE_URL is set, in-memory PGlite otherwise.
 */
export async function createTestDb(opts: { migrated?: boolean } = {}): Promise<TestDb> {
  const migrated = opts.migrated ?? true;
  const template = inject('ffTemplate');
  if (onRealPostgres) {
    const name = `ff_test_${randomBytes(6).toString('hex')}`;
    const from = migrated && template.kind === 'postgres' ? ` template "${template.database}"` : '';
    await admin((c) => c.query(`create database "${name}"${from}`));
    const settings = { databaseUrl: withDatabase(process.env.DATABASE_URL!, name) };
    const db = createDb(settings);
    return {
      db,
      settings,
      async destroy() {
        await db.destroy();
        await admin((c) => c.query(`drop database if exists "${name}" with (force)`));
      },
    };
  }
  const settings: DbSettings = { dataDir: 'memory://' };
  if (migrated && template.kind === 'pglite')
    settings.loadDataDir = new Blob([readFileSync(template.dumpFile)]);
  const db = createDb(settings);
  return { db, settings, destroy: () => db.destroy() };
}
