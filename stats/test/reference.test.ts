// Every method against independent reference values computed with SciPy (reference/generate.py, which
// records the inputs with the outputs in reference/values.json), to at least 6 significant digits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as stats from '../src/index.ts';
import type { Interval } from '../src/index.ts';

type Json = number | string;
// The recorded cases, as generate.py writes them (each section's shape is read where it is used).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Case = Record<string, any>;
const values = JSON.parse(
  readFileSync(new URL('./reference/values.json', import.meta.url), 'utf8'),
) as Record<string, Case[]>;
/** vitest's it.each rows: a label and the case. */
const rows = (list: Case[], label: (c: Case, i: number) => string): [string, Case][] =>
  list.map((c, i) => [label(c, i), c]);
const num = (v: Json): number =>
  v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : (v as number);

/** |actual − expected| ≤ 1e-7 · |expected| (7 significant digits), or ≤ `abs` near zero. */
function close(actual: number, expected: Json, what: string, rel = 1e-7, abs = 1e-300): void {
  const e = num(expected);
  if (!Number.isFinite(e)) return void expect(actual, what).toBe(e);
  const err = Math.abs(actual - e);
  expect(
    err <= Math.max(rel * Math.abs(e), abs),
    `${what}: got ${actual}, SciPy ${e} (relative error ${err / Math.abs(e)})`,
  ).toBe(true);
}

function closeInterval(
  actual: Interval,
  expected: Record<string, Json>,
  what: string,
  rel = 1e-7,
  abs = 1e-300,
): void {
  for (const key of ['estimate', 'lower', 'upper'] as const)
    if (expected[key] !== undefined) close(actual[key], expected[key], `${what}.${key}`, rel, abs);
}

describe('special functions against scipy.special / scipy.stats', () => {
  const fns = stats as unknown as Record<string, (...args: number[]) => number>;
  it.each(rows(values.special!, (c) => `${c.fn}(${c.args.join(', ')})`))('%s', (_name, c) => {
    // Values underflowing to ~1e-300 keep their relative precision, except where SciPy's own is lower.
    close(fns[c.fn]!(...c.args), c.value, c.fn, 1e-9, 1e-300);
  });
});

describe('twoProportionZTest against the 2×2 chi-square test (scipy.stats.chi2_contingency, no Yates)', () => {
  it.each(rows(values.twoProportionZTest!, (_c, i) => `case ${i}`))('%s', (_i, c) => {
    const r = stats.twoProportionZTest(c.control, c.treatment, { alpha: c.alpha });
    close(r.z, c.expected.z, 'z');
    close(r.pValue, c.expected.pValue, 'pValue');
    closeInterval(r.absoluteLift, c.expected.absoluteLift, 'absoluteLift');
    closeInterval(r.lift, c.expected.lift, 'lift');
  });
});

describe('welchTTest against scipy.stats.ttest_ind(equal_var=False) and its confidence_interval()', () => {
  it.each(rows(values.welchTTest!, (_c, i) => `case ${i}`))('%s', (_i, c) => {
    const r = stats.welchTTest(c.control, c.treatment, { alpha: c.alpha });
    // Sums of thousands of floats carry ~1e-12 relative rounding into the variance: 6+ digits remain.
    close(r.statistic, c.expected.statistic, 'statistic', 1e-6);
    close(r.pValue, c.expected.pValue, 'pValue', 1e-6);
    close(r.df, c.expected.df, 'df', 1e-6);
    closeInterval(r.absoluteLift, c.expected.absoluteLift, 'absoluteLift', 1e-6);
    closeInterval(r.lift, c.expected.lift, 'lift', 1e-6);
  });
});

describe('holm', () => {
  it.each(rows(values.holm!, (c) => c.pValues.join(', ')))('[%s]', (_n, c) => {
    stats.holm(c.pValues).forEach((p, i) => close(p, c.expected[i], `adjusted[${i}]`, 1e-12));
  });
});

describe('srm against scipy.stats.chisquare', () => {
  it.each(rows(values.srm!, (c) => c.observed.join(' / ')))('%s', (_n, c) => {
    const r = stats.srm(c.observed, c.weights);
    close(r.chiSquare, c.expected.chiSquare, 'chiSquare', 1e-9);
    close(r.pValue, c.expected.pValue, 'pValue', 1e-7);
    expect(r.mismatch).toBe(c.expected.pValue < 0.001);
  });
});

describe('sequentialTest against the mSPRT formulas evaluated in Python', () => {
  it.each(rows(values.sequentialTest!, (_c, i) => `case ${i}`))('%s', (_i, c) => {
    const r = stats.sequentialTest(c.control, c.treatment, { alpha: c.alpha, tuningUnits: c.tuningUnits });
    close(r.pValue, c.expected.pValue, 'pValue', 1e-9);
    close(r.likelihoodRatio, c.expected.likelihoodRatio, 'likelihoodRatio', 1e-7);
    close(r.mixtureVariance, c.expected.mixtureVariance, 'mixtureVariance', 1e-7);
    closeInterval(r.absoluteLift, c.expected.absoluteLift, 'absoluteLift', 1e-7);
  });
});

describe('bayesBinomial against Evan Miller’s closed form and QUADPACK', () => {
  it.each(rows(values.bayesBinomial!, (_c, i) => `case ${i}`))('%s', (_i, c) => {
    const r = stats.bayesBinomial(c.control, c.treatment, c.prior);
    close(r.chanceToBeat, c.expected.chanceToBeat, 'chanceToBeat', 1e-7);
    close(r.expectedLoss, c.expected.expectedLoss, 'expectedLoss', 1e-7);
    close(r.expectedLossControl, c.expected.expectedLossControl, 'expectedLossControl', 1e-7);
    closeInterval(r.liftInterval, c.expected.liftInterval, 'liftInterval', 1e-7);
  });
});

describe('bayesMean against scipy.stats.norm and quadrature of the partial expectations', () => {
  it.each(rows(values.bayesMean!, (_c, i) => `case ${i}`))('%s', (_i, c) => {
    const r = stats.bayesMean(c.control, c.treatment);
    close(r.chanceToBeat, c.expected.chanceToBeat, 'chanceToBeat', 1e-6);
    close(r.expectedLoss, c.expected.expectedLoss, 'expectedLoss', 1e-6);
    close(r.expectedLossControl, c.expected.expectedLossControl, 'expectedLossControl', 1e-6);
    closeInterval(r.absoluteLift, c.expected.absoluteLift, 'absoluteLift', 1e-6);
  });
});

describe('sampleSize against the formulas evaluated with scipy.stats.norm', () => {
  it.each(rows(values.sampleSize!, (c) => JSON.stringify(c.input)))('%s', (_n, c) => {
    expect(stats.sampleSize(c.input).perVariant).toBe(c.expected.perVariant);
  });
});

describe('cuped against the per-unit adjustment computed with NumPy', () => {
  it.each(rows(values.cuped!, (_c, i) => `case ${i}`))('%s', (_i, c) => {
    const r = stats.cuped(c.control, c.treatment);
    close(r.theta, c.expected.theta, 'theta', 1e-7);
    close(r.varianceReduction, c.expected.varianceReduction, 'varianceReduction', 1e-7);
    for (const arm of ['control', 'treatment'] as const) {
      close(r[arm].sum, c.expected[arm].sum, `${arm}.sum`, 1e-7);
      close(r[arm].sumSquares, c.expected[arm].sumSquares, `${arm}.sumSquares`, 1e-7);
    }
    const w = stats.welchTTest(r.control, r.treatment);
    close(w.statistic, c.expected.welch.statistic, 'welch.statistic', 1e-6);
    close(w.pValue, c.expected.welch.pValue, 'welch.pValue', 1e-6);
    closeInterval(w.absoluteLift, c.expected.welch.absoluteLift, 'welch.absoluteLift', 1e-6);
  });
});
