// Runs once per vitest project (db, http) before any test file: builds a migrated template that every
// test file copies instead of migrating itself. On real Postgres that is a template database
// (CREATE DATABASE … TEMPLATE is a file copy, ~50 ms); on PGlite a dumped data directory that a new
// in-memory instance loads (~0.3 s against ~2-3 s for init + migrations).
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb, pgliteOf } from '../src/db/knex.ts';
import { migrateLatest } from '../src/db/migrate.ts';
import { migrationsHash, withDatabase } from './template.ts';
import type { TemplateRef } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    ffTemplate: TemplateRef;
  }
}

async function postgresTemplate(url: string, hash: string): Promise<TemplateRef> {
  const database = `ff_template_${hash}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // Both projects' setups (and parallel CI jobs) may race here; one builds, the others wait.
    await admin.query(`select pg_advisory_lock(hashtext('ff:test-template'))`);
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'ff\\_template\\_%'`,
    );
    for (const { datname } of rows) {
      if (datname !== database) await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    if (!rows.some((r) => r.datname === database)) {
      await admin.query(`create database "${database}"`);
      const db = createDb({ databaseUrl: withDatabase(url, database) });
      try {
        await migrateLatest(db);
      } catch (err) {
        await db.destroy();
        await admin.query(`drop database "${database}" with (force)`);
        throw err;
      }
      await db.destroy();
    }
    await admin.query(`select pg_advisory_unlock(hashtext('ff:test-template'))`);
  } finally {
    await admin.end();
  }
  return { kind: 'postgres', database };
}

async function pgliteTemplate(hash: string): Promise<TemplateRef> {
  const dir = os.tmpdir();
  const dumpFile = path.join(dir, `ff-pglite-template-${hash}.tar`);
  // Dumps of other migration sets pile up as migrations change. Only old ones go: a recent one may be in
  // use by a run beside this one (another checkout), and a `.tar.<pid>.<time>` file is a dump that a
  // concurrent setup is writing right now; deleting it made that run fail (ENOENT on its rename).
  const stale = Date.now() - 24 * 3600_000;
  for (const f of readdirSync(dir)) {
    const file = path.join(dir, f);
    if (!f.startsWith('ff-pglite-template-') || file === dumpFile) continue;
    const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
    if (modified < stale) rmSync(file, { force: true });
  }
  if (!existsSync(dumpFile)) {
    const db = createDb({ dataDir: 'memory://' });
    await migrateLatest(db);
    const dump = await (await pgliteOf(db)!).dumpDataDir('none');
    await db.destroy();
    // Write then rename, so a concurrent setup never loads half a file.
    const tmp = `${dumpFile}.${process.pid}.${Date.now()}`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, dumpFile);
  }
  return { kind: 'pglite', dumpFile };
}

// The db and http projects each run this setup in the same process: share one build.
const shared = globalThis as { ffTemplate?: Promise<TemplateRef> };

export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.DATABASE_URL;
  const hash = migrationsHash();
  shared.ffTemplate ??= url ? postgresTemplate(url, hash) : pgliteTemplate(hash);
  project.provide('ffTemplate', await shared.ffTemplate);
}
