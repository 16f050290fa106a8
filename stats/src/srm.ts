// Sample-ratio mismatch: are the enrolled units split the way the weights say they should be?
import { StatsInputError } from './arms.ts';
import { chiSquareSf } from './special.ts';

export interface SrmResult {
  chiSquare: number;
  /** Degrees of freedom: variants − 1. */
  df: number;
  pValue: number;
  /** pValue < threshold (0.001 by default): the assignment is broken, distrust the results. */
  mismatch: boolean;
  /** The counts the weights predict for the observed total. */
  expected: number[];
}

/**
 * Pearson's chi-square goodness-of-fit test of the units per variant against the configured relative
 * weights (which need not sum to 1 or 100):
 *
 *   E_i = N w_i / Σw,   χ² = Σ (O_i − E_i)² / E_i,   p = P(χ²_{k−1} ≥ χ²)
 *
 * flagged as a mismatch at p < 0.001 (the conventional SRM threshold: a real split rarely trips it, and
 * one that does usually means broken assignment or logging). Variants with weight 0 must have no units
 * (any unit there is a mismatch, p = 0) and do not count as a degree of freedom.
 * References: K. Pearson (1900); A. Fabijan et al., "Diagnosing Sample Ratio Mismatch in Online
 * Controlled Experiments", KDD 2019; Kohavi, Tang, Xu, "Trustworthy Online Controlled Experiments"
 * (2020) §21. Same values as scipy.stats.chisquare(observed, expected).
 */
export function srm(observed: number[], weights: number[], opts: { threshold?: number } = {}): SrmResult {
  if (observed.length !== weights.length)
    throw new StatsInputError(`observed has ${observed.length} variants, weights ${weights.length}`);
  if (observed.some((o) => !Number.isFinite(o) || o < 0))
    throw new StatsInputError('observed counts must be finite and ≥ 0');
  if (weights.some((w) => !Number.isFinite(w) || w < 0))
    throw new StatsInputError('weights must be finite and ≥ 0');
  const threshold = opts.threshold ?? 0.001;
  const total = observed.reduce((a, b) => a + b, 0);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (!(weightSum > 0)) throw new StatsInputError('at least one weight must be > 0');
  const expected = weights.map((w) => (total * w) / weightSum);
  let chiSquare = 0;
  let df = -1;
  let impossible = false;
  observed.forEach((o, i) => {
    const e = expected[i]!;
    if (weights[i] === 0) {
      if (o > 0) impossible = true;
      return;
    }
    df += 1;
    chiSquare += ((o - e) * (o - e)) / e;
  });
  if (impossible) return { chiSquare: Infinity, df: Math.max(df, 0), pValue: 0, mismatch: true, expected };
  if (total === 0 || df < 1)
    return { chiSquare: 0, df: Math.max(df, 0), pValue: 1, mismatch: false, expected };
  const pValue = chiSquareSf(chiSquare, df);
  return { chiSquare, df, pValue, mismatch: pValue < threshold, expected };
}
