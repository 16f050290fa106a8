import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDb = fileURLToPath(new URL('../src/db/', import.meta.url));

/** A short hash of everything that shapes the migrated schema: change a migration, get a new template. */
export function migrationsHash(): string {
  const h = createHash('sha256');
  const files = [
    path.join(srcDb, 'migrate.ts'),
    ...readdirSync(path.join(srcDb, 'migrations'))
      .sort()
      .map((f) => path.join(srcDb, 'migrations', f)),
  ];
  for (const f of files) h.update(path.basename(f)).update('\0').update(readFileSync(f));
  return h.digest('hex').slice(0, 12);
}

/** Where global-setup left the migrated template, for createTestDb. */
export type TemplateRef = { kind: 'postgres'; database: string } | { kind: 'pglite'; dumpFile: string };

/** DATABASE_URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}
