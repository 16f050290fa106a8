// Behaviour at the edges and properties that hold whatever the numbers: bad input is refused with a
// readable error, degenerate data gives "no evidence" rather than NaN, and the methods agree with each other.
import { describe, expect, it } from 'vitest';
import {
  bayesBinomial,
  bayesMean,
  cuped,
  duration,
  holm,
  normalCdf,
  normalQuantile,
  sampleSize,
  srm,
  StatsInputError,
  twoProportionZTest,
  welchTTest,
} from '../src/index.ts';

describe('input checks', () => {
  it.each([
    [
      'more conversions than units',
      () => twoProportionZTest({ units: 5, conversions: 6 }, { units: 5, conversions: 1 }),
    ],
    ['negative units', () => twoProportionZTest({ units: -1, conversions: 0 }, { units: 5, conversions: 1 })],
    [
      'alpha outside (0, 1)',
      () => twoProportionZTest({ units: 5, conversions: 1 }, { units: 5, conversions: 1 }, { alpha: 1 }),
    ],
    ['NaN sum', () => welchTTest({ units: 5, sum: NaN, sumSquares: 1 }, { units: 5, sum: 1, sumSquares: 1 })],
    ['a p-value above 1', () => holm([0.2, 1.5])],
    ['weights of another length', () => srm([10, 10], [1])],
    ['all weights zero', () => srm([10, 10], [0, 0])],
    ['a rate above 1 after the effect', () => sampleSize({ baseline: 0.95, mde: 0.1 })],
    ['a single variant', () => sampleSize({ baseline: 0.1, mde: 0.1, variants: 1 })],
    [
      'a prior of 0',
      () => bayesBinomial({ units: 5, conversions: 1 }, { units: 5, conversions: 1 }, { alpha: 0, beta: 1 }),
    ],
    [
      'CUPED sums on one arm only',
      () =>
        cuped(
          { units: 2, sum: 1, sumSquares: 1, covariateSum: 1, covariateSumSquares: 1, crossSum: 1 },
          { units: 2, sum: 1, sumSquares: 1 },
        ),
    ],
    ['no enrollment', () => duration(100, 0)],
  ])('refuses %s', (_what, call) => {
    expect(call).toThrow(StatsInputError);
  });
});

describe('degenerate data', () => {
  it('the z-test with no conversions anywhere is z = 0, p = 1', () => {
    const r = twoProportionZTest({ units: 100, conversions: 0 }, { units: 100, conversions: 0 });
    expect([r.z, r.pValue, r.significant]).toEqual([0, 1, false]);
  });

  it('Welch with identical constant values is t = 0, p = 1', () => {
    const arm = { units: 10, sum: 50, sumSquares: 250 };
    const r = welchTTest(arm, arm);
    expect([r.statistic, r.pValue]).toEqual([0, 1]);
  });

  it('SRM: a unit in a variant of weight 0 is a mismatch; no units at all is none', () => {
    expect(srm([100, 3], [1, 0]).mismatch).toBe(true);
    expect(srm([0, 0], [1, 1])).toMatchObject({ pValue: 1, mismatch: false });
    expect(srm([100, 0], [1, 0])).toMatchObject({ pValue: 1, mismatch: false });
  });

  it('Holm of nothing is nothing, and ties keep their order', () => {
    expect(holm([])).toEqual([]);
    expect(holm([0.01, 0.01])).toEqual([0.02, 0.02]);
  });
});

describe('agreement between methods', () => {
  it('the z-test and Welch on 0/1 data agree closely at large n', () => {
    const c = { units: 20000, conversions: 2000 };
    const t = { units: 20000, conversions: 2150 };
    const z = twoProportionZTest(c, t);
    const w = welchTTest(
      { units: c.units, sum: c.conversions, sumSquares: c.conversions },
      { units: t.units, sum: t.conversions, sumSquares: t.conversions },
    );
    expect(w.pValue).toBeCloseTo(z.pValue, 3);
    expect(w.absoluteLift.lower).toBeCloseTo(z.absoluteLift.lower, 4);
  });

  it('the Bayesian mean comparison with a flat prior mirrors the frequentist one', () => {
    const c = { units: 5000, sum: 50000, sumSquares: 50000 * 10 + 4999 * 16 };
    const t = { units: 5000, sum: 50500, sumSquares: (50500 * 50500) / 5000 + 4999 * 16 };
    const b = bayesMean(c, t);
    const w = welchTTest(c, t);
    // P(Δ > 0) = 1 − p/2 for a positive effect when the t quantiles are normal ones (large df).
    expect(b.chanceToBeat).toBeCloseTo(1 - w.pValue / 2, 4);
    // A prior centred on 0 pulls the estimate toward 0 and narrows the interval.
    const shrunk = bayesMean(c, t, { mean: 0, variance: 0.01 });
    expect(shrunk.absoluteLift.estimate).toBeLessThan(b.absoluteLift.estimate);
    expect(shrunk.absoluteLift.upper - shrunk.absoluteLift.lower).toBeLessThan(
      b.absoluteLift.upper - b.absoluteLift.lower,
    );
  });

  it('expected losses differ by the posterior mean difference', () => {
    const r = bayesBinomial({ units: 3000, conversions: 90 }, { units: 3000, conversions: 120 });
    expect(r.expectedLossControl - r.expectedLoss).toBeCloseTo(r.absoluteLift.estimate, 12);
    expect(r.liftInterval.lower).toBeLessThan(r.liftInterval.estimate);
    expect(r.liftInterval.upper).toBeGreaterThan(r.liftInterval.estimate);
  });

  it('is deterministic: the same input gives the same output to every digit', () => {
    const a = { units: 7777, conversions: 321 };
    const b = { units: 7700, conversions: 360 };
    expect(bayesBinomial(a, b)).toEqual(bayesBinomial(a, b));
  });
});

describe('sampleSize', () => {
  it('reaches the requested power at the computed n (and not one unit fewer than the formula needs)', () => {
    const { perVariant } = sampleSize({ baseline: 0.03, mde: 0.1, power: 0.8 });
    // The power of the pooled z-test at n per arm, by the same normal approximation (Fleiss 4.14 solved for power).
    const power = (n: number) => {
      const p1 = 0.03;
      const p2 = 0.033;
      const pbar = (p1 + p2) / 2;
      const se0 = Math.sqrt((2 * pbar * (1 - pbar)) / n);
      const se1 = Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n);
      return normalCdf((p2 - p1 - normalQuantile(0.975) * se0) / se1);
    };
    expect(power(perVariant)).toBeGreaterThanOrEqual(0.8);
    expect(power(perVariant - 1)).toBeLessThan(0.8);
  });

  it('the issue’s example (baseline 3%, MDE 10%, power 0.8) and its duration at 2,000 units a day', () => {
    const r = sampleSize({ baseline: 0.03, mde: 0.1, power: 0.8, dailyUnits: 2000 });
    expect(r.perVariant).toBe(53211);
    expect(r.total).toBe(106422);
    expect(r.days).toBe(54);
    expect(duration(r.total, 2000, 0.5)).toBe(107);
  });

  it('more variants need more units per variant (Bonferroni over the treatments)', () => {
    const two = sampleSize({ baseline: 0.1, mde: 0.1 });
    const four = sampleSize({ baseline: 0.1, mde: 0.1, variants: 4 });
    expect(four.comparisonAlpha).toBeCloseTo(0.05 / 3, 15);
    expect(four.perVariant).toBeGreaterThan(two.perVariant);
    expect(four.total).toBe(four.perVariant * 4);
  });
});

describe('cuped', () => {
  it('returns the arms unchanged without covariates', () => {
    const c = { units: 10, sum: 20, sumSquares: 50 };
    const t = { units: 12, sum: 30, sumSquares: 90 };
    expect(cuped(c, t)).toMatchObject({ control: c, treatment: t, theta: 0, varianceReduction: 0 });
  });

  it('removes the variance a perfectly predictive covariate explains and keeps the difference', () => {
    // y = x + effect: the adjusted values are constant within each arm.
    const xs = [1, 2, 3, 4, 5, 6];
    const arm = (effect: number) => ({
      units: xs.length,
      sum: xs.reduce((a, x) => a + x + effect, 0),
      sumSquares: xs.reduce((a, x) => a + (x + effect) ** 2, 0),
      covariateSum: xs.reduce((a, x) => a + x, 0),
      covariateSumSquares: xs.reduce((a, x) => a + x * x, 0),
      crossSum: xs.reduce((a, x) => a + x * (x + effect), 0),
    });
    const r = cuped(arm(0), arm(2));
    expect(r.theta).toBeCloseTo(1, 12);
    // Within each arm the adjusted values are constant: no variance left.
    for (const a of [r.control, r.treatment])
      expect(a.sumSquares - (a.sum * a.sum) / a.units).toBeCloseTo(0, 9);
    expect(r.varianceReduction).toBeGreaterThan(0.7);
    const w = welchTTest(r.control, r.treatment);
    expect(w.absoluteLift.estimate).toBeCloseTo(2, 12);
  });
});
