// The shapes every method shares: per-variant sufficient statistics in (the API computes them in SQL,
// so no method ever needs a row per unit), intervals and comparisons out.

/** A binomial metric for one variant: how many units were enrolled and how many of them converted. */
export interface BinomialArm {
  units: number;
  conversions: number;
}

/**
 * A mean metric for one variant: per unit value y, `sum` = Σy and `sumSquares` = Σy². For CUPED
 * (cuped.ts), the unit's pre-exposure value x of the same metric: `covariateSum` = Σx,
 * `covariateSumSquares` = Σx², `crossSum` = Σxy.
 */
export interface MeanArm {
  units: number;
  sum: number;
  sumSquares: number;
  covariateSum?: number;
  covariateSumSquares?: number;
  crossSum?: number;
}

/** A point estimate with a two-sided interval around it. */
export interface Interval {
  lower: number;
  upper: number;
  estimate: number;
}

/**
 * A treatment compared with the control, the same shape from every frequentist method so callers can
 * render them alike. `lift` is relative (treatment / control − 1), `absoluteLift` the difference.
 */
export interface Comparison {
  /** The test statistic: z for the z-tests, Welch's t for `welchTTest`. */
  statistic: number;
  /** The same as `statistic` (named `z` for the seed's "z-score"). */
  z: number;
  /** Two-sided p-value. */
  pValue: number;
  /** Relative lift, treatment / control − 1, with its (1 − alpha) interval (delta method). */
  lift: Interval;
  /** Absolute lift, treatment − control, with its (1 − alpha) interval. */
  absoluteLift: Interval;
  /** The control's mean (the conversion rate for binomial metrics). */
  controlMean: number;
  /** The treatment's mean (the conversion rate for binomial metrics). */
  treatmentMean: number;
  /** The standard error of the absolute lift used for its interval. */
  standardError: number;
  alpha: number;
  /** pValue < alpha. */
  significant: boolean;
}

export interface TestOptions {
  /** Significance level, two-sided; default 0.05 (95% intervals). */
  alpha?: number;
}
