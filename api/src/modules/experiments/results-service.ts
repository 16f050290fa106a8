// The results and sample-size endpoints: read the experiment and its metric definitions, aggregate in
// SQL, hand the sums to @ff/stats.
import type { Knex } from 'knex';
import { sampleSize, StatsInputError } from '@ff/stats';
import type { Db } from '../../db/knex.ts';
import { InvalidQueryError, NotFoundError } from '../../http/errors.ts';
import type { ProjectRow } from '../projects/store.ts';
import type { components } from '../../generated/openapi.ts';
import { metricsByKey } from '../metric-definitions/service.ts';
import { computeResults, metricSpec } from './results.ts';
import type { MetricRow } from './results.ts';
import { ensureSeries } from './rollup.ts';
import * as store from './store.ts';
import type { ExperimentEntry } from './view.ts';

type Results = components['schemas']['ExperimentResults'];
type SampleSize = components['schemas']['ExperimentSampleSize'];

async function experimentOr404(db: Db, project: ProjectRow, key: string): Promise<ExperimentEntry> {
  const row = await store.findExperiment(db, project.id, key);
  if (!row) throw new NotFoundError(`No experiment "${key}" in project "${project.key}".`);
  return row;
}

/** The experiment's metrics in display order (primary, secondary, guardrail) with their roles. */
export async function metricsOf(db: Db, experiment: ExperimentEntry) {
  const roles = new Map<string, 'primary' | 'secondary' | 'guardrail'>();
  if (experiment.primary_metric) roles.set(experiment.primary_metric, 'primary');
  for (const k of experiment.secondary_metrics) if (!roles.has(k)) roles.set(k, 'secondary');
  for (const k of experiment.guardrail_metrics) if (!roles.has(k)) roles.set(k, 'guardrail');
  const defs = await metricsByKey(db, experiment.project_id, [...roles.keys()]);
  const metrics = [...roles.keys()].flatMap((k) => {
    const d = defs.get(k);
    return d ? [d as unknown as MetricRow] : [];
  });
  return { metrics, roles };
}

/**
 * Registers, and fills from the raw events, the rollup series the experiment's metrics read (rollup.ts),
 * in the caller's transaction: at launch and resume, and when its metrics change while it runs or is
 * paused. From then on the event intake keeps them.
 */
export async function ensureRollups(trx: Knex, experiment: ExperimentEntry): Promise<void> {
  const { metrics } = await metricsOf(trx, experiment);
  await ensureSeries(trx, experiment, metrics.map(metricSpec));
}

export async function experimentResults(
  db: Db,
  project: ProjectRow,
  key: string,
  alpha: number,
  now = new Date(),
): Promise<Results> {
  const experiment = await experimentOr404(db, project, key);
  const { metrics, roles } = await metricsOf(db, experiment);
  return computeResults(db, experiment, metrics, roles, alpha, now);
}

export async function sampleSizeFor(
  db: Db,
  project: ProjectRow,
  key: string,
  query: { baseline: number; mde: number; power?: number; alpha?: number },
  now: Date,
): Promise<SampleSize> {
  const experiment = await experimentOr404(db, project, key);
  let enrollmentPerDay: number | null = null;
  if (experiment.started_at !== null) {
    const end = experiment.stopped_at === null ? now : new Date(experiment.stopped_at);
    const days = (end.getTime() - new Date(experiment.started_at).getTime()) / 86_400_000;
    const [row] = (await db('experiment_exposures')
      .where({ experiment_id: experiment.id })
      .count({ n: '*' })) as { n: string | number }[];
    if (days > 0) enrollmentPerDay = Number(row?.n ?? 0) / days;
  }
  try {
    const result = sampleSize({
      baseline: query.baseline,
      mde: query.mde,
      power: query.power ?? 0.8,
      alpha: query.alpha ?? 0.05,
      variants: experiment.variants.length,
      ...(enrollmentPerDay !== null && enrollmentPerDay > 0 ? { dailyUnits: enrollmentPerDay } : {}),
    });
    return {
      perVariant: result.perVariant,
      total: result.total,
      variants: experiment.variants.length,
      enrollmentPerDay,
      days: result.days ?? null,
    };
  } catch (err) {
    if (err instanceof StatsInputError) {
      throw new InvalidQueryError([{ path: 'query', message: err.message, rule: 'experiment-model' }]);
    }
    throw err;
  }
}
