import { describe, expect, it } from 'vitest';
import { compileRuleset, toContext } from '../src/index.ts';
import { BOOL, clause, ctx, flag, rollout, rule, ruleset, segment } from './builders.ts';

describe('evaluation order', () => {
  const rs = compileRuleset(
    ruleset(
      [
        flag('f', {
          prerequisites: [{ flag: 'gate', variation: 0 }],
          targets: [
            { variation: 1, values: ['denied'] },
            { variation: 0, values: ['denied', 'allowed'] },
          ],
          rules: [
            rule('beta', [clause('key', 'segmentMatch', ['beta'])], 0),
            rule('eu', [clause('country', 'in', ['fr', 'de'])], 1),
          ],
          fallthrough: rollout([
            [0, 50000],
            [1, 50000],
          ]),
        }),
        flag('gate', { targets: [{ variation: 1, values: ['blocked'] }] }),
        flag('off', { on: false }),
      ],
      [segment('beta', { included: ['tester'] })],
    ),
  );

  it.each([
    ['unknown flag', 'nope', ctx('u'), { value: 'dflt', reason: 'ERROR', errorCode: 'FLAG_NOT_FOUND' }],
    ['off', 'off', ctx('u'), { value: false, variationIndex: 1, variant: 'off', reason: 'DISABLED' }],
    [
      'prerequisite failed',
      'f',
      ctx('blocked'),
      { value: false, variationIndex: 1, reason: 'PREREQUISITE_FAILED', prerequisiteKey: 'gate' },
    ],
    [
      'deny-list target (first target wins)',
      'f',
      ctx('denied'),
      { value: false, variationIndex: 1, reason: 'TARGETING_MATCH' },
    ],
    [
      'target',
      'f',
      ctx('allowed', { country: 'fr' }),
      { value: true, variationIndex: 0, reason: 'TARGETING_MATCH' },
    ],
    [
      'first rule',
      'f',
      ctx('tester', { country: 'fr' }),
      { value: true, reason: 'TARGETING_MATCH', ruleId: 'beta', ruleIndex: 0 },
    ],
    [
      'second rule',
      'f',
      ctx('u', { country: 'de' }),
      { value: false, reason: 'TARGETING_MATCH', ruleId: 'eu', ruleIndex: 1 },
    ],
    ['fallthrough rollout', 'f', ctx('u'), { reason: 'SPLIT' }],
  ])('%s', (_, key, context, expected) => {
    const result = rs.evaluate(key, context, 'dflt');
    expect(result).toMatchObject(expected);
    if (result.reason !== 'SPLIT' && result.reason !== 'ERROR')
      expect(result.ruleId === undefined).toBe(!('ruleId' in expected));
  });

  it('returns shared, frozen results (no allocation per call)', () => {
    const a = rs.evaluate('f', ctx('allowed'), null);
    const b = rs.evaluate('f', ctx('allowed'), null);
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('deep-freezes JSON values and does not freeze the input ruleset', () => {
    const value = { limit: 3, nested: { tags: ['x'] } };
    const input = ruleset([flag('j', {}, { kind: 'json', variations: [{ name: 'v', value }] })]);
    const result = compileRuleset(input).evaluate('j', 'k', null);
    expect(result.value).toEqual(value);
    expect(Object.isFrozen((result.value as { nested: object }).nested)).toBe(true);
    expect(Object.isFrozen(value)).toBe(false);
  });

  it('never throws, even for hostile contexts', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    expect(rs.evaluate('f', hostile as never, 'dflt')).toMatchObject({
      value: 'dflt',
      reason: 'ERROR',
      errorCode: 'GENERAL',
    });
    for (const weird of [null, undefined, 42, [], ['x'], true, () => 1, Symbol('s')]) {
      expect(() => rs.evaluate('f', weird as never, null)).not.toThrow();
    }
  });
});

describe('compileRuleset tolerates malformed documents', () => {
  it.each([
    null,
    undefined,
    42,
    'x',
    [],
    { flags: 5 },
    { flags: { f: null } },
    { flags: { f: { config: 'x' } } },
    { segments: [1] },
  ])('%j', (doc) => {
    const rs = compileRuleset(doc);
    for (const key of rs.keys())
      expect(rs.evaluate(key, 'u', 'd')).toMatchObject({ reason: expect.any(String) });
  });

  it('a flag with non-cloneable values evaluates to ERROR rather than breaking the ruleset', () => {
    const rs = compileRuleset({
      flags: { bad: { variations: [{ name: 'x', value: () => 1 }] }, good: flag('good') },
    });
    expect(rs.evaluate('bad', 'u', 'd')).toMatchObject({ value: 'd', reason: 'ERROR', errorCode: 'GENERAL' });
    expect(rs.evaluate('good', 'u', 'd')).toMatchObject({ value: true, reason: 'DEFAULT' });
  });
});

describe('CompiledRuleset helpers', () => {
  const rs = compileRuleset({
    ...ruleset([flag('a', {}, { clientSide: true }), flag('b', { on: false })]),
    version: 7,
  });

  it('has, keys, flag, version', () => {
    expect(rs.has('a')).toBe(true);
    expect(rs.has('z')).toBe(false);
    expect(rs.keys()).toEqual(['a', 'b']);
    expect(rs.flag('a')).toMatchObject({ key: 'a', kind: 'boolean', clientSide: true, variations: BOOL });
    expect(rs.version).toBe(7);
  });

  it('evaluateAll with and without a filter', () => {
    expect(rs.evaluateAll('u')).toEqual({
      a: { value: true, variationIndex: 0, variant: 'on', reason: 'DEFAULT' },
      b: { value: false, variationIndex: 1, variant: 'off', reason: 'DISABLED' },
    });
    expect(Object.keys(rs.evaluateAll('u', (f) => f.clientSide))).toEqual(['a']);
  });
});

describe('toContext', () => {
  it.each([
    ['u', { key: 'u' }],
    [
      { key: 'u', a: 1 },
      { key: 'u', a: 1 },
    ],
    [null, {}],
    [5, {}],
    [['u'], {}],
  ] as const)('%j → %j', (input, expected) => {
    expect(toContext(input)).toEqual(expected);
  });
});

describe('explain', () => {
  const rs = compileRuleset(
    ruleset(
      [
        flag('f', {
          prerequisites: [{ flag: 'gate', variation: 0 }],
          targets: [{ variation: 1, values: ['denied'] }],
          rules: [
            rule('pro', [clause('plan', 'in', ['pro']), clause('seats', 'gt', [10])], 0),
            rule('seg', [clause('key', 'segmentMatch', ['beta'])], rollout([[0, 100000]])),
          ],
          fallthrough: { variation: 1 },
        }),
        flag('gate'),
      ],
      [segment('beta', { rules: [[clause('country', 'in', ['fr'])]] })],
    ),
  );

  it('narrates prerequisites, targets, clauses, segments and buckets', () => {
    const e = rs.explain('f', ctx('u', { plan: 'pro', seats: 3, country: 'fr' }));
    expect(e.result).toMatchObject({ reason: 'SPLIT', ruleId: 'seg' });
    expect(e.steps.map((s) => s.step)).toEqual(['flag', 'prerequisite', 'target', 'rule', 'rule', 'rollout']);
    expect(e.steps[3]).toMatchObject({
      step: 'rule',
      id: 'pro',
      matched: false,
      clauses: [
        { attribute: 'plan', actual: 'pro', matched: true },
        { attribute: 'seats', actual: 3, matched: false },
      ],
    });
    expect(e.steps[4]).toMatchObject({ clauses: [{ op: 'segmentMatch', note: 'beta: rule 0 matched' }] });
    expect(e.steps[5]).toMatchObject({ step: 'rollout', bucketBy: 'key', value: 'u' });
    expect(e.summary).toContain('rule 1 (seg)');
  });

  it('says when an attribute is missing and when nothing matched', () => {
    const e = rs.explain('f', 'u');
    expect(e.result).toMatchObject({ reason: 'DEFAULT', variationIndex: 1 });
    expect(e.steps[3]).toMatchObject({
      clauses: [{ attribute: 'plan', matched: false, note: 'attribute missing: never matches' }],
    });
    expect(e.summary).toMatch(/no target or rule matched/);
  });

  it('agrees with evaluate and handles unknown flags', () => {
    for (const c of ['u', 'denied', ctx('u', { plan: 'pro', seats: 50 })]) {
      expect(rs.explain('f', c).result).toEqual(rs.evaluate('f', c));
    }
    expect(rs.explain('zzz', 'u', 'd')).toMatchObject({
      result: { value: 'd', errorCode: 'FLAG_NOT_FOUND' },
      steps: [{ step: 'flag', found: false }],
    });
  });
});
