// Moments of an arm from its sufficient statistics, and the checks every method runs on its input.
import type { BinomialArm, MeanArm } from './types.ts';

/** Thrown for input no method can give a meaningful answer to (negative counts, more conversions than units). */
export class StatsInputError extends Error {
  override name = 'StatsInputError';
}

function finiteNonNegative(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0)
    throw new StatsInputError(`${what} must be a finite number ≥ 0, got ${value}`);
}

export function checkBinomial(arm: BinomialArm, what: string): void {
  finiteNonNegative(arm.units, `${what}.units`);
  finiteNonNegative(arm.conversions, `${what}.conversions`);
  if (arm.conversions > arm.units)
    throw new StatsInputError(
      `${what}.conversions (${arm.conversions}) exceeds ${what}.units (${arm.units})`,
    );
}

export function checkMean(arm: MeanArm, what: string): void {
  finiteNonNegative(arm.units, `${what}.units`);
  finiteNonNegative(arm.sumSquares, `${what}.sumSquares`);
  if (!Number.isFinite(arm.sum)) throw new StatsInputError(`${what}.sum must be finite, got ${arm.sum}`);
}

export function checkAlpha(alpha: number): number {
  if (!(alpha > 0 && alpha < 1)) throw new StatsInputError(`alpha must be in (0, 1), got ${alpha}`);
  return alpha;
}

/** Mean and unbiased sample variance from n, Σy, Σy² (the variance clamped at 0 against rounding). */
export function meanMoments(arm: MeanArm): { n: number; mean: number; variance: number } {
  const n = arm.units;
  if (n === 0) return { n, mean: NaN, variance: NaN };
  const mean = arm.sum / n;
  // Σ(y − ȳ)² = Σy² − (Σy)²/n; with n = 1 the variance is undefined.
  const variance = n > 1 ? Math.max(0, (arm.sumSquares - (arm.sum * arm.sum) / n) / (n - 1)) : NaN;
  return { n, mean, variance };
}

/** A binomial arm as a mean arm of 0/1 values (Σy = Σy² = conversions). */
export function binomialAsMean(arm: BinomialArm): MeanArm {
  return { units: arm.units, sum: arm.conversions, sumSquares: arm.conversions };
}

export function isBinomial(arm: BinomialArm | MeanArm): arm is BinomialArm {
  return (arm as BinomialArm).conversions !== undefined;
}
