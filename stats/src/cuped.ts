// CUPED: variance reduction with each unit's pre-exposure value of the same metric.
import { checkMean, StatsInputError } from './arms.ts';
import type { MeanArm } from './types.ts';

export interface CupedResult {
  /** The arms with y replaced by y − θ (x − x̄): pass them to `welchTTest` or `sequentialTest`. */
  control: MeanArm;
  treatment: MeanArm;
  /** θ = Cov(x, y) / Var(x), pooled over both arms. */
  theta: number;
  /** The pooled overall mean of the covariate x̄. */
  covariateMean: number;
  /** The share of the variance removed, ρ² (the squared pooled correlation of x and y); 0 when none. */
  varianceReduction: number;
}

/**
 * CUPED (Controlled-experiment Using Pre-Experiment Data): with x a unit's value of the metric before
 * exposure, replace y by  y' = y − θ (x − x̄),  θ = Cov(x, y) / Var(x), estimated on both arms pooled (so
 * the same θ applies to both and the difference of means stays unbiased, as randomization makes x
 * independent of the arm). Var(ȳ') = Var(ȳ)(1 − ρ²). From sums only:
 *
 *   Σy' = Σy − θ (Σx − n x̄)
 *   Σy'² = Σy² − 2θ (Σxy − x̄ Σy) + θ² (Σx² − 2 x̄ Σx + n x̄²)
 *
 * Units without a pre-exposure value should enter with x = 0 (Deng et al. §3.4 handle them with an
 * indicator; 0 is the simple, still-unbiased choice). Arms without covariate sums are returned unchanged
 * with θ = 0.
 * Reference: A. Deng, Y. Xu, R. Kohavi, T. Walker, "Improving the Sensitivity of Online Controlled
 * Experiments by Utilizing Pre-Experiment Data", WSDM 2013, §3.
 */
export function cuped(control: MeanArm, treatment: MeanArm): CupedResult {
  checkMean(control, 'control');
  checkMean(treatment, 'treatment');
  const has = (a: MeanArm) =>
    a.covariateSum !== undefined && a.covariateSumSquares !== undefined && a.crossSum !== undefined;
  if (!has(control) || !has(treatment)) {
    if (has(control) !== has(treatment))
      throw new StatsInputError('CUPED needs covariateSum, covariateSumSquares and crossSum on both arms');
    return { control, treatment, theta: 0, covariateMean: NaN, varianceReduction: 0 };
  }
  const n = control.units + treatment.units;
  const sx = control.covariateSum! + treatment.covariateSum!;
  const sxx = control.covariateSumSquares! + treatment.covariateSumSquares!;
  const sy = control.sum + treatment.sum;
  const syy = control.sumSquares + treatment.sumSquares;
  const sxy = control.crossSum! + treatment.crossSum!;
  const xbar = sx / n;
  // The pooled co-moments, each Σ(a − ā)(b − b̄) = Σab − Σa Σb / n.
  const cxx = sxx - (sx * sx) / n;
  const cyy = syy - (sy * sy) / n;
  const cxy = sxy - (sx * sy) / n;
  const theta = cxx > 0 ? cxy / cxx : 0;
  const adjust = (a: MeanArm): MeanArm => {
    const x = a.covariateSum!;
    const xx = a.covariateSumSquares!;
    return {
      units: a.units,
      sum: a.sum - theta * (x - a.units * xbar),
      sumSquares: Math.max(
        0,
        a.sumSquares -
          2 * theta * (a.crossSum! - xbar * a.sum) +
          theta * theta * (xx - 2 * xbar * x + a.units * xbar * xbar),
      ),
    };
  };
  return {
    control: adjust(control),
    treatment: adjust(treatment),
    theta,
    covariateMean: xbar,
    varianceReduction: cxx > 0 && cyy > 0 ? (cxy * cxy) / (cxx * cyy) : 0,
  };
}
