// Hand-reasoned scenarios for vectors.json beyond the operator table: segments, evaluation order,
// prerequisites and rollouts. Each `expect` is written from the documented semantics (rollouts walk
// the weights over buckets from the independent reference murmur3), never read back from the engine.

import type { Json, Ruleset, RulesetFlag, Segment } from '../src/index.ts';
import { clause, ctx, flag, rule, ruleset, segment } from './builders.ts';

/** What a case expects; absent fields must be absent from the engine's result. */
export interface Expect {
  value: Json;
  variationIndex?: number;
  reason: string;
  errorCode?: string;
  ruleId?: string;
  ruleIndex?: number;
  prerequisiteKey?: string;
}

/** One evaluation: `flag` of `ruleset` for `context`, with `default` as the caller's default. */
export interface VectorCase {
  name: string;
  ruleset: Ruleset;
  flag: string;
  context: Json;
  default: Json;
  expect: Expect;
}

/** The three variations most scenarios use; `offVariation` is 2. */
export const ABC = [
  { name: 'a', value: 'a' },
  { name: 'b', value: 'b' },
  { name: 'c', value: 'c' },
];
/** The caller's default value in every case. */
export const DEFAULT = 'caller-default';

/** Result expected when `variation` of ABC is served. */
export function served(variation: number, reason: string, extra: Partial<Expect> = {}): Expect {
  return { value: ABC[variation]!.value, variationIndex: variation, reason, ...extra };
}

function error(errorCode: string): Expect {
  return { value: DEFAULT, reason: 'ERROR', errorCode };
}

/** A string flag with variations a, b, c and off variation 2. */
export function abc(key: string, config: Parameters<typeof flag>[1] = {}): RulesetFlag {
  return flag(key, { offVariation: 2, ...config }, { variations: ABC, kind: 'string' });
}

/** Segment membership cases. */
export function segmentVectors(): VectorCase[] {
  const beta = segment('beta', {
    included: ['in-1', 'both'],
    excluded: ['out-1', 'both'],
    rules: [[clause('plan', 'in', ['pro'])], [clause('country', 'in', ['fr']), clause('age', 'gte', [18])]],
  });
  const outer = segment('outer', { rules: [[clause('key', 'segmentMatch', ['beta'])]] });
  const cycleA = segment('cycle-a', { rules: [[clause('key', 'segmentMatch', ['cycle-b'])]] });
  const cycleB = segment('cycle-b', {
    included: ['k'],
    rules: [[clause('key', 'segmentMatch', ['cycle-a'])]],
  });
  const everyone = segment('everyone', { rules: [[]] });
  // s0 → s1 → … → s17: s0 nests 17 deep (broken), s1 nests 16 deep (the limit, fine).
  const chain: Segment[] = [];
  for (let i = 0; i <= 17; i++) {
    chain.push(
      i === 17
        ? segment('s17', { included: ['k'] })
        : segment(`s${i}`, { rules: [[clause('key', 'segmentMatch', [`s${i + 1}`])]] }),
    );
  }
  const segments = [beta, outer, cycleA, cycleB, everyone, ...chain];
  const yes = served(0, 'TARGETING_MATCH', { ruleId: 'seg', ruleIndex: 0 });
  const no = served(1, 'DEFAULT');
  const c = (name: string, keys: string[], context: Json, expect: Expect, negate = false): VectorCase => ({
    name: `segment: ${name}`,
    ruleset: ruleset(
      [
        abc('seg-flag', {
          rules: [rule('seg', [clause('key', 'segmentMatch', keys, negate)], 0)],
          fallthrough: { variation: 1 },
        }),
      ],
      segments,
    ),
    flag: 'seg-flag',
    context,
    default: DEFAULT,
    expect,
  });
  return [
    c('included key', ['beta'], ctx('in-1'), yes),
    c('excluded wins over included', ['beta'], ctx('both'), no),
    c('excluded wins over rules', ['beta'], ctx('out-1', { plan: 'pro' }), no),
    c('first rule', ['beta'], ctx('x', { plan: 'pro' }), yes),
    c('second rule, all clauses', ['beta'], ctx('x', { country: 'fr', age: 20 }), yes),
    c('second rule, one clause fails', ['beta'], ctx('x', { country: 'fr', age: 10 }), no),
    c('no rule', ['beta'], ctx('x'), no),
    c('negated, included', ['beta'], ctx('in-1'), no, true),
    c('negated, not a member', ['beta'], ctx('x'), yes, true),
    c('negated, excluded', ['beta'], ctx('out-1'), yes, true),
    c('unknown segment never matches', ['nope'], ctx('in-1'), no),
    c('unknown segment never matches, negated', ['nope'], ctx('in-1'), no, true),
    c('any listed segment', ['nope', 'beta'], ctx('in-1'), yes),
    c('nested segment', ['outer'], ctx('in-1'), yes),
    c('nested segment, not a member', ['outer'], ctx('x'), no),
    c('segment cycle never matches', ['cycle-a'], ctx('k'), no),
    c('segment in a cycle never matches, even by included key', ['cycle-b'], ctx('k'), no),
    c('rule without clauses matches everyone', ['everyone'], ctx('anyone'), yes),
    c('null context is in no segment', ['beta'], null, no),
    c('null context, negated', ['beta'], null, yes, true),
    c('16 levels of nesting is the limit', ['s1'], ctx('k'), yes),
    c('17 levels of nesting never matches', ['s0'], ctx('k'), no),
  ];
}

/** Evaluation order, targets, rules, prerequisites and malformed flags. */
export function orderVectors(): VectorCase[] {
  const c = (
    name: string,
    flags: RulesetFlag[],
    flagKey: string,
    context: Json,
    expect: Expect,
  ): VectorCase => ({
    name: `order: ${name}`,
    ruleset: ruleset(flags),
    flag: flagKey,
    context,
    default: DEFAULT,
    expect,
  });
  const targeted = abc('f', {
    targets: [
      { variation: 1, values: ['t1', 'both'] },
      { variation: 2, values: ['t2', 'both'] },
    ],
    rules: [
      rule('vip', [clause('tier', 'in', ['vip'])], 2),
      rule('everyone-pro', [clause('plan', 'in', ['pro'])], 1),
    ],
    fallthrough: { variation: 0 },
  });
  const on0 = (key: string) => abc(key, { fallthrough: { variation: 0 } });
  const needs = (key: string, pre: [string, number][], extra: Parameters<typeof flag>[1] = {}) =>
    abc(key, {
      prerequisites: pre.map(([f, variation]) => ({ flag: f, variation })),
      fallthrough: { variation: 0 },
      ...extra,
    });
  const chain: RulesetFlag[] = [];
  for (let i = 0; i <= 17; i++) chain.push(i === 17 ? on0('c17') : needs(`c${i}`, [[`c${i + 1}`, 0]]));
  const tgt = abc('p-tgt', { targets: [{ variation: 0, values: ['vip'] }], fallthrough: { variation: 1 } });
  return [
    c('unknown flag', [on0('f')], 'missing', ctx('u'), error('FLAG_NOT_FOUND')),
    c('off serves the off variation', [abc('f', { on: false })], 'f', ctx('u'), served(2, 'DISABLED')),
    c(
      'off beats targets',
      [abc('f', { on: false, targets: [{ variation: 0, values: ['u'] }] })],
      'f',
      ctx('u'),
      served(2, 'DISABLED'),
    ),
    c(
      'off beats failing prerequisites',
      [abc('f', { on: false, prerequisites: [{ flag: 'nope', variation: 0 }] })],
      'f',
      ctx('u'),
      served(2, 'DISABLED'),
    ),
    c(
      'off with a bad off variation',
      [abc('f', { on: false, offVariation: 9 })],
      'f',
      ctx('u'),
      error('GENERAL'),
    ),
    c('target', [targeted], 'f', ctx('t1'), served(1, 'TARGETING_MATCH')),
    c('second target', [targeted], 'f', ctx('t2'), served(2, 'TARGETING_MATCH')),
    c('first target wins', [targeted], 'f', ctx('both'), served(1, 'TARGETING_MATCH')),
    c('target beats rules', [targeted], 'f', ctx('t1', { tier: 'vip' }), served(1, 'TARGETING_MATCH')),
    c('bare string context is the key', [targeted], 'f', 't2', served(2, 'TARGETING_MATCH')),
    c(
      'number key never matches string targets',
      [abc('f', { targets: [{ variation: 1, values: ['5'] }] })],
      'f',
      { key: 5 },
      served(0, 'DEFAULT'),
    ),
    c(
      'first rule',
      [targeted],
      'f',
      ctx('u', { tier: 'vip', plan: 'pro' }),
      served(2, 'TARGETING_MATCH', { ruleId: 'vip', ruleIndex: 0 }),
    ),
    c(
      'second rule',
      [targeted],
      'f',
      ctx('u', { plan: 'pro' }),
      served(1, 'TARGETING_MATCH', { ruleId: 'everyone-pro', ruleIndex: 1 }),
    ),
    c(
      'rules without a key',
      [targeted],
      'f',
      { plan: 'pro' },
      served(1, 'TARGETING_MATCH', { ruleId: 'everyone-pro', ruleIndex: 1 }),
    ),
    // OpenFeature surfaces once refused these (TARGETING_KEY_MISSING); every surface evaluates them now.
    c('targets without a key: none matches', [targeted], 'f', { plan: 'basic' }, served(0, 'DEFAULT')),
    c('fallthrough', [targeted], 'f', ctx('u'), served(0, 'DEFAULT')),
    c('null context falls through', [targeted], 'f', null, served(0, 'DEFAULT')),
    c('array context is empty', [targeted], 'f', ['t1'], served(0, 'DEFAULT')),
    c('number context is empty', [targeted], 'f', 42, served(0, 'DEFAULT')),
    c(
      'rule needs all clauses',
      [abc('f', { rules: [rule('both', [clause('a', 'in', [1]), clause('b', 'in', [2])], 1)] })],
      'f',
      ctx('u', { a: 1, b: 3 }),
      served(0, 'DEFAULT'),
    ),
    c(
      'rule with all clauses',
      [abc('f', { rules: [rule('both', [clause('a', 'in', [1]), clause('b', 'in', [2])], 1)] })],
      'f',
      ctx('u', { a: 1, b: 2 }),
      served(1, 'TARGETING_MATCH', { ruleId: 'both', ruleIndex: 0 }),
    ),
    c(
      'rule without clauses matches everyone',
      [abc('f', { rules: [rule('all', [], 2)] })],
      'f',
      ctx('u'),
      served(2, 'TARGETING_MATCH', { ruleId: 'all', ruleIndex: 0 }),
    ),
    c(
      'unknown operator skips the rule',
      [
        abc('f', {
          rules: [
            rule('new', [clause('a', 'fancyNewOp', ['x'])], 2),
            rule('old', [clause('a', 'in', ['x'])], 1),
          ],
        }),
      ],
      'f',
      ctx('u', { a: 'x' }),
      served(1, 'TARGETING_MATCH', { ruleId: 'old', ruleIndex: 1 }),
    ),
    c('bad rule variation', [abc('f', { rules: [rule('bad', [], 7)] })], 'f', ctx('u'), error('GENERAL')),
    c(
      'bad fallthrough variation',
      [abc('f', { fallthrough: { variation: 3 } })],
      'f',
      ctx('u'),
      error('GENERAL'),
    ),
    c(
      'json value',
      [
        flag(
          'j',
          {},
          {
            kind: 'json',
            variations: [
              { name: 'cfg', value: { limit: 3, tags: ['x'] } },
              { name: 'none', value: null },
            ],
          },
        ),
      ],
      'j',
      ctx('u'),
      { value: { limit: 3, tags: ['x'] }, variationIndex: 0, reason: 'DEFAULT' },
    ),
    c('prerequisite passes', [needs('f', [['p', 0]]), on0('p')], 'f', ctx('u'), served(0, 'DEFAULT')),
    c(
      'prerequisite off',
      [needs('f', [['p', 0]]), abc('p', { on: false, offVariation: 0 })],
      'f',
      ctx('u'),
      served(2, 'PREREQUISITE_FAILED', { prerequisiteKey: 'p' }),
    ),
    c(
      'prerequisite serves another variation',
      [needs('f', [['p', 1]]), on0('p')],
      'f',
      ctx('u'),
      served(2, 'PREREQUISITE_FAILED', { prerequisiteKey: 'p' }),
    ),
    c(
      'unknown prerequisite',
      [needs('f', [['nope', 0]])],
      'f',
      ctx('u'),
      served(2, 'PREREQUISITE_FAILED', { prerequisiteKey: 'nope' }),
    ),
    c(
      'first failing prerequisite is named',
      [
        needs('f', [
          ['p', 0],
          ['q', 1],
          ['r', 1],
        ]),
        on0('p'),
        on0('q'),
        on0('r'),
      ],
      'f',
      ctx('u'),
      served(2, 'PREREQUISITE_FAILED', { prerequisiteKey: 'q' }),
    ),
    c(
      'prerequisite depends on the context (pass)',
      [needs('f', [['p-tgt', 0]]), tgt],
      'f',
      ctx('vip'),
      served(0, 'DEFAULT'),
    ),
    c(
      'prerequisite depends on the context (fail)',
      [needs('f', [['p-tgt', 0]]), tgt],
      'f',
      ctx('other'),
      served(2, 'PREREQUISITE_FAILED', { prerequisiteKey: 'p-tgt' }),
    ),
    c(
      'prerequisite beats targets',
      [needs('f', [['p', 1]], { targets: [{ variation: 1, values: ['u'] }] }), on0('p')],
      'f',
      ctx('u'),
      served(2, 'PREREQUISITE_FAILED', { prerequisiteKey: 'p' }),
    ),
    c(
      'prerequisite failing its own prerequisite still serves its off variation',
      [needs('f', [['p', 2]]), needs('p', [['nope', 0]])],
      'f',
      ctx('u'),
      served(0, 'DEFAULT'),
    ),
    c(
      'prerequisite failing its own prerequisite, other variation',
      [needs('f', [['p', 0]]), needs('p', [['nope', 0]])],
      'f',
      ctx('u'),
      served(2, 'PREREQUISITE_FAILED', { prerequisiteKey: 'p' }),
    ),
    c(
      'prerequisite cycle',
      [needs('a', [['b', 0]]), needs('b', [['a', 0]])],
      'a',
      ctx('u'),
      error('GENERAL'),
    ),
    c(
      'flag leading into a cycle',
      [needs('a', [['b', 0]]), needs('b', [['a', 0]]), needs('f', [['a', 0]])],
      'f',
      ctx('u'),
      error('GENERAL'),
    ),
    c('own prerequisite', [needs('f', [['f', 0]])], 'f', ctx('u'), error('GENERAL')),
    c(
      'off flag in a cycle is still an error',
      [needs('a', [['b', 0]], { on: false }), needs('b', [['a', 0]])],
      'a',
      ctx('u'),
      error('GENERAL'),
    ),
    c('16 prerequisite links is the limit', chain, 'c1', ctx('u'), served(0, 'DEFAULT')),
    c('17 prerequisite links is an error', chain, 'c0', ctx('u'), error('GENERAL')),
  ];
}
