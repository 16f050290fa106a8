// The counts every replica shares: one row per (credential, window) in rate_limit_counts (migration 007).
// Adding is an UPSERT that returns the total, so two replicas adding at once both see both additions.
import type { Db } from '../../db/knex.ts';
import type { CountStore } from './limiter.ts';

const table = 'rate_limit_counts';

export function createCountStore(db: Db): CountStore {
  return {
    async exchange(windowStart, entries) {
      const at = new Date(windowStart);
      const counts = new Map<string, number>();
      const adds = entries.filter((e) => e.add > 0);
      const reads = entries.filter((e) => e.add <= 0).map((e) => e.key);
      if (adds.length > 0) {
        const rows = (await db(table)
          .insert(adds.map((e) => ({ key: e.key, window_start: at, count: e.add })))
          .onConflict(['key', 'window_start'])
          .merge({ count: db.raw('??.count + excluded.count', [table]) })
          .returning(['key', 'count'])) as { key: string; count: string | number }[];
        for (const r of rows) counts.set(r.key, Number(r.count));
      }
      if (reads.length > 0) {
        const rows = (await db(table)
          .where({ window_start: at })
          .whereIn('key', reads)
          .select('key', 'count')) as {
          key: string;
          count: string | number;
        }[];
        for (const r of rows) counts.set(r.key, Number(r.count));
      }
      return counts;
    },
    async prune(before) {
      await db(table).where('window_start', '<', new Date(before)).delete();
    },
  };
}
