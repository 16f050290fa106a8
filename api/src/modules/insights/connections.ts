// Open SDK streams per environment across replicas. Only a replica's own hub knows its streams, so each
// replica writes its counts (one row per environment it serves, keyed by a replica id made at start) as
// a heartbeat; a reader sums the rows whose heartbeat is fresh. A replica that dies is not cleaned up
// after: its rows stop counting once they are older than `connectionsFreshMs`, and the insights worker
// deletes them after an hour. No leader, no cross-replica messages.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Worker } from '../../background/worker.ts';

/** How often a replica reports its streams. */
export const connectionsHeartbeatMs = 15_000;
/** Rows older than this are not counted (three heartbeats: one missed write does not hide a replica). */
export const connectionsFreshMs = 3 * connectionsHeartbeatMs;

export interface StreamCounts {
  /** Open streams of this replica by environment id. */
  streamsByEnvironment(): Map<string, number>;
}

/** Writes this replica's counts: upserts the environments with streams, zeroes the ones that had some. */
export async function reportConnections(
  db: Knex,
  replicaId: string,
  counts: Map<string, number>,
  now: Date,
): Promise<void> {
  await db.transaction(async (trx) => {
    await trx('sdk_stream_connections')
      .where({ replica_id: replicaId })
      .whereNotIn('environment_id', [...counts.keys()])
      .delete();
    if (counts.size === 0) return;
    await trx('sdk_stream_connections')
      .insert(
        [...counts].map(([environment_id, streams]) => ({
          replica_id: replicaId,
          environment_id,
          streams,
          heartbeat_at: now,
        })),
      )
      .onConflict(['replica_id', 'environment_id'])
      .merge(['streams', 'heartbeat_at']);
  });
}

/**
 * The heartbeat as a background worker of one replica (it runs in every replica: each reports its own
 * streams, so there is nothing to claim). A foreign-key error (an environment deleted meanwhile) only
 * skips one beat.
 */
export function connectionsWorker(hub: StreamCounts, replicaId: string = randomUUID()): Worker {
  return {
    name: 'insights-connections',
    everyMs: connectionsHeartbeatMs,
    run: (db, now) => reportConnections(db, replicaId, hub.streamsByEnvironment(), now),
  };
}
