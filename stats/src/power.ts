// Power: how many units an experiment needs to detect a given effect, and how long that takes.
import { checkAlpha, StatsInputError } from './arms.ts';
import { normalQuantile } from './special.ts';

export interface SampleSizeInput {
  /** The control's conversion rate (0–1) for a binomial metric, or its mean for a mean metric. */
  baseline: number;
  /** The minimum detectable effect: relative to the baseline (0.1 = +10%) unless `relative` is false. */
  mde: number;
  /** Probability of detecting an effect of size `mde`; default 0.8. */
  power?: number;
  /** Two-sided significance level; default 0.05. */
  alpha?: number;
  /** Number of variants including the control; default 2. */
  variants?: number;
  /** Whether `mde` is relative to the baseline (default true) or absolute. */
  relative?: boolean;
  /** The standard deviation of the metric per unit: given, the metric is a mean metric. */
  standardDeviation?: number;
  /** Units enrolled per day across all variants (the current enrollment rate): given, `days` is returned. */
  dailyUnits?: number;
}

export interface SampleSizeResult {
  /** Units needed in each variant (rounded up). */
  perVariant: number;
  /** perVariant × variants. */
  total: number;
  /** The significance level each comparison uses: alpha / (variants − 1) (Bonferroni over the treatments). */
  comparisonAlpha: number;
  /** The effect in absolute units (rate points or the metric's unit). */
  absoluteEffect: number;
  /** Days to enroll `total` at `dailyUnits` per day, when given. */
  days?: number;
}

/**
 * Units per variant for a two-sided test of each treatment against the control.
 *
 * Binomial (p₁ = baseline, p₂ = p₁(1 + mde) or p₁ + mde, p̄ = (p₁ + p₂)/2; Fleiss, Levin & Paik,
 * "Statistical Methods for Rates and Proportions", 3rd ed. (2003), eq. (4.14) without the continuity
 * correction; the test it powers is the pooled z-test of `twoProportionZTest`):
 *
 *   n = ( z_{1−α/2} √(2 p̄ (1 − p̄)) + z_{1−β} √(p₁(1 − p₁) + p₂(1 − p₂)) )² / (p₂ − p₁)²
 *
 * Mean (σ the per-unit standard deviation, δ the absolute effect; e.g. Chow, Shao & Wang, "Sample Size
 * Calculations in Clinical Research", 2nd ed. (2008) §3.2.1):
 *
 *   n = 2 σ² (z_{1−α/2} + z_{1−β})² / δ²
 *
 * With more than one treatment, α is divided by the number of treatments (Bonferroni: a slightly
 * conservative stand-in for the Holm correction the results apply). With `dailyUnits`, `days` =
 * ⌈total / dailyUnits⌉ (see `duration`).
 */
export function sampleSize(input: SampleSizeInput): SampleSizeResult {
  const alpha = checkAlpha(input.alpha ?? 0.05);
  const power = input.power ?? 0.8;
  if (!(power > 0 && power < 1)) throw new StatsInputError(`power must be in (0, 1), got ${power}`);
  const variants = input.variants ?? 2;
  if (!Number.isInteger(variants) || variants < 2)
    throw new StatsInputError(`variants must be an integer ≥ 2, got ${variants}`);
  const relative = input.relative ?? true;
  const { baseline, mde } = input;
  if (!Number.isFinite(baseline) || !Number.isFinite(mde) || mde === 0)
    throw new StatsInputError('baseline and a non-zero mde must be finite numbers');
  const comparisonAlpha = alpha / (variants - 1);
  const za = normalQuantile(1 - comparisonAlpha / 2);
  const zb = normalQuantile(power);
  const delta = relative ? baseline * mde : mde;
  let n: number;
  if (input.standardDeviation !== undefined) {
    const sd = input.standardDeviation;
    if (!(sd > 0)) throw new StatsInputError(`standardDeviation must be > 0, got ${sd}`);
    n = (2 * sd * sd * (za + zb) ** 2) / (delta * delta);
  } else {
    const p1 = baseline;
    const p2 = baseline + delta;
    if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1))
      throw new StatsInputError(`baseline ${p1} and baseline + effect ${p2} must both be rates in (0, 1)`);
    const pbar = (p1 + p2) / 2;
    n =
      (za * Math.sqrt(2 * pbar * (1 - pbar)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 /
      (delta * delta);
  }
  // Round up, but not past a float's noise (n = 1000.0000000001 is 1000).
  const perVariant = Math.ceil(n - 1e-9);
  const total = perVariant * variants;
  const result: SampleSizeResult = { perVariant, total, comparisonAlpha, absoluteEffect: delta };
  if (input.dailyUnits !== undefined) result.days = duration(total, input.dailyUnits);
  return result;
}

/**
 * Days needed to enroll `total` units at `dailyUnits` per day, of which the share `allocation` (0–1,
 * default 1) enters the experiment: ⌈total / (dailyUnits × allocation)⌉.
 */
export function duration(total: number, dailyUnits: number, allocation = 1): number {
  if (!(dailyUnits > 0)) throw new StatsInputError(`dailyUnits must be > 0, got ${dailyUnits}`);
  if (!(allocation > 0 && allocation <= 1))
    throw new StatsInputError(`allocation must be in (0, 1], got ${allocation}`);
  return Math.ceil(total / (dailyUnits * allocation) - 1e-9);
}
