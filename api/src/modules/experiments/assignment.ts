// Assignment and exposure for SDK callers (assign, getVariant, logExposure). The variant a unit gets is
// what the engine serves from the flag's configuration in the experiment's environment (so the kill
// switch, targets and the population rule all apply) when that is the experiment's split for the unit,
// as `enrolledVariant` buckets it with the experiment's salt: the same answer an SDK evaluating locally
// gets. Sticky: once stored, an assignment is returned as stored.
import type { Knex } from 'knex';
import { enrolledVariant } from '@ff/engine';
import type { Context } from '@ff/engine';
import type { RulesetEntry } from '../sdk/ruleset.ts';
import { environmentSeries, lockRollups, recomputeUnits } from './rollup.ts';
import type { ExperimentEntry } from './view.ts';
import { splitOf } from './view.ts';

/** The variant index the flag serves `context` as the experiment's split, or null (not enrolled). */
export function bucketedVariant(
  entry: RulesetEntry,
  experiment: ExperimentEntry,
  context: Context,
): number | null {
  if (experiment.status !== 'running' || typeof context.key !== 'string') return null;
  const result = entry.compiled().evaluate(experiment.flag_key, context, null);
  if (result.reason !== 'SPLIT' || result.variationIndex === undefined) return null;
  const enrolled = enrolledVariant(splitOf(experiment), context.key);
  return enrolled === result.variationIndex ? enrolled : null;
}

async function stored(db: Knex, table: string, experimentId: string, unit: string): Promise<number | null> {
  const row = (await db(table).where({ experiment_id: experimentId, unit }).first('variant')) as
    { variant: number } | undefined;
  return row === undefined ? null : Number(row.variant);
}

/**
 * Records a sighting of `unit` in `variant`: a new row with first and last seen at `at`, or last seen
 * moved forward on an existing one (its variant stays the first one: sticky). Returns whether the row is new.
 */
export async function upsertSighting(
  db: Knex,
  table: 'experiment_assignments' | 'experiment_exposures',
  experimentId: string,
  unit: string,
  variant: number,
  at: Date,
): Promise<boolean> {
  const result = (await db.raw(
    `insert into ${table} (experiment_id, unit, variant, first_seen, last_seen) values (?, ?, ?, ?, ?)
     on conflict (experiment_id, unit) do update
       set last_seen = greatest(${table}.last_seen, excluded.last_seen),
           first_seen = least(${table}.first_seen, excluded.first_seen)
     returning (xmax = 0) as inserted`,
    [experimentId, unit, variant, at, at],
  )) as { rows: { inserted: boolean }[] };
  return Boolean(result.rows[0]?.inserted);
}

/**
 * One exposure from the SDK route (logExposure), with `upsertSighting`'s answer (a new row?): a first
 * exposure counts the unit's earlier events in its rollups, in the same transaction.
 */
export async function recordSighting(
  db: Knex,
  experiment: { id: string; environment_id: string },
  unit: string,
  variant: number,
  at: Date,
): Promise<boolean> {
  return db.transaction(async (trx) => {
    const inserted = await upsertSighting(trx, 'experiment_exposures', experiment.id, unit, variant, at);
    if (!inserted) return false;
    // After the exposure's row (the order recordExperimentData explains), before reading the series.
    await lockRollups(trx, experiment.environment_id);
    const series = await environmentSeries(trx, experiment.environment_id);
    if (series.some((s) => s.experiment_id === experiment.id)) {
      await recomputeUnits(trx, [{ experimentId: experiment.id, unit }]);
    }
    return true;
  });
}

export interface Assignment {
  variant: string | null;
  isNew: boolean;
}

const name = (e: ExperimentEntry, i: number | null) => (i === null ? null : e.variants[i]!.key);

/**
 * The unit's variant: the one stored for it, else the engine's bucketing; null when the experiment is
 * not running, the context has no key or the unit is not enrolled.
 */
async function variantFor(
  db: Knex,
  entry: RulesetEntry,
  experiment: ExperimentEntry,
  context: Context,
): Promise<{ unit: string; variant: number } | null> {
  if (experiment.status !== 'running' || typeof context.key !== 'string') return null;
  const existing = await stored(db, 'experiment_assignments', experiment.id, context.key);
  const variant = existing ?? bucketedVariant(entry, experiment, context);
  return variant === null ? null : { unit: context.key, variant };
}

const none: Assignment = { variant: null, isNew: false };

/** assign: the stored assignment, or a new one stored now; null unless RUNNING and enrolled. */
export async function assign(
  db: Knex,
  entry: RulesetEntry,
  experiment: ExperimentEntry,
  context: Context,
  now: Date,
): Promise<Assignment> {
  const found = await variantFor(db, entry, experiment, context);
  if (found === null) return none;
  const { unit, variant } = found;
  const isNew = await upsertSighting(db, 'experiment_assignments', experiment.id, unit, variant, now);
  // A concurrent assign may have stored first: what is stored wins.
  const final = isNew
    ? variant
    : ((await stored(db, 'experiment_assignments', experiment.id, unit)) ?? variant);
  return { variant: name(experiment, final), isNew };
}

/** getVariant: what the unit has or would get, storing nothing; null unless RUNNING. */
export async function variantOf(
  db: Knex,
  entry: RulesetEntry,
  experiment: ExperimentEntry,
  context: Context,
): Promise<Assignment> {
  const found = await variantFor(db, entry, experiment, context);
  return found === null ? none : { variant: name(experiment, found.variant), isNew: false };
}

/** logExposure: records the unit's exposure to its variant (first/last seen); null when not enrolled. */
export async function logExposure(
  db: Knex,
  entry: RulesetEntry,
  experiment: ExperimentEntry,
  context: Context,
  now: Date,
): Promise<Assignment> {
  const found = await variantFor(db, entry, experiment, context);
  if (found === null) return none;
  const isNew = await recordSighting(db, experiment, found.unit, found.variant, now);
  return { variant: name(experiment, found.variant), isNew };
}
