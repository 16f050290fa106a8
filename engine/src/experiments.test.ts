import { describe, expect, it } from 'vitest';
import { compileRuleset } from './compile.ts';
import { enrolledVariant, experimentRollout, experimentWeights, isExposure } from './experiments.ts';

describe('experimentWeights', () => {
  it.each([
    [{ weights: [50, 50], allocation: 100 }, [50000, 50000]],
    [{ weights: [1, 1, 1], allocation: 100 }, [33334, 33333, 33333]],
    [{ weights: [2, 1], allocation: 50 }, [33333, 16667, 50000]],
    [{ weights: [70, 20, 10], allocation: 10 }, [7000, 2000, 1000, 90000]],
  ])('%j → %j, summing to 100000', (split, expected) => {
    const w = experimentWeights({ ...split, salt: 's' });
    expect(w.map((x) => x.weight)).toEqual(expected);
    expect(w.reduce((a, x) => a + x.weight, 0)).toBe(100000);
    if (split.allocation < 100) expect(w.at(-1)!.variation).toBe(0);
  });
});

describe('enrolledVariant', () => {
  const split = { weights: [1, 1, 2], allocation: 60, salt: 'exp-salt' };
  const ruleset = compileRuleset({
    flags: {
      f: {
        key: 'f',
        variations: [{ value: 'a' }, { value: 'b' }, { value: 'c' }],
        config: {
          on: true,
          offVariation: 0,
          prerequisites: [],
          targets: [],
          rules: [],
          fallthrough: { rollout: experimentRollout(split) },
        },
      },
    },
    segments: {},
  });

  it('agrees with what the evaluator serves for the experiment rollout, for every enrolled unit', () => {
    let enrolled = 0;
    const counts = [0, 0, 0];
    for (let i = 0; i < 5000; i++) {
      const key = `user-${i}`;
      const v = enrolledVariant(split, key);
      const served = ruleset.evaluate('f', { key }, null).variationIndex;
      if (v === null) {
        expect(served).toBe(0);
      } else {
        enrolled++;
        counts[v]!++;
        expect(served).toBe(v);
      }
    }
    // 60 % enrolled, split 1:1:2 (loose bounds: 5,000 draws).
    expect(enrolled / 5000).toBeGreaterThan(0.57);
    expect(enrolled / 5000).toBeLessThan(0.63);
    expect(counts[2]! / enrolled).toBeGreaterThan(0.46);
    expect(counts[2]! / enrolled).toBeLessThan(0.54);
  });
});

describe('isExposure', () => {
  const split = { weights: [1, 1], allocation: 50, salt: 'x' };
  const keys = Array.from({ length: 400 }, (_, i) => `u${i}`);
  const inside = keys.find((k) => enrolledVariant(split, k) === 1)!;
  const outside = keys.find((k) => enrolledVariant(split, k) === null)!;

  it.each([
    ['the enrolled variant by the split', inside, { reason: 'SPLIT', variationIndex: 1 }, true],
    ['another variant than the enrolled one', inside, { reason: 'SPLIT', variationIndex: 0 }, false],
    ['control to a unit outside the allocation', outside, { reason: 'SPLIT', variationIndex: 0 }, false],
    [
      'the enrolled variant by a target, not the split',
      inside,
      { reason: 'TARGETING_MATCH', variationIndex: 1 },
      false,
    ],
    ['no variation (an error)', inside, { reason: 'ERROR' }, false],
  ])('%s → %s', (_, key, served, expected) => {
    expect(isExposure(split, key, served)).toBe(expected);
  });
});
