import type { Knex } from 'knex';
import * as m001 from './migrations/001-organizations-users.ts';
import * as m002 from './migrations/002-projects-environments.ts';
import * as m003 from './migrations/003-flags-segments.ts';
import * as m004 from './migrations/004-credentials-audit.ts';
import * as m005 from './migrations/005-management-api.ts';
import * as m006 from './migrations/006-sdk-events.ts';
import * as m007 from './migrations/007-rate-limits.ts';
import * as m008 from './migrations/008-audit-source.ts';
import * as m009 from './migrations/009-insights.ts';
import * as m010 from './migrations/010-code-references.ts';
import * as m011 from './migrations/011-experiments.ts';
import * as m012 from './migrations/012-change-control.ts';
import * as m013 from './migrations/013-browser.ts';
import * as m014 from './migrations/014-experiment-rollups.ts';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

// Imported statically rather than discovered on disk: knex's file loader wants .js files, and a static
// list keeps the order explicit and works straight from TypeScript source without a build.
const migrations: Record<string, Migration> = {
  '001-organizations-users': m001,
  '002-projects-environments': m002,
  '003-flags-segments': m003,
  '004-credentials-audit': m004,
  '005-management-api': m005,
  '006-sdk-events': m006,
  '007-rate-limits': m007,
  '008-audit-source': m008,
  '009-insights': m009,
  '010-code-references': m010,
  '011-experiments': m011,
  '012-change-control': m012,
  '013-browser': m013,
  '014-experiment-rollups': m014,
};

export const migrationNames = Object.keys(migrations);

const source: Knex.MigrationSource<string> = {
  getMigrations: async () => migrationNames,
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name]!,
};

export const migrationConfig: Knex.MigratorConfig = {
  migrationSource: source,
  tableName: 'ff_migrations',
};

export async function migrateLatest(db: Knex): Promise<string[]> {
  const [, applied] = (await db.migrate.latest(migrationConfig)) as [number, string[]];
  return applied;
}

/** Names of migrations this build knows that the database has not run yet. */
export async function pendingMigrations(db: Knex): Promise<string[]> {
  // With a custom source, knex lists pending migrations as the source's own items: our names.
  const [, pending] = (await db.migrate.list(migrationConfig)) as [unknown[], string[]];
  return pending;
}
