// Results: SQL aggregates (aggregates.ts) handed to @ff/stats. Each treatment is compared with control
// (variant 0) on every metric: frequentist (pooled z for binomial metrics as the seed defines it, Welch's
// t for count and sum metrics, CUPED-adjusted when pre-exposure data exists), Holm across all
// treatment × metric p-values, the always-valid sequential p-value, and the Bayesian chance to beat
// control with its expected loss. No statistics are computed here.
import type { Knex } from 'knex';
import {
  bayesBinomial,
  bayesMean,
  cuped,
  holm,
  sequentialTest,
  srm,
  StatsInputError,
  twoProportionZTest,
  welchTTest,
} from '@ff/stats';
import type { Comparison, MeanArm } from '@ff/stats';
import type { components } from '../../generated/openapi.ts';
import { metricAggregates, unitsPerVariant } from './aggregates.ts';
import type { MetricSpec, VariantAggregate } from './aggregates.ts';
import { rollupAggregates } from './rollup.ts';
import type { ExperimentEntry } from './view.ts';

type Results = components['schemas']['ExperimentResults'];
type MetricResult = components['schemas']['ExperimentMetricResult'];
type VariantResult = components['schemas']['ExperimentVariantResult'];

export interface MetricRow {
  key: string;
  kind: 'binomial' | 'count' | 'sum';
  event: string;
  window_hours: number;
  cap: number | null;
  direction: 'higher' | 'lower';
}

/** A statistics call that cannot run on these numbers yet (no units in an arm) gives nothing. */
function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (err) {
    if (err instanceof StatsInputError) return undefined;
    throw err;
  }
}

const finite = (n: number | undefined): number | undefined =>
  n !== undefined && Number.isFinite(n) ? n : undefined;

function interval(i: { lower: number; upper: number; estimate: number } | undefined) {
  if (!i || ![i.lower, i.upper, i.estimate].every(Number.isFinite)) return undefined;
  return { lower: i.lower, upper: i.upper, estimate: i.estimate };
}

function meanArm(a: VariantAggregate, withCovariate: boolean): MeanArm {
  const arm: MeanArm = { units: a.units, sum: a.sum, sumSquares: a.sumSquares };
  if (withCovariate) {
    arm.covariateSum = a.covariateSum;
    arm.covariateSumSquares = a.covariateSumSquares;
    arm.crossSum = a.crossSum;
  }
  return arm;
}

/** Drops undefined members, so responses carry only what was computed. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function compare(
  metric: MetricRow,
  control: VariantAggregate,
  treatment: VariantAggregate,
  alpha: number,
): Partial<VariantResult> {
  if (metric.kind === 'binomial') {
    const c = { units: control.units, conversions: control.conversions };
    const t = { units: treatment.units, conversions: treatment.conversions };
    const z = attempt(() => twoProportionZTest(c, t, { alpha }));
    const seq = attempt(() => sequentialTest(c, t, { alpha }));
    const bayes = attempt(() => bayesBinomial(c, t, undefined, { alpha }));
    return {
      ...comparisonFields(z),
      zScore: finite(z?.z),
      sequentialPValue: finite(seq?.pValue),
      ...bayesFields(metric, bayes),
    };
  }
  // CUPED when any unit had pre-exposure activity: the same comparison with lower variance.
  const hasCovariate = control.covariateSumSquares > 0 || treatment.covariateSumSquares > 0;
  const c = meanArm(control, hasCovariate);
  const t = meanArm(treatment, hasCovariate);
  const adjusted = hasCovariate ? attempt(() => cuped(c, t)) : undefined;
  const cc = adjusted ? adjusted.control : c;
  const tt = adjusted ? adjusted.treatment : t;
  const welch = attempt(() => welchTTest(cc, tt, { alpha }));
  const seq = attempt(() => sequentialTest(cc, tt, { alpha }));
  const bayes = attempt(() => bayesMean(cc, tt, undefined, { alpha }));
  return {
    ...comparisonFields(welch),
    tStatistic: finite(welch?.statistic),
    sequentialPValue: finite(seq?.pValue),
    ...bayesFields(metric, bayes),
  };
}

function comparisonFields(c: Comparison | undefined): Partial<VariantResult> {
  if (!c) return {};
  return {
    pValue: finite(c.pValue),
    absoluteLift: interval(c.absoluteLift),
    relativeLift: interval(c.lift),
  };
}

function bayesFields(
  metric: MetricRow,
  b: { chanceToBeat: number; expectedLoss: number; expectedLossControl: number } | undefined,
): Partial<VariantResult> {
  if (!b) return {};
  // "Winning" is in the metric's direction: for a lower-is-better metric, beating control is being lower.
  const lower = metric.direction === 'lower';
  return {
    chanceToWin: finite(lower ? 1 - b.chanceToBeat : b.chanceToBeat),
    expectedLoss: finite(lower ? b.expectedLossControl : b.expectedLoss),
  };
}

export function metricSpec(metric: MetricRow): MetricSpec {
  return {
    kind: metric.kind,
    event: metric.event,
    windowHours: Number(metric.window_hours),
    cap: metric.cap === null ? null : Number(metric.cap),
  };
}

export async function computeResults(
  db: Knex,
  experiment: ExperimentEntry,
  metrics: MetricRow[],
  roles: Map<string, 'primary' | 'secondary' | 'guardrail'>,
  alpha: number,
  now: Date,
): Promise<Results> {
  const weights = experiment.variants.map((v) => v.weight);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const units = await unitsPerVariant(db, experiment.id);
  const observed = experiment.variants.map((_, i) => units.get(i) ?? 0);
  const check = attempt(() => srm(observed, weights));
  const srmResult =
    check && observed.some((o) => o > 0)
      ? { chiSquare: check.chiSquare, pValue: check.pValue, mismatch: check.mismatch }
      : { chiSquare: 0, pValue: 1, mismatch: false };

  const metricResults: MetricResult[] = [];
  // Holm runs over every treatment × metric p-value at once: positions remember where each goes.
  const pValues: number[] = [];
  const positions: { m: number; v: number }[] = [];
  const specs = metrics.map(metricSpec);
  // One pass over the rollups for every metric that has its series (rollup.ts); the raw join for any
  // other (a metric attached or changed while the experiment was not running, until it runs again).
  const rolled = await rollupAggregates(db, experiment.id, specs, units);
  for (const [m, metric] of metrics.entries()) {
    const aggregates =
      rolled[m] ?? (await metricAggregates(db, experiment.id, experiment.environment_id, specs[m]!));
    const byVariant = experiment.variants.map(
      (_, i): VariantAggregate =>
        aggregates.find((a) => a.variant === i) ?? {
          variant: i,
          units: 0,
          conversions: 0,
          sum: 0,
          sumSquares: 0,
          covariateSum: 0,
          covariateSumSquares: 0,
          crossSum: 0,
        },
    );
    const control = byVariant[0]!;
    const variants = byVariant.map((a, i): VariantResult => {
      const base: VariantResult = {
        variant: experiment.variants[i]!.key,
        units: a.units,
        control: i === 0,
        sum: a.sum,
        sumSquares: a.sumSquares,
        mean: a.units > 0 ? a.sum / a.units : 0,
      };
      if (metric.kind === 'binomial') {
        base.conversions = a.conversions;
        base.rate = a.units > 0 ? a.conversions / a.units : 0;
      }
      if (i === 0) return base;
      const compared = compare(metric, control, a, alpha);
      if (compared.pValue !== undefined) {
        pValues.push(compared.pValue);
        positions.push({ m: metricResults.length, v: i });
      }
      return defined({ ...base, ...compared });
    });
    metricResults.push({
      metric: metric.key,
      kind: metric.kind,
      role: roles.get(metric.key) ?? 'secondary',
      direction: metric.direction,
      variants,
      winner: null,
    });
  }
  const adjusted = pValues.length > 0 ? holm(pValues) : [];
  positions.forEach(({ m, v }, i) => {
    const row = metricResults[m]!.variants[v]!;
    row.adjustedPValue = adjusted[i]!;
    row.significant = adjusted[i]! < alpha;
  });
  for (const m of metricResults) {
    // The winner: the significant treatment with the largest lift in the metric's direction.
    const sign = m.direction === 'lower' ? -1 : 1;
    const better = m.variants.filter(
      (v) => v.significant && v.absoluteLift !== undefined && sign * v.absoluteLift.estimate > 0,
    );
    better.sort((a, b) => sign * (b.absoluteLift!.estimate - a.absoluteLift!.estimate));
    m.winner = better[0]?.variant ?? null;
  }
  return {
    experiment: experiment.key,
    status: experiment.status,
    computedAt: now.toISOString(),
    alpha,
    units: experiment.variants.map((v, i) => ({
      variant: v.key,
      units: observed[i]!,
      expectedShare: weightSum > 0 ? v.weight / weightSum : 0,
    })),
    srm: srmResult,
    metrics: metricResults,
  };
}
