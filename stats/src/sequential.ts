// Always-valid inference: a p-value and a confidence sequence that may be looked at after every day (or
// every unit) without inflating the false-positive rate, unlike the fixed-horizon tests in frequentist.ts.
import {
  binomialAsMean,
  checkAlpha,
  checkBinomial,
  checkMean,
  isBinomial,
  meanMoments,
  StatsInputError,
} from './arms.ts';
import { relativeLift } from './frequentist.ts';
import type { BinomialArm, Interval, MeanArm } from './types.ts';

export interface SequentialOptions {
  /** Significance level; default 0.05. The confidence sequence covers with probability ≥ 1 − alpha at all times. */
  alpha?: number;
  /**
   * The units per arm at which the confidence sequence is tightest (Howard et al.'s tuning); default 5,000.
   * Any fixed value gives valid inference; it only moves where the test is most powerful. Fix it before
   * the experiment starts and do not change it while it runs.
   */
  tuningUnits?: number;
  /**
   * The mixing variance τ² of the normal mixture on the absolute difference, overriding `tuningUnits`.
   */
  mixtureVariance?: number;
  /**
   * The always-valid p-value of the previous look. The sequence of p-values is a running minimum
   * (p_n = min(p_{n−1}, 1/Λ_n)); pass the last one to keep that property across looks.
   */
  previousPValue?: number;
}

export interface SequentialResult {
  /** The z statistic of the difference at this look (for display; it is not what the p-value comes from). */
  z: number;
  /** The always-valid p-value: P(ever reaching this evidence | no difference) ≤ pValue. */
  pValue: number;
  /** The mixture likelihood ratio Λ_n of "some difference" against "no difference". */
  likelihoodRatio: number;
  /** Absolute lift with its (1 − alpha) confidence sequence. */
  absoluteLift: Interval;
  /** Relative lift with the confidence sequence mapped by the delta method (approximate; see README). */
  lift: Interval;
  controlMean: number;
  treatmentMean: number;
  /** The mixing variance τ² used. */
  mixtureVariance: number;
  alpha: number;
  /** pValue < alpha (equivalently, 0 is outside the confidence sequence of the absolute lift). */
  significant: boolean;
}

/**
 * Howard et al.'s choice of the mixing scale that makes the normal-mixture boundary tightest after `n`
 * observations of unit variance: ρ² = (−2 ln α + ln(−2 ln α + 1)) / n  (Howard et al. 2021, eq. (3.5)
 * and §3.5; also GrowthBook's "tuning parameter").
 */
export function optimalMixtureScale(alpha: number, n: number): number {
  const l = -2 * Math.log(alpha);
  return (l + Math.log(l + 1)) / n;
}

/**
 * The mixture sequential probability ratio test (mSPRT) with a normal mixture, for the difference of two
 * means (binomial arms are means of 0/1 values). With Δ̂ = ȳ_t − ȳ_c and V = s²_c/n_c + s²_t/n_t, Δ̂ is
 * approximately N(θ, V); mixing the alternative θ over N(0, τ²) gives the likelihood ratio
 *
 *   Λ_n = √( V / (V + τ²) ) · exp( τ² Δ̂² / (2 V (V + τ²)) )
 *
 * Λ_n is a nonnegative martingale under θ = 0, so by Ville's inequality P(sup_n Λ_n ≥ 1/α) ≤ α: the
 * always-valid p-value is p_n = min(1, p_{n−1}, 1/Λ_n). Inverting the test gives the confidence sequence
 *
 *   Δ̂ ± √( V (V + τ²) / τ² · ( 2 ln(1/α) + ln((V + τ²)/V) ) )
 *
 * τ² = ρ² (s²_c + s²_t) with ρ² from `optimalMixtureScale(alpha, tuningUnits)`, which is tightest when each
 * arm has `tuningUnits` units. Variances are estimated from the data (as in Johari et al.'s and GrowthBook's
 * implementations); the approximation is the central-limit one, so very small samples are conservative
 * or slightly off. The A/A simulation in test/sequential.test.ts checks the false-positive rate.
 *
 * References: R. Johari, P. Koomen, L. Pekelis, D. Walsh, "Peeking at A/B Tests: Why it matters, and what
 * to do about it", KDD 2017 (mSPRT, eq. (9)/(11)); S. R. Howard, A. Ramdas, J. McAuliffe, J. Sekhon,
 * "Time-uniform, nonparametric, nonasymptotic confidence sequences", Annals of Statistics 49 (2021)
 * (normal mixture boundary, eq. (3.7)); H. Robbins, "Statistical methods related to the law of the
 * iterated logarithm", Ann. Math. Stat. 41 (1970).
 */
export function sequentialTest(
  control: BinomialArm | MeanArm,
  treatment: BinomialArm | MeanArm,
  opts: SequentialOptions = {},
): SequentialResult {
  const alpha = checkAlpha(opts.alpha ?? 0.05);
  if (isBinomial(control) !== isBinomial(treatment))
    throw new StatsInputError('control and treatment must both be binomial arms or both mean arms');
  let c: MeanArm;
  let t: MeanArm;
  if (isBinomial(control)) {
    checkBinomial(control, 'control');
    checkBinomial(treatment as BinomialArm, 'treatment');
    c = binomialAsMean(control);
    t = binomialAsMean(treatment as BinomialArm);
  } else {
    checkMean(control, 'control');
    checkMean(treatment as MeanArm, 'treatment');
    c = control;
    t = treatment as MeanArm;
  }
  const mc = meanMoments(c);
  const mt = meanMoments(t);
  // Binomial arms use the binomial variance p(1 − p) (divisor n, as the z-test does).
  const varC = isBinomial(control) ? mc.mean * (1 - mc.mean) : mc.variance;
  const varT = isBinomial(control) ? mt.mean * (1 - mt.mean) : mt.variance;
  const vc = varC / mc.n;
  const vt = varT / mt.n;
  const v = vc + vt;
  const diff = mt.mean - mc.mean;
  const tuning = opts.tuningUnits ?? 5000;
  if (!(tuning > 0)) throw new StatsInputError(`tuningUnits must be > 0, got ${tuning}`);
  const tau2 = opts.mixtureVariance ?? optimalMixtureScale(alpha, tuning) * (varC + varT);
  const previous = opts.previousPValue ?? 1;
  const empty = (estimate: number): Interval => ({ estimate, lower: -Infinity, upper: Infinity });
  if (!(v > 0) || !(tau2 > 0)) {
    // No variance yet (no units, or every unit identical): no evidence, an unbounded sequence.
    return {
      z: 0,
      pValue: Math.min(1, previous),
      likelihoodRatio: 1,
      absoluteLift: empty(Number.isFinite(diff) ? diff : 0),
      lift: empty(Number.isFinite(diff / mc.mean) ? diff / mc.mean : 0),
      controlMean: mc.mean,
      treatmentMean: mt.mean,
      mixtureVariance: tau2,
      alpha,
      significant: previous < alpha,
    };
  }
  const logLr = 0.5 * Math.log(v / (v + tau2)) + (tau2 * diff * diff) / (2 * v * (v + tau2));
  const pValue = Math.min(1, previous, Math.exp(-logLr));
  const halfWidth = (variance: number, mixing: number) =>
    Math.sqrt(
      ((variance * (variance + mixing)) / mixing) *
        (2 * Math.log(1 / alpha) + Math.log((variance + mixing) / variance)),
    );
  const h = halfWidth(v, tau2);
  // The relative lift: the same boundary on the delta-method variance, with the mixture rescaled by the
  // control mean (the relative difference is the absolute one divided by μ_c).
  const rel = relativeLift(mc.mean, vc, mt.mean, vt, 1);
  const relVariance = (rel.upper - rel.estimate) ** 2;
  const relHalf = relVariance > 0 ? halfWidth(relVariance, tau2 / (mc.mean * mc.mean)) : Infinity;
  return {
    z: diff / Math.sqrt(v),
    pValue,
    likelihoodRatio: Math.exp(logLr),
    absoluteLift: { estimate: diff, lower: diff - h, upper: diff + h },
    lift: { estimate: rel.estimate, lower: rel.estimate - relHalf, upper: rel.estimate + relHalf },
    controlMean: mc.mean,
    treatmentMean: mt.mean,
    mixtureVariance: tau2,
    alpha,
    significant: pValue < alpha,
  };
}
