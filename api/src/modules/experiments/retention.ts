// Retention of raw SDK events (sdk_events: exposures and tracked events). A project keeps them for its
// `event_retention_days`, or for FF_EVENT_RETENTION_DAYS (the server's default) when it has none; with
// neither, forever. Results read per-unit rollups (rollup.ts), but those are rebuilt from raw events
// when a unit is first exposed (its earlier events count) and a metric without a rollup falls back to
// them, so an environment with a running or paused experiment keeps everything since that experiment's
// start minus the longest metric window of its project (the pre-exposure window CUPED reads): retention
// never cuts into an experiment still being measured.
//
// Deletes go in batches (each its own short transaction) and a pass does a bounded number of them, so a
// large backlog drains over several passes without long locks. Every replica runs the worker; a
// transaction-scoped advisory lock lets one replica's pass run at a time and the others skip theirs.
import type { Worker } from '../../background/worker.ts';
import type { Db } from '../../db/knex.ts';

const dayMs = 86_400_000;
const batchSize = 10_000;
const maxBatchesPerPass = 50;
// An arbitrary constant naming this worker's advisory lock.
const lockKey = 150_011;

/** The server's default retention in days, from FF_EVENT_RETENTION_DAYS (none when unset or invalid). */
export function defaultRetentionDays(env: NodeJS.ProcessEnv = process.env): number | null {
  const days = Number(env.FF_EVENT_RETENTION_DAYS);
  return Number.isInteger(days) && days > 0 ? days : null;
}

interface Target {
  environmentId: string;
  cutoff: Date;
}

/** Per environment, the moment before which raw events may go. */
export async function retentionTargets(db: Db, now: Date, fallbackDays: number | null): Promise<Target[]> {
  // From environments with per-row subqueries: one aggregate statement for every environment, not a read each.
  const rows = (await db('environments as e')
    .join('projects as p', 'p.id', 'e.project_id')
    .select(
      'e.id as environment_id',
      'p.event_retention_days as days',
      db.raw(
        `(select min(x.started_at) from experiments x
           where x.environment_id = e.id and x.status in ('running', 'paused')) as oldest_running`,
      ),
      db.raw(
        `(select coalesce(max(m.window_hours), 168) from metric_definitions m
           where m.project_id = p.id) as longest_window_hours`,
      ),
    )) as {
    environment_id: string;
    days: number | null;
    oldest_running: Date | string | null;
    longest_window_hours: number | string;
  }[];
  const targets: Target[] = [];
  for (const r of rows) {
    const days = r.days ?? fallbackDays;
    if (days === null) continue;
    let cutoff = now.getTime() - days * dayMs;
    if (r.oldest_running !== null) {
      const keepFrom = new Date(r.oldest_running).getTime() - Number(r.longest_window_hours) * 3_600_000;
      cutoff = Math.min(cutoff, keepFrom);
    }
    targets.push({ environmentId: r.environment_id, cutoff: new Date(cutoff) });
  }
  return targets;
}

/** One pass: deletes raw events past retention; returns how many rows went (0 when another replica ran). */
export async function runEventRetention(
  db: Db,
  now: Date,
  fallbackDays = defaultRetentionDays(),
): Promise<number> {
  const targets = await retentionTargets(db, now, fallbackDays);
  let deleted = 0;
  let batches = 0;
  for (const target of targets) {
    for (;;) {
      if (batches++ >= maxBatchesPerPass) return deleted;
      const n: number = await db.transaction(async (trx): Promise<number> => {
        const [lock] = (
          (await trx.raw('select pg_try_advisory_xact_lock(?) as ok', [lockKey])) as {
            rows: { ok: boolean }[];
          }
        ).rows;
        if (!lock?.ok) return -1;
        return (await trx('sdk_events')
          .whereIn(
            'id',
            trx('sdk_events')
              .where('environment_id', target.environmentId)
              .where('occurred_at', '<', target.cutoff)
              .limit(batchSize)
              .select('id'),
          )
          .delete()) as number;
      });
      if (n < 0) return deleted;
      deleted += n;
      if (n < batchSize) break;
    }
  }
  return deleted;
}

export const eventRetentionWorker: Worker = {
  name: 'event-retention',
  everyMs: 10 * 60_000,
  run: async (db, now) => {
    await runEventRetention(db, now);
  },
};
