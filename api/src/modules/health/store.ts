import type { Db } from '../../db/knex.ts';
import { pendingMigrations } from '../../db/migrate.ts';

export interface HealthStore {
  ping(): Promise<void>;
  pendingMigrations(): Promise<string[]>;
}

export function createHealthStore(db: Db): HealthStore {
  return {
    async ping() {
      await db.raw('select 1');
    },
    pendingMigrations: () => pendingMigrations(db),
  };
}
