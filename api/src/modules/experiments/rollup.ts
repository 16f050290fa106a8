// Per-unit rollups of tracked events (migration 014): what results read instead of joining every
// exposure to the raw events on each call. A series is (experiment, event name, window); each exposed
// unit with an event in either window has one row of raw counts and sums after and before its first
// exposure. Kind and cap are applied when results read the rows (a cap is per unit: min(Σ, cap) cannot
// be kept as a running sum), so metrics that differ only in them share a series.
//
// Who writes, and why the rows equal what the raw join computes (aggregates.ts, the fallback):
// - the event intake, in the transaction that stores the raw events: adds each tracked event to the row
//   of every series of its name whose experiment exposed its unit, when it falls in a window
//   (`addEvents`); then, for every unit whose exposure is new or moved earlier, recomputes its rows from
//   the raw events (`recomputeUnits`: an event that came before the exposure counts as pre-exposure, or
//   post when the SDK's clocks say so, and a moved first exposure moves both windows);
// - `ensureSeries`, when an experiment launches or resumes or its metrics change: registers the series
//   its metrics need and fills each new one from the raw events (`backfill`).
// Every writer holds one transaction-scoped advisory lock per environment before it reads the series,
// the exposures or the raw events it rolls up, so a backfill sees every event whose transaction did not
// add it itself, and no event is counted twice. Writers store exposures before taking it (intake.ts says
// why: a deadlock with a launch); recomputeUnits rebuilds from what is committed once the lock is held. A retried batch (same batchId) is filtered out before
// anything is written (events.ts: unseenBatches), so it adds nothing here either.
import type { Knex } from 'knex';
import { pgArray } from '../../db/pg-array.ts';
import type { MetricSpec, VariantAggregate } from './aggregates.ts';

// The first half of the two-int advisory lock key (the second is the environment id's hashtext).
const lockClass = 150_014;
// Rows per statement (array or JSON parameters: no limit on bound parameters applies).
const chunk = 5000;

export interface Series {
  id: number;
  experiment_id: string;
  event: string;
  window_hours: number;
}

export interface TrackedEvent {
  name: string;
  contextKey: string;
  value?: number | null | undefined;
  timestamp: number;
}

/** Serialises the rollup writers of one environment until the transaction ends. */
export async function lockRollups(trx: Knex, environmentId: string): Promise<void> {
  await trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [lockClass, environmentId]);
}

/** The environment's series (read after `lockRollups`, so none registered meanwhile is missed). */
export async function environmentSeries(trx: Knex, environmentId: string): Promise<Series[]> {
  return (await trx('experiment_metric_series')
    .where({ environment_id: environmentId })
    .select('id', 'experiment_id', 'event', 'window_hours')) as Series[];
}

// Per (series, unit): events in [first, first + window) are "post", in [first − window, first) "pre".
const sums = (t: string, first: string, value: string) => `
  count(*) filter (where ${t} >= ${first}) as n_post,
  coalesce(sum(coalesce(${value}, 0)) filter (where ${t} >= ${first}), 0) as v_post,
  count(*) filter (where ${t} < ${first}) as n_pre,
  coalesce(sum(coalesce(${value}, 0)) filter (where ${t} < ${first}), 0) as v_pre`;
const inWindow = (t: string, first: string) =>
  `${t} >= ${first} - make_interval(hours => s.window_hours) and ${t} < ${first} + make_interval(hours => s.window_hours)`;
// The raw events of a series' name for one unit (index sdk_events_custom_name).
const rawEvents = (unit: string) =>
  `sdk_events ev on ev.environment_id = s.environment_id and ev.kind = 'custom' and ev.name = s.event
   and ev.context_key = ${unit}`;

/**
 * Adds tracked events to the rows of already exposed units. Call after the raw events are stored and
 * before `recomputeUnits` (which overwrites, with the raw events, the units whose exposure changes).
 *
 * Performance note: one statement per 5,000 events, a column per array parameter (pgArray); each event
 * of a series' name costs one primary-key probe of experiment_exposures, other names are left out in Node.
 */
export async function addEvents(
  trx: Knex,
  environmentId: string,
  series: readonly Series[],
  events: readonly TrackedEvent[],
): Promise<void> {
  const names = new Set(series.map((s) => s.event));
  const relevant = events.filter((e) => names.has(e.name));
  for (let i = 0; i < relevant.length; i += chunk) {
    const part = relevant.slice(i, i + chunk);
    await trx.raw(
      `insert into experiment_unit_values as r (series_id, unit, variant, n_post, v_post, n_pre, v_pre)
       select s.id, e.u, x.variant, ${sums('e.t', 'x.first_seen', 'e.v')}
         from unnest(cast(? as text[]), cast(? as text[]), cast(? as float8[]), cast(? as timestamptz[]))
           as e(n, u, v, t)
         join experiment_metric_series s on s.environment_id = ? and s.event = e.n
         join experiment_exposures x on x.experiment_id = s.experiment_id and x.unit = e.u
        where ${inWindow('e.t', 'x.first_seen')}
        group by s.id, e.u, x.variant
       on conflict (series_id, unit) do update
         set n_post = r.n_post + excluded.n_post, v_post = r.v_post + excluded.v_post,
             n_pre = r.n_pre + excluded.n_pre, v_pre = r.v_pre + excluded.v_pre`,
      [
        pgArray(part.map((e) => e.name)),
        pgArray(part.map((e) => e.contextKey)),
        pgArray(part.map((e) => e.value)),
        pgArray(part.map((e) => new Date(e.timestamp).toISOString())),
        environmentId,
      ],
    );
  }
}

/**
 * Rebuilds the rows of `units` (experiment id, unit) in every series of their experiments from the raw
 * events and their stored first exposure: for units just exposed, or whose first exposure moved.
 */
export async function recomputeUnits(
  trx: Knex,
  units: readonly { experimentId: string; unit: string }[],
): Promise<void> {
  for (let i = 0; i < units.length; i += chunk) {
    const part = JSON.stringify(units.slice(i, i + chunk).map((u) => ({ e: u.experimentId, u: u.unit })));
    await trx.raw(
      `delete from experiment_unit_values r
        using jsonb_to_recordset(cast(? as jsonb)) as c(e uuid, u text), experiment_metric_series s
        where s.experiment_id = c.e and r.series_id = s.id and r.unit = c.u`,
      [part],
    );
    await trx.raw(
      `insert into experiment_unit_values (series_id, unit, variant, n_post, v_post, n_pre, v_pre)
       select s.id, x.unit, x.variant, ${sums('ev.occurred_at', 'x.first_seen', 'ev.value')}
         from jsonb_to_recordset(cast(? as jsonb)) as c(e uuid, u text)
         join experiment_exposures x on x.experiment_id = c.e and x.unit = c.u
         join experiment_metric_series s on s.experiment_id = x.experiment_id
         join ${rawEvents('x.unit')} and ${inWindow('ev.occurred_at', 'x.first_seen')}
        group by s.id, x.unit, x.variant`,
      [part],
    );
  }
}

/** Fills a new series from the raw events of every exposed unit (the raw join, once). */
async function backfill(trx: Knex, seriesId: number): Promise<void> {
  // Performance note: as in aggregates.ts, a transaction-local work_mem keeps the join and the grouping
  // of up to millions of units in memory.
  await trx.raw(`select set_config('work_mem', '256MB', true), set_config('jit', 'off', true)`);
  await trx.raw(
    `insert into experiment_unit_values (series_id, unit, variant, n_post, v_post, n_pre, v_pre)
     select s.id, x.unit, x.variant, ${sums('ev.occurred_at', 'x.first_seen', 'ev.value')}
       from experiment_metric_series s
       join experiment_exposures x on x.experiment_id = s.experiment_id
       join ${rawEvents('x.unit')} and ${inWindow('ev.occurred_at', 'x.first_seen')}
      where s.id = ?
      group by s.id, x.unit, x.variant`,
    [seriesId],
  );
}

/**
 * Makes the series of `metrics` exist for the experiment (new ones filled from the raw events) and drops
 * the experiment's series no metric needs any more. Runs in the caller's transaction (a launch, a resume,
 * a change of the experiment's metrics).
 */
export async function ensureSeries(
  trx: Knex,
  experiment: { id: string; environment_id: string },
  metrics: readonly Pick<MetricSpec, 'event' | 'windowHours'>[],
): Promise<void> {
  await lockRollups(trx, experiment.environment_id);
  const existing = (await trx('experiment_metric_series')
    .where({ experiment_id: experiment.id })
    .select('id', 'event', 'window_hours')) as Omit<Series, 'experiment_id'>[];
  const id = (event: string, hours: number) => `${event}\0${hours}`;
  const wanted = new Map(metrics.map((m) => [id(m.event, m.windowHours), m]));
  const unused = existing.filter((s) => !wanted.has(id(s.event, Number(s.window_hours))));
  if (unused.length > 0) {
    await trx('experiment_metric_series')
      .whereIn(
        'id',
        unused.map((s) => s.id),
      )
      .delete();
  }
  for (const s of existing) wanted.delete(id(s.event, Number(s.window_hours)));
  for (const m of wanted.values()) {
    const [row] = (await trx('experiment_metric_series')
      .insert({
        experiment_id: experiment.id,
        environment_id: experiment.environment_id,
        event: m.event,
        window_hours: m.windowHours,
      })
      .returning('id')) as { id: number }[];
    await backfill(trx, row!.id);
  }
}

/**
 * The per-variant aggregates of every metric that has a series, in one pass over the rollup rows
 * (grouped by metric and variant); `undefined` in the place of a metric without one (results then run
 * the raw join for it). `units` are the exposed units per variant: units without a row count as zeros.
 */
export async function rollupAggregates(
  db: Knex,
  experimentId: string,
  metrics: readonly MetricSpec[],
  units: ReadonlyMap<number, number>,
): Promise<(VariantAggregate[] | undefined)[]> {
  const series = (await db('experiment_metric_series')
    .where({ experiment_id: experimentId })
    .select('id', 'event', 'window_hours')) as Omit<Series, 'experiment_id'>[];
  const byId = new Map(series.map((s) => [`${s.event}\0${Number(s.window_hours)}`, Number(s.id)]));
  const wanted = metrics.flatMap((m, i) => {
    const s = byId.get(`${m.event}\0${m.windowHours}`);
    return s === undefined ? [] : [{ i, s, kind: m.kind, cap: m.cap }];
  });
  const out: (VariantAggregate[] | undefined)[] = metrics.map(() => undefined);
  if (wanted.length === 0) return out;
  // y and x as aggregates.ts defines them: the unit's count, summed value or converted flag, capped.
  const result = (await db.raw(
    `with m as (select * from jsonb_to_recordset(cast(? as jsonb)) as m(i int, s int, kind text, cap float8)),
     unit_values as (
       select m.i, r.variant, r.n_post,
              case m.kind when 'binomial' then (case when r.n_post > 0 then 1 else 0 end)
                          when 'count' then r.n_post else r.v_post end as y0,
              case m.kind when 'binomial' then (case when r.n_pre > 0 then 1 else 0 end)
                          when 'count' then r.n_pre else r.v_pre end as x0,
              m.cap
         from m join experiment_unit_values r on r.series_id = m.s
     ), capped as (
       select i, variant, n_post,
              cast(case when cap is null then y0 else least(y0, cap) end as float8) as y,
              cast(case when cap is null then x0 else least(x0, cap) end as float8) as x
         from unit_values
     )
     select i, variant, count(*) filter (where n_post > 0) as conversions,
            sum(y) as sum, sum(y * y) as sum_squares,
            sum(x) as covariate_sum, sum(x * x) as covariate_sum_squares, sum(x * y) as cross_sum
       from capped
      group by i, variant`,
    [JSON.stringify(wanted)],
  )) as { rows: Record<string, string | number | null>[] };
  const found = new Map(result.rows.map((r) => [`${Number(r.i)}\0${Number(r.variant)}`, r]));
  for (const { i } of wanted) {
    out[i] = [...units.keys()]
      .sort((a, b) => a - b)
      .map((variant) => {
        const r = found.get(`${i}\0${variant}`);
        return {
          variant,
          units: units.get(variant)!,
          conversions: Number(r?.conversions ?? 0),
          sum: Number(r?.sum ?? 0),
          sumSquares: Number(r?.sum_squares ?? 0),
          covariateSum: Number(r?.covariate_sum ?? 0),
          covariateSumSquares: Number(r?.covariate_sum_squares ?? 0),
          crossSum: Number(r?.cross_sum ?? 0),
        };
      });
  }
  return out;
}
