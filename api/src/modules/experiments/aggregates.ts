// The SQL that turns exposures and tracked events into sufficient statistics per variant: units,
// conversions, Σy and Σy² (and the pre-exposure covariate's sums for CUPED). Everything is grouped in
// the database; Node receives one row per variant, however many units and events there are.
import type { Knex } from 'knex';

export interface MetricSpec {
  kind: 'binomial' | 'count' | 'sum';
  event: string;
  windowHours: number;
  cap: number | null;
}

export interface VariantAggregate {
  variant: number;
  units: number;
  /** Units with at least one event in the window after their first exposure. */
  conversions: number;
  /** Σy, Σy² of the per-unit value (count, summed value, or 0/1 for binomial), capped. */
  sum: number;
  sumSquares: number;
  /** Σx, Σx², Σxy of the same value in the window before first exposure (CUPED's covariate). */
  covariateSum: number;
  covariateSumSquares: number;
  crossSum: number;
}

/** Exposed units per variant index. */
export async function unitsPerVariant(db: Knex, experimentId: string): Promise<Map<number, number>> {
  const rows = (await db('experiment_exposures')
    .where({ experiment_id: experimentId })
    .groupBy('variant')
    .select('variant', db.raw('count(*) as units'))) as { variant: number; units: string | number }[];
  return new Map(rows.map((r) => [Number(r.variant), Number(r.units)]));
}

/**
 * One metric's aggregates per variant. Per unit (a group of at most the unit's events in the window on
 * either side of its first exposure, found through sdk_events_custom_name): post- and pre-exposure count
 * and sum; then per variant the sums of the capped per-unit value, its square and the cross product.
 *
 * Performance note: one pass over the exposures joined to the events of one name; at 1,000,000 units
 * and 10,000,000 events this is a hash join and two aggregations in Postgres (see bench/experiments.ts).
 */
export async function metricAggregates(
  db: Knex,
  experimentId: string,
  environmentId: string,
  metric: MetricSpec,
): Promise<VariantAggregate[]> {
  const value = metric.kind === 'sum' ? 'coalesce(ev.value, 0)' : '1';
  const y = metric.kind === 'binomial' ? '(case when p.n_post > 0 then 1 else 0 end)' : 'p.v_post';
  const x = metric.kind === 'binomial' ? '(case when p.n_pre > 0 then 1 else 0 end)' : 'p.v_pre';
  const capped = (e: string) => (metric.cap === null ? e : `least(${e}, :cap)`);
  const sql = `
    with per_unit as (
      select u.variant,
             count(ev.context_key) filter (where ev.occurred_at >= u.first_seen) as n_post,
             coalesce(sum(${value}) filter (where ev.occurred_at >= u.first_seen), 0) as v_post,
             count(ev.context_key) filter (where ev.occurred_at < u.first_seen) as n_pre,
             coalesce(sum(${value}) filter (where ev.occurred_at < u.first_seen), 0) as v_pre
        from experiment_exposures u
        left join sdk_events ev
          on ev.environment_id = :environmentId and ev.kind = 'custom' and ev.name = :event
         and ev.context_key = u.unit
         and ev.occurred_at >= u.first_seen - make_interval(hours => :hours)
         and ev.occurred_at < u.first_seen + make_interval(hours => :hours)
       where u.experiment_id = :experimentId
       group by u.unit, u.variant
    ), unit_values as (
      select variant, (case when p.n_post > 0 then 1 else 0 end) as converted,
             cast(${capped(y)} as float8) as y, cast(${capped(x)} as float8) as x
        from per_unit p
    )
    select variant, count(*) as units, sum(converted) as conversions,
           sum(y) as sum, sum(y * y) as sum_squares,
           sum(x) as covariate_sum, sum(x * x) as covariate_sum_squares, sum(x * y) as cross_sum
      from unit_values
     group by variant
     order by variant`;
  const bindings = {
    experimentId,
    environmentId,
    event: metric.event,
    hours: metric.windowHours,
    ...(metric.cap === null ? {} : { cap: metric.cap }),
  };
  const result = (await db.transaction(async (trx) => {
    // Performance note: the per-unit step groups up to millions of rows; with the default 4 MB work_mem
    // Postgres sorts them on disk. A transaction-local 256 MB keeps the hash join and the grouping in
    // memory, and JIT compilation (seconds on a busy machine) buys nothing for one scan and two groupings.
    await trx.raw(`select set_config('work_mem', '256MB', true), set_config('jit', 'off', true)`);
    return trx.raw(sql, bindings);
  })) as { rows: Record<string, string | number | null>[] };
  return result.rows.map((r) => ({
    variant: Number(r.variant),
    units: Number(r.units),
    conversions: Number(r.conversions ?? 0),
    sum: Number(r.sum ?? 0),
    sumSquares: Number(r.sum_squares ?? 0),
    covariateSum: Number(r.covariate_sum ?? 0),
    covariateSumSquares: Number(r.covariate_sum_squares ?? 0),
    crossSum: Number(r.cross_sum ?? 0),
  }));
}
