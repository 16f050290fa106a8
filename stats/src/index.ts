// @ff/stats: ff's experiment statistics. Sufficient statistics in (counts and sums the API computes in
// SQL), tests, intervals and decisions out: no I/O, no clock, no randomness, no dependencies.
// See stats/README.md for every method's formula and reference.

export type { BinomialArm, MeanArm, Interval, Comparison, TestOptions } from './types.ts';
export { StatsInputError } from './arms.ts';
export { twoProportionZTest, welchTTest, holm, relativeLift } from './frequentist.ts';
export type { WelchResult } from './frequentist.ts';
export { sequentialTest, optimalMixtureScale } from './sequential.ts';
export type { SequentialOptions, SequentialResult } from './sequential.ts';
export { bayesBinomial, bayesMean } from './bayes.ts';
export type { BayesResult, BayesBinomialResult, BetaPrior, NormalPrior } from './bayes.ts';
export { srm } from './srm.ts';
export type { SrmResult } from './srm.ts';
export { sampleSize, duration } from './power.ts';
export type { SampleSizeInput, SampleSizeResult } from './power.ts';
export { cuped } from './cuped.ts';
export type { CupedResult } from './cuped.ts';
export {
  erf,
  erfc,
  normalCdf,
  normalSf,
  normalPdf,
  normalQuantile,
  studentTCdf,
  studentTSf,
  studentTQuantile,
  chiSquareCdf,
  chiSquareSf,
  gammaP,
  gammaQ,
  betaInc,
  betaPdf,
  lnGamma,
  lnBeta,
} from './special.ts';
