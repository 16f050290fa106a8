// The sequential test's promise, shown by simulation: in A/A experiments (no true difference) analysed
// every day, the classic z-test "finds" a winner far more often than its nominal 5% (peeking), while the
// mSPRT's always-valid p-value stays at or below 5%. Seeded PRNG: the same runs every time.
import { describe, expect, it } from 'vitest';
import { sequentialTest, twoProportionZTest, welchTTest } from '../src/index.ts';
import type { BinomialArm, MeanArm } from '../src/index.ts';

/** mulberry32: a small, fast, seeded 32-bit PRNG (uniform in [0, 1)). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHA = 0.05;

interface Outcome {
  /** Share of runs where the z-test was significant at some daily look. */
  classicPeeking: number;
  /** Share of runs where it was significant at the last look only (a fixed-horizon analysis). */
  classicFinal: number;
  /** Share of runs where the always-valid p-value fell below alpha at some look. */
  sequential: number;
}

function simulateBinomial(
  runs: number,
  days: number,
  unitsPerArmPerDay: number,
  rate: number,
  seed: number,
): Outcome {
  const random = mulberry32(seed);
  let peeking = 0;
  let final = 0;
  let sequential = 0;
  for (let run = 0; run < runs; run++) {
    const c: BinomialArm = { units: 0, conversions: 0 };
    const t: BinomialArm = { units: 0, conversions: 0 };
    let peeked = false;
    let previous = 1;
    let last = false;
    for (let day = 0; day < days; day++) {
      for (let i = 0; i < unitsPerArmPerDay; i++) {
        if (random() < rate) c.conversions++;
        if (random() < rate) t.conversions++;
      }
      c.units += unitsPerArmPerDay;
      t.units += unitsPerArmPerDay;
      last = twoProportionZTest(c, t, { alpha: ALPHA }).significant;
      peeked ||= last;
      previous = sequentialTest(c, t, { alpha: ALPHA, previousPValue: previous }).pValue;
    }
    if (peeked) peeking++;
    if (last) final++;
    if (previous < ALPHA) sequential++;
  }
  return { classicPeeking: peeking / runs, classicFinal: final / runs, sequential: sequential / runs };
}

function simulateMean(runs: number, days: number, unitsPerArmPerDay: number, seed: number): Outcome {
  const random = mulberry32(seed);
  // A skewed revenue-like metric: exponential with mean 20 (variance 400).
  const draw = () => -20 * Math.log(1 - random());
  let peeking = 0;
  let final = 0;
  let sequential = 0;
  for (let run = 0; run < runs; run++) {
    const c: MeanArm = { units: 0, sum: 0, sumSquares: 0 };
    const t: MeanArm = { units: 0, sum: 0, sumSquares: 0 };
    let peeked = false;
    let previous = 1;
    let last = false;
    for (let day = 0; day < days; day++) {
      for (let i = 0; i < unitsPerArmPerDay; i++) {
        const y = draw();
        c.sum += y;
        c.sumSquares += y * y;
        const x = draw();
        t.sum += x;
        t.sumSquares += x * x;
      }
      c.units += unitsPerArmPerDay;
      t.units += unitsPerArmPerDay;
      last = welchTTest(c, t, { alpha: ALPHA }).significant;
      peeked ||= last;
      previous = sequentialTest(c, t, { alpha: ALPHA, previousPValue: previous }).pValue;
    }
    if (peeked) peeking++;
    if (last) final++;
    if (previous < ALPHA) sequential++;
  }
  return { classicPeeking: peeking / runs, classicFinal: final / runs, sequential: sequential / runs };
}

// Pure computation, ~1 s each on an idle machine; the bound is for a busy one.
describe('A/A experiments with daily peeks', { timeout: 120_000 }, () => {
  // 2,000 runs: the standard error of a 5% rate is 0.5 percentage points, so "≤ 5%" is a meaningful bound
  // for a test whose rate is in fact well below it, and 12% is far above any chance excess of the z-test.
  it('binomial: 2,000 runs × 28 days × 250 units per arm per day at a 10% conversion rate', () => {
    const r = simulateBinomial(2000, 28, 250, 0.1, 20261202);
    // A fixed-horizon z-test read once is at its nominal level…
    expect(r.classicFinal).toBeGreaterThan(0.03);
    expect(r.classicFinal).toBeLessThan(0.07);
    // …read every day it is not (the peeking problem)…
    expect(r.classicPeeking).toBeGreaterThan(0.12);
    // …and the always-valid p-value is.
    expect(r.sequential).toBeLessThanOrEqual(ALPHA);
    console.log(
      `binomial A/A, 28 daily looks: z-test ${(r.classicPeeking * 100).toFixed(1)}% (once: ${(r.classicFinal * 100).toFixed(1)}%), mSPRT ${(r.sequential * 100).toFixed(1)}%`,
    );
  });

  it('mean (exponential revenue): 1,000 runs × 21 days × 100 units per arm per day', () => {
    const r = simulateMean(1000, 21, 100, 7);
    expect(r.classicFinal).toBeLessThan(0.08);
    expect(r.classicPeeking).toBeGreaterThan(0.1);
    expect(r.sequential).toBeLessThanOrEqual(ALPHA);
    console.log(
      `mean A/A, 21 daily looks: Welch ${(r.classicPeeking * 100).toFixed(1)}% (once: ${(r.classicFinal * 100).toFixed(1)}%), mSPRT ${(r.sequential * 100).toFixed(1)}%`,
    );
  });
});

describe('sequentialTest', () => {
  it('detects a real difference, and its p-value never rises between looks', () => {
    const random = mulberry32(99);
    const c: BinomialArm = { units: 0, conversions: 0 };
    const t: BinomialArm = { units: 0, conversions: 0 };
    let previous = 1;
    const seen: number[] = [];
    for (let day = 0; day < 30; day++) {
      for (let i = 0; i < 500; i++) {
        if (random() < 0.1) c.conversions++;
        if (random() < 0.125) t.conversions++;
      }
      c.units += 500;
      t.units += 500;
      previous = sequentialTest(c, t, { previousPValue: previous }).pValue;
      seen.push(previous);
    }
    expect(seen.every((p, i) => i === 0 || p <= seen[i - 1]!)).toBe(true);
    expect(previous).toBeLessThan(0.01);
  });

  it('its confidence sequence is wider than the fixed-horizon interval and excludes 0 exactly when p < alpha', () => {
    const c = { units: 4000, conversions: 400 };
    const t = { units: 4000, conversions: 470 };
    const s = sequentialTest(c, t);
    const z = twoProportionZTest(c, t);
    expect(s.absoluteLift.upper - s.absoluteLift.lower).toBeGreaterThan(
      z.absoluteLift.upper - z.absoluteLift.lower,
    );
    expect(s.significant).toBe(s.absoluteLift.lower > 0 || s.absoluteLift.upper < 0);
  });

  it('gives no evidence and an unbounded sequence before there is any variance', () => {
    const r = sequentialTest({ units: 0, conversions: 0 }, { units: 0, conversions: 0 });
    expect(r.pValue).toBe(1);
    expect(r.absoluteLift.lower).toBe(-Infinity);
    expect(sequentialTest({ units: 10, conversions: 0 }, { units: 10, conversions: 0 }).significant).toBe(
      false,
    );
  });

  it('refuses a binomial arm compared with a mean arm', () => {
    expect(() => sequentialTest({ units: 1, conversions: 0 }, { units: 1, sum: 0, sumSquares: 0 })).toThrow(
      /both/,
    );
  });
});
