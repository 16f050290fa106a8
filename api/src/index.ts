// @ff/api's programmatic surface: what other workspaces (bench, the multi-replica test) build on.
export { createApp } from './app.ts';
export type { AppDeps } from './app.ts';
export { loadSettings } from './config.ts';
export type { Settings } from './config.ts';
export { createDb, describeDb, pgliteOf } from './db/knex.ts';
export type { Db, DbSettings } from './db/knex.ts';
export { migrateLatest, pendingMigrations } from './db/migrate.ts';
export { createLogger } from './logger.ts';
export type { Logger } from './logger.ts';
export { listen } from './server.ts';
export type { RunningServer } from './server.ts';
export { seedDemo } from './seed/seed.ts';
export type { SeedResult } from './seed/seed.ts';
