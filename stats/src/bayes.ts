// Bayesian comparisons: the posterior of the lift, the chance to beat the control and the expected loss,
// computed in closed form or by deterministic quadrature (no Monte Carlo noise: the same input always
// gives the same output, to every digit).
import { checkAlpha, checkBinomial, checkMean, meanMoments, StatsInputError } from './arms.ts';
import { relativeLift } from './frequentist.ts';
import { integrate, mergeEdges, panels } from './quadrature.ts';
import { betaInc, betaIncComplement, betaPdf, normalCdf, normalPdf, normalQuantile } from './special.ts';
import type { BinomialArm, Interval, MeanArm } from './types.ts';

export interface BayesResult {
  /** P(treatment's true mean > control's | data). */
  chanceToBeat: number;
  /**
   * The risk of shipping the treatment: E[max(μ_c − μ_t, 0) | data], in the metric's own units (a rate for
   * binomial metrics): what is lost on average if the treatment is in fact worse.
   */
  expectedLoss: number;
  /** The risk of keeping the control: E[max(μ_t − μ_c, 0) | data]. */
  expectedLossControl: number;
  /** Relative lift μ_t / μ_c − 1: the (1 − alpha) equal-tailed credible interval; estimate = ratio of posterior means − 1. */
  liftInterval: Interval;
  /** Absolute lift μ_t − μ_c: posterior mean and (1 − alpha) credible interval. */
  absoluteLift: Interval;
}

export interface BetaPrior {
  /** Prior successes + … the Beta(α, β) parameters; default Beta(1, 1), uniform on [0, 1]. */
  alpha: number;
  beta: number;
}

export interface BayesBinomialResult extends BayesResult {
  /** The posterior Beta parameters of each arm. */
  posterior: { control: BetaPrior; treatment: BetaPrior };
}

interface BetaDist {
  a: number;
  b: number;
  mean: number;
  sd: number;
}

function betaDist(a: number, b: number): BetaDist {
  const mean = a / (a + b);
  return { a, b, mean, sd: Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1))) };
}

/** Panel edges that resolve a Beta density: fine within ±12 sd, coarser out to ±40 sd, clipped to [0, 1]. */
function betaEdges(d: BetaDist, scale = 1): number[] {
  const inner = panels(Math.max(0, d.mean - 12 * d.sd), Math.min(1, d.mean + 12 * d.sd), 48);
  const outer = panels(Math.max(0, d.mean - 40 * d.sd), Math.min(1, d.mean + 40 * d.sd), 28);
  return [...inner, ...outer].map((x) => x * scale);
}

function domain(d: BetaDist): [number, number] {
  return [Math.max(0, d.mean - 40 * d.sd), Math.min(1, d.mean + 40 * d.sd)];
}

/** Bisection-safeguarded secant (Illinois) search for f(x) = target on a bracket where f increases. */
function solveIncreasing(f: (x: number) => number, target: number, lo: number, hi: number): number {
  let flo = f(lo) - target;
  let fhi = f(hi) - target;
  let side = 0;
  for (let i = 0; i < 200; i++) {
    let x = (lo * fhi - hi * flo) / (fhi - flo);
    if (!(x > lo && x < hi)) x = (lo + hi) / 2;
    const fx = f(x) - target;
    if (fx === 0 || hi - lo < 1e-13 * Math.max(1, Math.abs(x))) return x;
    if (fx < 0) {
      lo = x;
      flo = fx;
      if (side === -1) fhi /= 2;
      side = -1;
    } else {
      hi = x;
      fhi = fx;
      if (side === 1) flo /= 2;
      side = 1;
    }
  }
  return (lo + hi) / 2;
}

/**
 * Beta-binomial comparison of two conversion rates. With the prior Beta(α, β) (default Beta(1, 1)) each
 * arm's rate has the posterior p_i | data ~ Beta(α + x_i, β + n_i − x_i). Then, with f_c the control's
 * posterior density and F_t the treatment's CDF (the regularized incomplete beta function):
 *
 *   chance to beat  P(p_t > p_c) = ∫₀¹ f_c(x) (1 − F_t(x)) dx
 *   expected loss   E[max(p_c − p_t, 0)] = ∫₀¹ f_c(x) ( x F_t(x) − μ_t F_t⁺(x) ) dx,
 *                   F_t⁺ the CDF of Beta(a_t + 1, b_t), μ_t = a_t / (a_t + b_t)
 *   lift quantiles  P(p_t / p_c − 1 ≤ r) = ∫₀¹ f_c(x) F_t((1 + r) x) dx, solved for r
 *
 * integrated by composite Gauss–Legendre over panels that resolve both posteriors. For integer posterior
 * parameters the chance to beat equals Evan Miller's closed form (the test checks it against that).
 * References: E. Miller, "Formulas for Bayesian A/B Testing" (2015); C. Stucchio, "Bayesian A/B Testing
 * at VWO" (2015), expected loss as the decision criterion; A. Gelman et al., "Bayesian Data Analysis",
 * 3rd ed. (2013) §2.4 (the conjugate beta-binomial model).
 */
export function bayesBinomial(
  control: BinomialArm,
  treatment: BinomialArm,
  prior: BetaPrior = { alpha: 1, beta: 1 },
  opts: { alpha?: number } = {},
): BayesBinomialResult {
  checkBinomial(control, 'control');
  checkBinomial(treatment, 'treatment');
  if (!(prior.alpha > 0 && prior.beta > 0)) throw new StatsInputError('prior alpha and beta must be > 0');
  const level = checkAlpha(opts.alpha ?? 0.05);
  const c = betaDist(prior.alpha + control.conversions, prior.beta + control.units - control.conversions);
  const t = betaDist(
    prior.alpha + treatment.conversions,
    prior.beta + treatment.units - treatment.conversions,
  );
  const [lo, hi] = domain(c);
  const edges = mergeEdges(lo, hi, betaEdges(c), betaEdges(t));
  const fc = (x: number) => betaPdf(c.a, c.b, x);
  const chanceToBeat = Math.min(
    1,
    Math.max(
      0,
      integrate((x) => fc(x) * betaIncComplement(t.a, t.b, x), edges),
    ),
  );
  const expectedLoss = Math.max(
    0,
    integrate((x) => fc(x) * (x * betaInc(t.a, t.b, x) - t.mean * betaInc(t.a + 1, t.b, x)), edges),
  );
  const expectedLossControl = Math.max(0, t.mean - c.mean + expectedLoss);
  // Quantiles of the relative lift R = p_t / p_c − 1.
  const liftCdf = (r: number) => {
    const k = 1 + r;
    return integrate(
      (x) => fc(x) * betaInc(t.a, t.b, k * x),
      mergeEdges(lo, hi, betaEdges(c), betaEdges(t, 1 / k)),
    );
  };
  // A bracket from the log-normal approximation of the ratio, widened until it holds.
  const logSd = Math.sqrt((c.sd / c.mean) ** 2 + (t.sd / t.mean) ** 2);
  const centre = Math.log(t.mean / c.mean);
  const quantile = (p: number) => {
    let lo = Math.exp(centre - 8 * logSd) - 1;
    let hi = Math.exp(centre + 8 * logSd) - 1;
    for (let i = 0; i < 60 && liftCdf(lo) > p; i++) lo = (lo + 1) / 2 - 1;
    for (let i = 0; i < 60 && liftCdf(hi) < p; i++) hi = (hi + 1) * 2 - 1;
    return solveIncreasing(liftCdf, p, lo, hi);
  };
  // The absolute difference: its posterior is not a named distribution; its mean is exact and its interval
  // the normal approximation with the exact posterior variances.
  const diff = t.mean - c.mean;
  const diffSd = Math.sqrt(c.sd ** 2 + t.sd ** 2);
  const z = normalQuantile(1 - level / 2);
  return {
    chanceToBeat,
    expectedLoss,
    expectedLossControl,
    liftInterval: {
      estimate: t.mean / c.mean - 1,
      lower: quantile(level / 2),
      upper: quantile(1 - level / 2),
    },
    absoluteLift: { estimate: diff, lower: diff - z * diffSd, upper: diff + z * diffSd },
    posterior: { control: { alpha: c.a, beta: c.b }, treatment: { alpha: t.a, beta: t.b } },
  };
}

export interface NormalPrior {
  /** Prior mean of the absolute difference μ_t − μ_c. */
  mean: number;
  /** Prior variance of the absolute difference (Infinity = flat, the default). */
  variance: number;
}

/**
 * Bayesian comparison of two means with the Gaussian approximation of each mean (central limit theorem):
 * Δ = μ_t − μ_c has the likelihood N(Δ̂, V), V = s²_c/n_c + s²_t/n_t. With a normal prior N(m₀, v₀) on Δ
 * (flat by default) the posterior is N(m, v) with v = 1 / (1/V + 1/v₀), m = v (Δ̂/V + m₀/v₀), and in
 * closed form:
 *
 *   chance to beat  P(Δ > 0) = Φ(m / √v)
 *   expected loss   E[max(−Δ, 0)] = √v φ(m/√v) − m Φ(−m/√v)
 *   keep control    E[max(Δ, 0)]  = √v φ(m/√v) + m Φ(m/√v)
 *
 * The relative lift's interval is the delta method's, shrunk by the same factor v / V and centred on
 * m / ȳ_c (approximate with an informative prior, exact in the normal model with the flat one).
 * References: A. Gelman et al., "Bayesian Data Analysis", 3rd ed. (2013) §2.5 (normal with known variance);
 * GrowthBook's Bayesian engine (normal approximation); the loss integral is the normal partial expectation
 * (e.g. Winkler, Roodman, Britney, "The determination of partial moments", Management Science 19, 1972).
 */
export function bayesMean(
  control: MeanArm,
  treatment: MeanArm,
  prior: NormalPrior = { mean: 0, variance: Infinity },
  opts: { alpha?: number } = {},
): BayesResult {
  checkMean(control, 'control');
  checkMean(treatment, 'treatment');
  if (!(prior.variance > 0)) throw new StatsInputError('prior variance must be > 0');
  const level = checkAlpha(opts.alpha ?? 0.05);
  const c = meanMoments(control);
  const t = meanMoments(treatment);
  const vc = c.variance / c.n;
  const vt = t.variance / t.n;
  const V = vc + vt;
  const diff = t.mean - c.mean;
  const shrink = prior.variance === Infinity ? 1 : 1 / (1 + V / prior.variance);
  const v = V * shrink;
  const m = prior.variance === Infinity ? diff : v * (diff / V + prior.mean / prior.variance);
  const sd = Math.sqrt(v);
  const z = normalQuantile(1 - level / 2);
  if (!(sd > 0)) {
    const sign = m > 0 ? 1 : m < 0 ? 0 : 0.5;
    return {
      chanceToBeat: sign,
      expectedLoss: Math.max(0, -m),
      expectedLossControl: Math.max(0, m),
      liftInterval: { estimate: m / c.mean, lower: m / c.mean, upper: m / c.mean },
      absoluteLift: { estimate: m, lower: m, upper: m },
    };
  }
  const u = m / sd;
  const rel = relativeLift(c.mean, vc, t.mean, vt, 1);
  const relSd = (rel.upper - rel.estimate) * Math.sqrt(shrink);
  const relEstimate = m / c.mean;
  return {
    chanceToBeat: normalCdf(u),
    expectedLoss: sd * normalPdf(u) - m * normalCdf(-u),
    expectedLossControl: sd * normalPdf(u) + m * normalCdf(u),
    liftInterval: { estimate: relEstimate, lower: relEstimate - z * relSd, upper: relEstimate + z * relSd },
    absoluteLift: { estimate: m, lower: m - z * sd, upper: m + z * sd },
  };
}
