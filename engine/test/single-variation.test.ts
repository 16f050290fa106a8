import { describe, expect, it } from 'vitest';
import { compileRuleset, singleVariation, toContext } from '../src/index.ts';
import type { FlagConfig } from '../src/index.ts';
import { clause, ctx, flag, rollout, rule, ruleset } from './builders.ts';

const THREE = [
  { name: 'a', value: 'a' },
  { name: 'b', value: 'b' },
  { name: 'c', value: 'c' },
];

const cases: [string, Partial<FlagConfig>, number | undefined][] = [
  [
    'off: its off variation, whatever the rest says',
    {
      on: false,
      offVariation: 2,
      fallthrough: rollout([
        [0, 50000],
        [1, 50000],
      ]),
    },
    2,
  ],
  ['on, fallthrough to one variation', { fallthrough: { variation: 1 } }, 1],
  [
    'on, a 100% rollout',
    {
      fallthrough: rollout([
        [0, 0],
        [2, 100000],
        [2, 0],
      ]),
    },
    2,
  ],
  [
    'on, a 100% rollout whose last entry (weight 0) serves contexts without bucketBy',
    {
      fallthrough: rollout([
        [2, 100000],
        [0, 0],
      ]),
    },
    undefined,
  ],
  [
    'on, a 50/50 rollout',
    {
      fallthrough: rollout([
        [0, 50000],
        [1, 50000],
      ]),
    },
    undefined,
  ],
  [
    'on, a rule serving another variation',
    { rules: [rule('r', [clause('country', 'in', ['fr'])], 1)] },
    undefined,
  ],
  ['on, a rule serving the same variation', { rules: [rule('r', [clause('country', 'in', ['fr'])], 0)] }, 0],
  ['on, a target to another variation', { targets: [{ variation: 1, values: ['u1'] }] }, undefined],
  [
    'on, a prerequisite (a failed one serves the off variation)',
    { prerequisites: [{ flag: 'p', variation: 0 }], offVariation: 1 },
    undefined,
  ],
  [
    'on, a prerequisite whose failure serves the same variation',
    { prerequisites: [{ flag: 'p', variation: 0 }], offVariation: 0 },
    0,
  ],
];

describe('singleVariation', () => {
  it.each(cases)('%s', (_name, config, expected) => {
    const f = flag('f', config, { variations: THREE });
    expect(singleVariation(f.config)).toBe(expected);
  });

  // The evaluator is the truth: where singleVariation names a variation, every context gets it.
  it.each(cases.filter(([, , v]) => v !== undefined))('agrees with the evaluator: %s', (_n, config) => {
    const f = flag('f', config, { variations: THREE });
    const p = flag('p', { fallthrough: { variation: 1 } });
    const compiled = compileRuleset(ruleset([f, p]));
    const served = new Set<number | undefined>();
    for (let i = 0; i < 500; i++) {
      const attrs: Record<string, string> = i % 3 === 0 ? { country: 'fr' } : {};
      served.add(
        compiled.evaluate('f', toContext(ctx(i % 7 === 0 ? 'u1' : `user-${i}`, attrs)), null).variationIndex,
      );
    }
    served.add(compiled.evaluate('f', toContext({ country: 'fr' } as never), null).variationIndex);
    expect([...served]).toEqual([singleVariation(f.config)]);
  });

  it('the evaluator sees different variations where singleVariation says undefined (a 50/50 rollout)', () => {
    const f = flag(
      'f',
      {
        fallthrough: rollout([
          [0, 50000],
          [1, 50000],
        ]),
      },
      { variations: THREE },
    );
    const compiled = compileRuleset(ruleset([f]));
    const served = new Set<number | undefined>();
    for (let i = 0; i < 200; i++)
      served.add(compiled.evaluate('f', toContext(ctx(`user-${i}`)), null).variationIndex);
    expect(served.size).toBe(2);
  });
});
