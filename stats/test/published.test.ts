// Published worked examples: each case cites where its numbers were printed, and is checked to the
// precision the publication gives.
import { describe, expect, it } from 'vitest';
import {
  bayesBinomial,
  chiSquareSf,
  holm,
  lnBeta,
  normalCdf,
  normalQuantile,
  srm,
  studentTQuantile,
  twoProportionZTest,
  welchTTest,
} from '../src/index.ts';
import type { MeanArm } from '../src/index.ts';

/** A mean arm from a published summary (n, mean, sample standard deviation). */
function fromSummary(n: number, mean: number, sd: number): MeanArm {
  return { units: n, sum: n * mean, sumSquares: (n - 1) * sd * sd + n * mean * mean };
}

describe('tables (Abramowitz & Stegun 26.2, 26.4, 26.7)', () => {
  it('prints the familiar critical values', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 6);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 6);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706205, 6);
    expect(chiSquareSf(3.841459, 1)).toBeCloseTo(0.05, 7);
    expect(chiSquareSf(10.828, 1)).toBeCloseTo(0.001, 6);
  });
});

describe('sample-ratio mismatch', () => {
  it('Kohavi, Tang & Xu, "Trustworthy Online Controlled Experiments" (2020) ch. 3: 821,588 vs 815,482 on 50/50 has p ≈ 1.8e-6', () => {
    const r = srm([821588, 815482], [50, 50]);
    expect(r.pValue).toBeGreaterThan(1.75e-6);
    expect(r.pValue).toBeLessThan(1.85e-6);
    expect(r.mismatch).toBe(true);
  });

  it('srm.osc.garden: 44,000 vs 45,000 on 50/50 has p ≈ 0.0008, below the 0.1% threshold', () => {
    const r = srm([44000, 45000], [1, 1]);
    expect(r.pValue).toBeCloseTo(0.0008, 4);
    expect(r.mismatch).toBe(true);
  });

  it('onlinetoolshub SRM guide: 51,200 / 48,800 gives χ² = 57.6 and 52,100 / 47,900 gives χ² = 176.4', () => {
    expect(srm([51200, 48800], [50, 50]).chiSquare).toBeCloseTo(57.6, 10);
    expect(srm([52100, 47900], [50, 50]).chiSquare).toBeCloseTo(176.4, 10);
  });

  it('the R documentation’s chisq.test example shape: 10,000 vs 10,050 is no mismatch', () => {
    expect(srm([10000, 10050], [0.5, 0.5]).mismatch).toBe(false);
  });
});

describe('Holm (Wikipedia, "Holm–Bonferroni method", example)', () => {
  it('p = 0.01, 0.04, 0.03, 0.005 at α = 0.05 rejects H1 and H4 only', () => {
    const adjusted = holm([0.01, 0.04, 0.03, 0.005]);
    expect(adjusted.map((p) => p < 0.05)).toEqual([true, false, false, true]);
    expect(adjusted[0]).toBeCloseTo(0.03, 15);
    expect(adjusted[3]).toBeCloseTo(0.02, 15);
  });
});

describe('Welch’s t-test (senseofstudy.com two-sample tests, example 4)', () => {
  it('n = 20, x̄ = 100, s = 15 against n = 20, x̄ = 95, s = 20: SE ≈ 5.59, t ≈ 0.895, df ≈ 35.2', () => {
    // The example subtracts the second group from the first: treatment = group 1.
    const r = welchTTest(fromSummary(20, 95, 20), fromSummary(20, 100, 15));
    // The example rounds SE = √31.25 to 5.59 before dividing (5 / 5.59 = 0.8945); exactly, t = 0.89443.
    expect(r.standardError).toBeCloseTo(5.59, 2);
    expect(r.statistic).toBeCloseTo(0.894, 3);
    expect(r.df).toBeCloseTo(35.2, 1);
    expect(r.significant).toBe(false);
  });
});

describe('pooled two-proportion z-test (homeworksource.com 1008622)', () => {
  it('140/200 against 255/340: pooled p̂ = 0.7314815, SE = 0.03949401, |z| = 1.266015', () => {
    const r = twoProportionZTest({ units: 200, conversions: 140 }, { units: 340, conversions: 255 });
    expect(Math.abs(r.z)).toBeCloseTo(1.266015, 6);
    expect(0.05 / r.z).toBeCloseTo(0.03949401, 7);
  });
});

describe('Bayesian chance to beat (Evan Miller, "Formulas for Bayesian A/B Testing", 2015)', () => {
  // Miller's closed form for integer α_t: P(p_t > p_c) = Σ_{i=0}^{α_t−1} B(α_c+i, β_c+β_t) / ((β_t+i) B(1+i, β_t) B(α_c, β_c)).
  function miller(ac: number, bc: number, at: number, bt: number): number {
    let total = 0;
    for (let i = 0; i < at; i++)
      total += Math.exp(lnBeta(ac + i, bc + bt) - Math.log(bt + i) - lnBeta(1 + i, bt) - lnBeta(ac, bc));
    return total;
  }

  it.each([
    [10, 100, 14, 100],
    [1, 1, 1, 1],
    [3, 50, 0, 40],
    [200, 5000, 230, 5100],
    [40, 60, 35, 70],
  ])('control %i/%i, treatment %i/%i (uniform prior)', (xc, nc, xt, nt) => {
    const r = bayesBinomial({ units: nc, conversions: xc }, { units: nt, conversions: xt });
    const expected = miller(xc + 1, nc - xc + 1, xt + 1, nt - xt + 1);
    expect(Math.abs(r.chanceToBeat - expected)).toBeLessThan(1e-9);
  });

  it('is ½ for identical arms and symmetric when the arms swap', () => {
    const a = { units: 1000, conversions: 37 };
    const b = { units: 900, conversions: 41 };
    expect(bayesBinomial(a, a).chanceToBeat).toBeCloseTo(0.5, 12);
    expect(bayesBinomial(a, b).chanceToBeat + bayesBinomial(b, a).chanceToBeat).toBeCloseTo(1, 10);
  });
});
