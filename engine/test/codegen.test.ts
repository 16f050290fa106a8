import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ruleMatcher } from '../src/codegen.ts';
import { compileRuleset, getAttribute } from '../src/index.ts';
import type { Context } from '../src/index.ts';
import { compileClause } from '../src/operators.ts';
import { clause, flag, rule, ruleset, segment } from './builders.ts';

const noSegments = () => undefined;

// Each mode's results, with `explain` (clause by clause, with a trace) as the reference.
function allModes(doc: unknown, key: string, context: unknown) {
  const generated = compileRuleset(doc);
  const closures = compileRuleset(doc, { generateCode: false });
  const reference = generated.explain(key, context as never, 'd').result;
  expect(generated.evaluate(key, context as never, 'd')).toEqual(reference);
  expect(closures.evaluate(key, context as never, 'd')).toEqual(reference);
  return reference;
}

describe('code generation', () => {
  it('generates a function when allowed, and closures when asked not to', () => {
    const clauses = [[compileClause(clause('plan', 'in', ['pro']), noSegments)]];
    expect(ruleMatcher(clauses, true).name).toBe('matchRules');
    expect(ruleMatcher(clauses, false).name).not.toBe('matchRules');
  });

  it('splits long rule lists into several functions and still finds the first match', () => {
    const rules = Array.from({ length: 60 }, (_, r) =>
      rule(`r${r}`, [
        clause('country', 'in', ['US']),
        clause('plan', 'in', ['pro']),
        clause('age', 'gte', [18]),
        clause('email', 'endsWith', ['.com']),
        clause('cohort', 'in', [r]),
      ]),
    );
    const doc = ruleset([flag('f', { rules, fallthrough: { variation: 1 } })]);
    const base = { key: 'u', country: 'US', plan: 'pro', age: 30, email: 'a@b.com' };
    for (const cohort of [0, 39, 40, 59, 60]) {
      const result = allModes(doc, 'f', { ...base, cohort });
      expect(result.ruleIndex).toBe(cohort < 60 ? cohort : undefined);
    }
  });

  describe('reads attributes exactly as getAttribute does', () => {
    const doc = ruleset(
      [
        flag('f', {
          rules: [
            rule('plan', [clause('plan', 'in', ['pro'])]),
            rule('ctor', [clause('constructor', 'in', ['x'])]),
            rule('proto', [clause('__proto__', 'in', ['x'])]),
            rule('domain', [clause('emailDomain', 'endsWith', ['corp.com'])]),
            rule('seg', [clause('key', 'segmentMatch', ['s'])]),
          ],
          fallthrough: { rollout: { bucketBy: 'plan', weights: [{ variation: 0, weight: 100_000 }] } },
        }),
      ],
      [segment('s', { included: ['member'] })],
    );
    const inherited = Object.create({ plan: 'pro', key: 'member' }) as Context;
    class Throwing {
      get plan(): string {
        throw new Error('inherited getters are never called');
      }
    }
    const cases: [string, () => unknown, string | undefined][] = [
      ['an own attribute', () => ({ plan: 'pro' }), 'plan'],
      ['null is missing', () => ({ plan: null, email: 'a@corp.com' }), 'domain'],
      ['an inherited attribute is missing', () => inherited, undefined],
      ['a null-prototype object', () => Object.assign(Object.create(null), { plan: 'pro' }), 'plan'],
      ['an inherited getter is not called', () => new Throwing(), undefined],
      ["Object.prototype's constructor is not an attribute", () => ({}), undefined],
      ['an own constructor is', () => JSON.parse('{"constructor":"x"}'), 'ctor'],
      ['an own __proto__ is', () => JSON.parse('{"__proto__":"x"}'), 'proto'],
      ['emailDomain is derived from email', () => ({ email: 'a@b@corp.com' }), 'domain'],
      ['an own emailDomain wins', () => ({ emailDomain: 'x.org', email: 'a@corp.com' }), undefined],
      ['segment keys are own keys too', () => Object.create({ key: 'member' }), undefined],
    ];
    it.each(cases)('%s', (_, make, ruleId) => {
      expect(allModes(doc, 'f', make()).ruleId).toBe(ruleId);
    });

    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>).plan;
      delete (Object.prototype as Record<string, unknown>).key;
    });

    it('ignores attributes polluting Object.prototype, even after compilation', () => {
      const rs = compileRuleset(doc);
      expect(rs.evaluate('f', { key: 'u' }, 'd').ruleId).toBeUndefined();
      (Object.prototype as Record<string, unknown>).plan = 'pro';
      (Object.prototype as Record<string, unknown>).key = 'member';
      expect(getAttribute({}, 'plan')).toBeUndefined();
      expect(rs.evaluate('f', { key: 'u' }, 'd')).toEqual(rs.explain('f', { key: 'u' }, 'd').result);
      expect(rs.evaluate('f', { key: 'u' }, 'd').ruleId).toBeUndefined();
      expect(rs.evaluate('f', {}, 'd').variationIndex).toBe(0);
      expect(rs.evaluate('f', {}, 'd').reason).toBe('SPLIT');
    });
  });

  it('falls back to closures, silently, where code generation is forbidden', () => {
    // A child Node run with --disallow-code-generation-from-strings, as under a strict CSP.
    const script = `
      import { readFileSync } from 'node:fs';
      import { compileRuleset } from ${JSON.stringify(fileURLToPath(new URL('../src/index.ts', import.meta.url)))};
      let refused = false;
      try { new Function('return 1'); } catch { refused = true; }
      const { cases } = JSON.parse(readFileSync(${JSON.stringify(fileURLToPath(new URL('vectors.json', import.meta.url)))}, 'utf8'));
      const fields = ['value', 'variationIndex', 'reason', 'errorCode', 'ruleId', 'ruleIndex', 'prerequisiteKey'];
      const failed = cases.filter((c) => {
        const r = compileRuleset(c.ruleset).evaluate(c.flag, c.context, c.default);
        return fields.some((f) => JSON.stringify(r[f]) !== JSON.stringify(c.expect[f]));
      }).map((c) => c.name);
      console.log(JSON.stringify({ refused, total: cases.length, failed }));
    `;
    const out = execFileSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    const { refused, total, failed } = JSON.parse(out) as {
      refused: boolean;
      total: number;
      failed: string[];
    };
    expect(refused).toBe(true);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(failed).toEqual([]);
  });
});
