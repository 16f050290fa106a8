// The insights background worker: retention of the usage counters (each project's own hourly and daily
// windows), and the housekeeping of the intake's batch ids, credential counts and stream heartbeats.
// Every statement is a plain DELETE of rows past a bound, so replicas running it at once do the same
// work twice at worst and never disagree; one pass per project keeps each statement's lock set small.
import type { Knex } from 'knex';
import type { Worker } from '../../background/worker.ts';
import { environmentIdsOf } from '../environments/store.ts';
import { listAllProjectIds } from '../projects/store.ts';
import { defaultInsightsSettings, readAllSettings } from './settings.ts';
import { utcDay } from './store.ts';

const dayMs = 86_400_000;
const hourMs = 3_600_000;
/** SDKs retry a batch within seconds; a day of ids is ample to count each batch once. */
export const batchIdRetentionMs = dayMs;
/** Credential request counts are kept this long (the usage endpoints read 30 days). */
export const credentialRetentionDays = 400;
/** A replica's heartbeat rows this old belong to a replica that is gone. */
export const staleHeartbeatMs = hourMs;

/** One retention pass at `now`. */
export async function runInsightsRetention(db: Knex, now: Date): Promise<void> {
  const settings = await readAllSettings(db);
  for (const id of await listAllProjectIds(db)) {
    const s = settings.get(id) ?? defaultInsightsSettings;
    const envIds = await environmentIdsOf(db, id);
    if (envIds.length === 0) continue;
    const hourBound = new Date(Math.floor(now.getTime() / hourMs) * hourMs - s.hourlyRetentionDays * dayMs);
    await db('sdk_evaluation_counters')
      .whereIn('environment_id', envIds)
      .where('hour', '<', hourBound)
      .delete();
    const dayBound = utcDay(now.getTime() - s.dailyRetentionDays * dayMs);
    await db('sdk_evaluation_daily').whereIn('environment_id', envIds).where('day', '<', dayBound).delete();
    await db('sdk_flag_daily').whereIn('environment_id', envIds).where('day', '<', dayBound).delete();
    await db('sdk_evaluation_totals')
      .whereIn('environment_id', envIds)
      .where('hour', '<', new Date(Date.parse(dayBound)))
      .delete();
  }
  await db('sdk_event_batches')
    .where('received_at', '<', new Date(now.getTime() - batchIdRetentionMs))
    .delete();
  await db('credential_usage')
    .where('day', '<', utcDay(now.getTime() - credentialRetentionDays * dayMs))
    .delete();
  await db('sdk_stream_connections')
    .where('heartbeat_at', '<', new Date(now.getTime() - staleHeartbeatMs))
    .delete();
}

export const insightsRetentionWorker: Worker = {
  name: 'insights-retention',
  everyMs: 10 * 60_000,
  run: runInsightsRetention,
};
