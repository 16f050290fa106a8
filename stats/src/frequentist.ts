// Fixed-horizon frequentist tests: the pooled two-proportion z-test, Welch's t-test and Holm's
// correction. Valid when the sample size is fixed in advance and the results are read once; for looking
// every day use sequential.ts.
import { checkAlpha, checkBinomial, checkMean, meanMoments, StatsInputError } from './arms.ts';
import { normalQuantile, normalSf, studentTQuantile, studentTSf } from './special.ts';
import type { BinomialArm, Comparison, Interval, MeanArm, TestOptions } from './types.ts';

/**
 * The relative lift r = μ_t / μ_c − 1 with its interval by the delta method (first-order Taylor expansion
 * of the ratio of two independent means):
 *   Var(r̂) ≈ σ²_t / μ_c² + μ_t² σ²_c / μ_c⁴, where σ²_i is the variance of arm i's mean.
 * Reference: R. Kohavi, D. Tang, Y. Xu, "Trustworthy Online Controlled Experiments" (2020), §18
 * ("Variance estimation and improved sensitivity", percent delta); A. Deng, U. Knoblich, J. Lu,
 * "Applying the Delta Method in Metric Analytics" (KDD 2018).
 */
export function relativeLift(
  controlMean: number,
  controlMeanVariance: number,
  treatmentMean: number,
  treatmentMeanVariance: number,
  quantile: number,
): Interval {
  const estimate = treatmentMean / controlMean - 1;
  const se = Math.sqrt(
    treatmentMeanVariance / controlMean ** 2 + (treatmentMean ** 2 * controlMeanVariance) / controlMean ** 4,
  );
  return { estimate, lower: estimate - quantile * se, upper: estimate + quantile * se };
}

/**
 * Pooled two-proportion z-test of a treatment against the control (the seed's z-score):
 *
 *   p̂_c = x_c / n_c,  p̂_t = x_t / n_t,  p̂ = (x_c + x_t) / (n_c + n_t)
 *   z = (p̂_t − p̂_c) / √( p̂ (1 − p̂) (1/n_c + 1/n_t) ),   p = 2 (1 − Φ(|z|))
 *
 * The intervals use the unpooled (Wald) standard error, √(p̂_c(1−p̂_c)/n_c + p̂_t(1−p̂_t)/n_t), for the
 * absolute lift, and the delta method for the relative lift (`relativeLift`).
 * Reference: J. L. Fleiss, B. Levin, M. C. Paik, "Statistical Methods for Rates and Proportions", 3rd ed.
 * (2003), §2.6 (eq. 2.15); the same z as statsmodels' `proportions_ztest` (pooled, two-sided).
 * With several treatments, call it once per treatment against the control and correct with `holm`.
 */
export function twoProportionZTest(
  control: BinomialArm,
  treatment: BinomialArm,
  opts: TestOptions = {},
): Comparison {
  checkBinomial(control, 'control');
  checkBinomial(treatment, 'treatment');
  const alpha = checkAlpha(opts.alpha ?? 0.05);
  const pc = control.conversions / control.units;
  const pt = treatment.conversions / treatment.units;
  const pooled = (control.conversions + treatment.conversions) / (control.units + treatment.units);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / control.units + 1 / treatment.units));
  const diff = pt - pc;
  // No variance at all (0% or 100% everywhere): no evidence of a difference.
  const z = pooledSe > 0 ? diff / pooledSe : 0;
  const pValue = Math.min(1, 2 * normalSf(Math.abs(z)));
  const varC = (pc * (1 - pc)) / control.units;
  const varT = (pt * (1 - pt)) / treatment.units;
  const se = Math.sqrt(varC + varT);
  const q = normalQuantile(1 - alpha / 2);
  return {
    statistic: z,
    z,
    pValue,
    absoluteLift: { estimate: diff, lower: diff - q * se, upper: diff + q * se },
    lift: relativeLift(pc, varC, pt, varT, q),
    controlMean: pc,
    treatmentMean: pt,
    standardError: se,
    alpha,
    significant: pValue < alpha,
  };
}

export interface WelchResult extends Comparison {
  /** The Welch–Satterthwaite degrees of freedom. */
  df: number;
}

/**
 * Welch's unequal-variances t-test of a treatment's mean against the control's:
 *
 *   s²_i = (Σy² − (Σy)²/n_i) / (n_i − 1),  V = s²_c/n_c + s²_t/n_t
 *   t = (ȳ_t − ȳ_c) / √V
 *   ν = V² / ( (s²_c/n_c)²/(n_c − 1) + (s²_t/n_t)²/(n_t − 1) )      (Welch–Satterthwaite)
 *   p = 2 (1 − T_ν(|t|));  absolute lift ȳ_t − ȳ_c ± t_{ν, 1−α/2} √V
 *
 * The relative lift's interval is the delta method (`relativeLift`) with the same t quantile.
 * References: B. L. Welch, "The generalization of 'Student's' problem when several different population
 * variances are involved", Biometrika 34 (1947); F. E. Satterthwaite, Biometrics Bulletin 2 (1946).
 * Same values as scipy.stats.ttest_ind(equal_var=False) and its confidence_interval().
 */
export function welchTTest(control: MeanArm, treatment: MeanArm, opts: TestOptions = {}): WelchResult {
  checkMean(control, 'control');
  checkMean(treatment, 'treatment');
  const alpha = checkAlpha(opts.alpha ?? 0.05);
  const c = meanMoments(control);
  const t = meanMoments(treatment);
  const vc = c.variance / c.n;
  const vt = t.variance / t.n;
  const v = vc + vt;
  const se = Math.sqrt(v);
  const diff = t.mean - c.mean;
  const df = (v * v) / ((vc * vc) / (c.n - 1) + (vt * vt) / (t.n - 1));
  const stat = se > 0 ? diff / se : 0;
  const pValue = se > 0 ? Math.min(1, 2 * studentTSf(Math.abs(stat), df)) : 1;
  const q = se > 0 ? studentTQuantile(1 - alpha / 2, df) : 0;
  return {
    statistic: stat,
    z: stat,
    df,
    pValue,
    absoluteLift: { estimate: diff, lower: diff - q * se, upper: diff + q * se },
    lift: relativeLift(c.mean, vc, t.mean, vt, q),
    controlMean: c.mean,
    treatmentMean: t.mean,
    standardError: se,
    alpha,
    significant: pValue < alpha,
  };
}

/**
 * Holm's step-down adjustment of m p-values (controls the family-wise error rate, uniformly more powerful
 * than Bonferroni). Sort ascending p_(1) ≤ … ≤ p_(m); the adjusted values, returned in the input order, are
 *
 *   p̃_(i) = min(1, max_{j ≤ i} (m − j + 1) p_(j))
 *
 * Reject hypothesis i when p̃_i < alpha. Reference: S. Holm, "A simple sequentially rejective multiple test
 * procedure", Scandinavian Journal of Statistics 6 (1979) 65–70; the same values as statsmodels'
 * `multipletests(method='holm')`.
 */
export function holm(pValues: number[]): number[] {
  const bad = pValues.find((p) => !(p >= 0 && p <= 1));
  if (bad !== undefined) throw new StatsInputError(`p-values must be in [0, 1], got ${bad}`);
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
