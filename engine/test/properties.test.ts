import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketFor, compileRuleset, OPERATORS } from '../src/index.ts';
import type { Json } from '../src/index.ts';
import { flag, rollout, ruleset } from './builders.ts';

const N = 100_000;

function keys(prefix: string, n = N): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i}`);
}

function percentRollout(key: string, weight: number) {
  return compileRuleset(
    ruleset([
      flag(key, {
        fallthrough: rollout([
          [0, weight],
          [1, 100_000 - weight],
        ]),
      }),
    ]),
  );
}

describe('rollout properties', () => {
  it.each([1_000, 10_000, 33_333, 50_000, 90_000])(
    'a %i/100000 rollout serves its share ± 0.5%% over 100k keys',
    (weight) => {
      const rs = percentRollout('share', weight);
      let on = 0;
      for (const key of keys('user-')) if (rs.evaluate('share', key).variationIndex === 0) on++;
      expect(Math.abs(on / N - weight / 100_000)).toBeLessThan(0.005);
    },
  );

  it('raising a rollout never moves a user out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.string(), { minLength: 1, maxLength: 50 }),
        (a, b, users) => {
          const low = percentRollout('grow', Math.min(a, b));
          const high = percentRollout('grow', Math.max(a, b));
          for (const user of users) {
            if (low.evaluate('grow', user).variationIndex === 0)
              expect(high.evaluate('grow', user).variationIndex).toBe(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('two flags bucket independently (|Pearson r| < 0.02 over 100k keys)', () => {
    const xs = new Float64Array(N);
    const ys = new Float64Array(N);
    keys('ctx-').forEach((key, i) => {
      xs[i] = bucketFor('checkout-redesign', key);
      ys[i] = bucketFor('search-v2', key);
    });
    const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;
    const mx = mean(xs);
    const my = mean(ys);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < N; i++) {
      const dx = xs[i]! - mx;
      const dy = ys[i]! - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    expect(Math.abs(sxy / Math.sqrt(sxx * syy))).toBeLessThan(0.02);
  });
});

// Arbitrary rulesets: mostly well-formed, with unknown operators, wrong value types, out-of-range
// indexes, prerequisite and segment cycles mixed in, as a buggy or newer server might send.
const FLAG_KEYS = ['a', 'b', 'c', 'd'];
const SEGMENT_KEYS = ['s1', 's2', 's3'];
const ATTRIBUTES = [
  'key',
  'email',
  'emailDomain',
  'plan',
  'age',
  'version',
  'tags',
  'created',
  'constructor',
  '__proto__',
];
const index = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.constantFrom(-1, 1.5, 99, '0' as unknown as number),
);
const value: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('1.2.3', '2024-01-01T00:00:00Z', '^(a+)+$', '(a)\\1', 'pro', ...SEGMENT_KEYS),
);
const clauseArb = fc.record(
  {
    attribute: fc.constantFrom(...ATTRIBUTES),
    op: fc.oneof(fc.constantFrom(...OPERATORS), fc.constantFrom('bogus', '', 'IN')),
    values: fc.array(value, { maxLength: 4 }),
    negate: fc.boolean(),
  },
  { requiredKeys: ['attribute', 'op', 'values'] },
);
const serveArb = fc.oneof(
  fc.record({ variation: index }),
  fc.record({
    rollout: fc.record(
      {
        bucketBy: fc.constantFrom(...ATTRIBUTES),
        salt: fc.string(),
        weights: fc.array(
          fc.record({
            variation: index,
            weight: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(-5)),
          }),
          { maxLength: 4 },
        ),
      },
      { requiredKeys: ['weights'] },
    ),
  }),
);
const configArb = fc.record({
  on: fc.boolean(),
  offVariation: index,
  prerequisites: fc.array(fc.record({ flag: fc.constantFrom(...FLAG_KEYS, 'ghost'), variation: index }), {
    maxLength: 2,
  }),
  targets: fc.array(
    fc.record({ variation: index, values: fc.array(fc.oneof(fc.string(), fc.constant('u1'))) }),
    { maxLength: 2 },
  ),
  rules: fc.array(
    fc.record({ id: fc.string(), clauses: fc.array(clauseArb, { maxLength: 3 }), serve: serveArb }),
    { maxLength: 3 },
  ),
  fallthrough: serveArb,
});
const rulesetArb = fc.record({
  flags: fc.dictionary(
    fc.constantFrom(...FLAG_KEYS),
    fc.record({
      kind: fc.constantFrom('boolean', 'string', 'json'),
      variations: fc.array(fc.record({ name: fc.string(), value }), { maxLength: 3 }),
      config: configArb,
    }),
  ),
  segments: fc.dictionary(
    fc.constantFrom(...SEGMENT_KEYS),
    fc.record({
      included: fc.array(fc.string()),
      excluded: fc.array(fc.string()),
      rules: fc.array(fc.record({ clauses: fc.array(clauseArb, { maxLength: 2 }) }), { maxLength: 2 }),
    }),
  ),
});
const contextArb = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.dictionary(fc.constantFrom(...ATTRIBUTES), fc.oneof(value, fc.anything())),
  fc.record({
    key: fc.string(),
    email: fc.emailAddress(),
    plan: fc.constantFrom('pro', 'free'),
    age: fc.integer(),
    tags: fc.array(fc.string()),
  }),
);

describe('evaluation is total and deterministic', () => {
  it('no ruleset and no context makes evaluate or explain throw', () => {
    fc.assert(
      fc.property(
        rulesetArb,
        fc.array(contextArb, { minLength: 1, maxLength: 5 }),
        fc.jsonValue(),
        (doc, contexts, dflt) => {
          const rs = compileRuleset(doc);
          for (const context of contexts) {
            for (const key of [...FLAG_KEYS, 'ghost']) {
              const result = rs.evaluate(key, context as never, dflt as Json);
              expect([
                'DISABLED',
                'PREREQUISITE_FAILED',
                'TARGETING_MATCH',
                'SPLIT',
                'DEFAULT',
                'ERROR',
              ]).toContain(result.reason);
              if (result.reason === 'ERROR') expect(result.value).toBe(dflt);
              expect(rs.explain(key, context as never, dflt as Json).result).toEqual(result);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('generated matchers, their closure fallback and explain agree on every flag', () => {
    fc.assert(
      fc.property(rulesetArb, fc.array(contextArb, { minLength: 1, maxLength: 5 }), (doc, contexts) => {
        const generated = compileRuleset(doc);
        const closures = compileRuleset(doc, { generateCode: false });
        for (const context of contexts) {
          for (const key of FLAG_KEYS) {
            const result = generated.evaluate(key, context as never, 'd');
            expect(closures.evaluate(key, context as never, 'd')).toEqual(result);
            expect(closures.explain(key, context as never, 'd').result).toEqual(result);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('compileRuleset accepts fc.anything()', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (doc, context) => {
        const rs = compileRuleset(doc);
        for (const key of rs.keys()) rs.evaluate(key, context as never, null);
      }),
      { numRuns: 300 },
    );
  });

  it('the same inputs give the same result, from the same or a fresh compilation', () => {
    fc.assert(
      fc.property(rulesetArb, contextArb, (doc, context) => {
        const first = compileRuleset(doc);
        const second = compileRuleset(structuredClone(doc));
        for (const key of FLAG_KEYS) {
          const a = first.evaluate(key, context as never, 'd');
          expect(first.evaluate(key, context as never, 'd')).toEqual(a);
          expect(second.evaluate(key, context as never, 'd')).toEqual(a);
        }
      }),
      { numRuns: 200 },
    );
  });
});
