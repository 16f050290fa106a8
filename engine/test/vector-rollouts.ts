// Rollout scenarios for vectors.json: the expected variation walks the weights over the bucket from
// the independent reference murmur3, so the engine's hashing is checked, not echoed.

import type { Json } from '../src/index.ts';
import { ctx, rollout, rule, ruleset, clause } from './builders.ts';
import { referenceBucket } from './reference-murmur3.ts';
import { abc, DEFAULT, served } from './vector-cases.ts';
import type { VectorCase } from './vector-cases.ts';

function bucketWinner(bucket: number, weights: [number, number][]): number {
  let sum = 0;
  for (const [variation, weight] of weights) {
    sum += weight;
    if (bucket < sum) return variation;
  }
  return weights[weights.length - 1]![0];
}

/** Rollouts: default and custom salt, bucketBy, unbucketable attributes. */
export function rolloutVectors(): VectorCase[] {
  const out: VectorCase[] = [];
  const threeWay: [number, number][] = [
    [0, 30000],
    [1, 30000],
    [2, 40000],
  ];
  const fall = abc('ro', { fallthrough: rollout(threeWay) });
  for (let i = 0; i < 20; i++) {
    const key = `user-${i}`;
    const v = bucketWinner(referenceBucket('ro', key), threeWay);
    out.push({
      name: `rollout: fallthrough, salt = flag key, ${key}`,
      ruleset: ruleset([fall]),
      flag: 'ro',
      context: ctx(key),
      default: DEFAULT,
      expect: served(v, 'SPLIT'),
    });
  }
  const split: [number, number][] = [
    [2, 10000],
    [0, 90000],
  ];
  const ruled = abc('ro-rule', {
    rules: [
      rule('beta', [clause('beta', 'in', [true])], rollout(split, { bucketBy: 'org', salt: 'exp-salt' })),
    ],
  });
  const orgs: Json[] = [
    'acme',
    'globex',
    'initech',
    'umbrella',
    'hooli',
    'ünïcode-org',
    '組織',
    12345,
    '12345',
    0,
    -7,
  ];
  for (const org of orgs) {
    const v = bucketWinner(referenceBucket('exp-salt', String(org)), split);
    out.push({
      name: `rollout: rule, bucketBy org, custom salt, org ${JSON.stringify(org)}`,
      ruleset: ruleset([ruled]),
      flag: 'ro-rule',
      context: ctx('same-user', { beta: true, org }),
      default: DEFAULT,
      expect: served(v, 'SPLIT', { ruleId: 'beta', ruleIndex: 0 }),
    });
  }
  const last = served(0, 'SPLIT', { ruleId: 'beta', ruleIndex: 0 });
  const cannot: [string, Json | undefined][] = [
    ['missing', undefined],
    ['null', null],
    ['fractional number', 1.5],
    ['boolean', true],
    ['array', ['acme']],
    ['object', { id: 'acme' }],
  ];
  for (const [what, org] of cannot) {
    const context =
      org === undefined ? ctx('same-user', { beta: true }) : ctx('same-user', { beta: true, org });
    out.push({
      name: `rollout: bucketBy attribute ${what} → last variation`,
      ruleset: ruleset([ruled]),
      flag: 'ro-rule',
      context,
      default: DEFAULT,
      expect: last,
    });
  }
  out.push({
    name: 'rollout: no key → last variation',
    ruleset: ruleset([fall]),
    flag: 'ro',
    context: { plan: 'x' },
    default: DEFAULT,
    expect: served(2, 'SPLIT'),
  });
  out.push({
    name: 'rollout: an empty key buckets like any other string',
    ruleset: ruleset([fall]),
    flag: 'ro',
    context: { key: '' },
    default: DEFAULT,
    expect: served(bucketWinner(referenceBucket('ro', ''), threeWay), 'SPLIT'),
  });
  out.push({
    name: 'rollout: null context → last variation',
    ruleset: ruleset([fall]),
    flag: 'ro',
    context: null,
    default: DEFAULT,
    expect: served(2, 'SPLIT'),
  });
  const zero = abc('ro-zero', {
    fallthrough: rollout([
      [0, 0],
      [1, 100000],
      [2, 0],
    ]),
  });
  for (const key of ['a', 'b', 'c']) {
    out.push({
      name: `rollout: zero weights are never served (${key})`,
      ruleset: ruleset([zero]),
      flag: 'ro-zero',
      context: ctx(key),
      default: DEFAULT,
      expect: served(1, 'SPLIT'),
    });
  }
  const byDomain: [number, number][] = [
    [0, 50000],
    [1, 50000],
  ];
  const domain = abc('ro-domain', { fallthrough: rollout(byDomain, { bucketBy: 'emailDomain' }) });
  for (const email of ['a@example.com', 'b@example.com', 'c@corp.io', 'd@ÉCOLE.fr']) {
    const v = bucketWinner(referenceBucket('ro-domain', email.slice(email.lastIndexOf('@') + 1)), byDomain);
    out.push({
      name: `rollout: bucketBy derived emailDomain (${email})`,
      ruleset: ruleset([domain]),
      flag: 'ro-domain',
      context: ctx(`k-${email}`, { email }),
      default: DEFAULT,
      expect: served(v, 'SPLIT'),
    });
  }
  return out;
}
