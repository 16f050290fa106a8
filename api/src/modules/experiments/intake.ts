// Exposures reported through POST /sdk/v1/events, folded into experiment_exposures: one row per
// (experiment, unit) with first and last seen. Only a running experiment's units count, and only in the
// variant the experiment's split enrolls them in (enrolledVariant: the same bucketing SDKs use), so an
// SDK reporting every evaluation of the flag (a unit outside the allocation served control by the
// rollout's tail) cannot skew the split. Tracked events and exposures also keep the per-unit rollups
// results read (rollup.ts), in the same transaction.
import type { Knex } from 'knex';
import { enrolledVariant } from '@ff/engine';
import type { ExperimentSplit } from '@ff/engine';
import { addEvents, environmentSeries, lockRollups, recomputeUnits } from './rollup.ts';
import type { TrackedEvent } from './rollup.ts';
import { splitOf } from './view.ts';
import type { ExperimentVariant } from './view.ts';

export interface ReportedExposure {
  flag: string;
  variation: number;
  contextKey: string;
  timestamp: number;
}

interface Running {
  id: string;
  flag_key: string;
  split: ExperimentSplit;
}

const chunk = 1000;

/**
 * What a batch of the event intake means for experiments, after its raw events are stored in `trx`:
 * the exposures stored, tracked events added to the rollups of exposed units, then the rollups of units
 * whose first exposure is new or earlier rebuilt from the raw events.
 */
export async function recordExperimentData(
  trx: Knex,
  environmentId: string,
  exposures: readonly ReportedExposure[],
  events: readonly TrackedEvent[],
): Promise<void> {
  if (exposures.length === 0 && events.length === 0) return;
  // The exposures first, before the lock: their rows lock the experiment's row (key share, for the
  // foreign key), which a launch holding it for update would otherwise wait for while it waits for our
  // lock. Adding events for units whose exposure this transaction changed is undone by recomputeUnits.
  const firstSeen = await recordExposures(trx, environmentId, exposures);
  // Before reading the series: a launch registering one meanwhile either committed before (and this
  // transaction sees it) or waits, and its backfill then sees these events.
  await lockRollups(trx, environmentId);
  const series = await environmentSeries(trx, environmentId);
  if (series.length > 0) await addEvents(trx, environmentId, series, events);
  const measured = new Set(series.map((s) => s.experiment_id));
  const changed = firstSeen.filter((u) => measured.has(u.experimentId));
  if (changed.length > 0) await recomputeUnits(trx, changed);
}

/**
 * Stores the exposures of `environmentId`'s running experiments among `exposures`; returns the units
 * whose stored first exposure is now this batch's (new ones, or moved earlier).
 */
export async function recordExposures(
  trx: Knex,
  environmentId: string,
  exposures: readonly ReportedExposure[],
): Promise<{ experimentId: string; unit: string }[]> {
  if (exposures.length === 0) return [];
  const rows = (await trx('experiments as x')
    .join('flags as f', 'f.id', 'x.flag_id')
    .where({ 'x.environment_id': environmentId, 'x.status': 'running' })
    .select('x.id', 'x.variants', 'x.allocation', 'x.salt', 'f.key as flag_key')) as {
    id: string;
    variants: ExperimentVariant[];
    allocation: number;
    salt: string;
    flag_key: string;
  }[];
  if (rows.length === 0) return [];
  const byFlag = new Map<string, Running>(
    rows.map((r) => [r.flag_key, { id: r.id, flag_key: r.flag_key, split: splitOf(r) }]),
  );
  // One row per (experiment, unit) per batch: Postgres refuses an upsert touching a row twice.
  const units = new Map<string, { e: string; u: string; v: number; first: number; last: number }>();
  for (const x of exposures) {
    const running = byFlag.get(x.flag);
    if (!running) continue;
    if (enrolledVariant(running.split, x.contextKey) !== x.variation) continue;
    const id = `${running.id}\0${x.contextKey}`;
    const seen = units.get(id);
    if (seen) {
      seen.first = Math.min(seen.first, x.timestamp);
      seen.last = Math.max(seen.last, x.timestamp);
    } else {
      units.set(id, {
        e: running.id,
        u: x.contextKey,
        v: x.variation,
        first: x.timestamp,
        last: x.timestamp,
      });
    }
  }
  const list = [...units.values()];
  const firstSeen: { experimentId: string; unit: string }[] = [];
  for (let i = 0; i < list.length; i += chunk) {
    const part = list.slice(i, i + chunk).map((r) => ({
      e: r.e,
      u: r.u,
      v: r.v,
      f: new Date(r.first).toISOString(),
      l: new Date(r.last).toISOString(),
    }));
    const result = (await trx.raw(
      `with r as (
         select * from jsonb_to_recordset(cast(? as jsonb)) as r(e uuid, u text, v int, f timestamptz, l timestamptz)
       ), stored as (
         insert into experiment_exposures (experiment_id, unit, variant, first_seen, last_seen)
         select r.e, r.u, r.v, r.f, r.l from r
         on conflict (experiment_id, unit) do update
           set last_seen = greatest(experiment_exposures.last_seen, excluded.last_seen),
               first_seen = least(experiment_exposures.first_seen, excluded.first_seen)
         returning experiment_id, unit, first_seen
       )
       select stored.experiment_id as e, stored.unit as u
         from stored join r on r.e = stored.experiment_id and r.u = stored.unit
        where stored.first_seen = r.f`,
      [JSON.stringify(part)],
    )) as { rows: { e: string; u: string }[] };
    for (const r of result.rows) firstSeen.push({ experimentId: r.e, unit: r.u });
  }
  return firstSeen;
}
