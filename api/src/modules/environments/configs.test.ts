import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../flag-configs/store.ts';
import { compareConfigs, jsonEqual, sameConfig } from './configs.ts';

const config = (overrides: Record<string, unknown> = {}) => ({
  on: false,
  offVariation: 1,
  prerequisites: [],
  targets: [],
  rules: [],
  fallthrough: { variation: 0 },
  ...overrides,
});

// A flag's configuration in a new environment is the one it was created with: the flags module's default.
describe('defaultConfig', () => {
  it.each([
    [2, 1],
    [3, 2],
    [1, 0],
  ])('with %i variations is off and serves the last one (%i)', (count, off) => {
    expect(defaultConfig(count)).toEqual(config({ offVariation: off }));
  });
});

describe('jsonEqual', () => {
  it.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [[1, 2], [2, 1], false],
    [{ a: undefined, b: 1 }, { b: 1 }, true],
    [null, {}, false],
    [[], {}, false],
    ['1', 1, false],
  ])('%j vs %j → %s', (a, b, equal) => {
    expect(jsonEqual(a, b)).toBe(equal);
  });
});

describe('compareConfigs', () => {
  it('counts identical flags and lists each differing top-level field with both values', () => {
    const rollout = { rollout: { weights: [{ variation: 0, weight: 100_000 }] } };
    const result = compareConfigs('staging', 'production', [
      { flag: 'same', a: config(), b: config() },
      { flag: 'reordered', a: config({ fallthrough: { variation: 0 } }), b: { ...config(), on: false } },
      { flag: 'changed', a: config({ on: true, fallthrough: rollout }), b: config() },
    ]);
    expect(result).toEqual({
      environment: 'staging',
      with: 'production',
      identical: 2,
      differences: [
        {
          flag: 'changed',
          changes: [
            { field: 'on', environment: true, with: false },
            { field: 'fallthrough', environment: rollout, with: { variation: 0 } },
          ],
        },
      ],
    });
  });

  it('reads a missing list as empty, as the engine does', () => {
    const { prerequisites: _p, targets: _t, rules: _r, ...sparse } = config();
    expect(compareConfigs('a', 'b', [{ flag: 'f', a: sparse, b: config() }]).identical).toBe(1);
  });

  it('reports every field of a flag configured in only one environment', () => {
    const result = compareConfigs('a', 'b', [{ flag: 'f', a: config(), b: null }]);
    expect(result.differences[0]!.changes.map((c) => c.field)).toEqual([
      'on',
      'offVariation',
      'prerequisites',
      'targets',
      'rules',
      'fallthrough',
    ]);
    expect(result.differences[0]!.changes[0]).toEqual({ field: 'on', environment: false, with: null });
  });
});

describe('sameConfig', () => {
  const rollout = (extra: Record<string, unknown> = {}) => ({
    rollout: {
      ...extra,
      weights: [
        { variation: 0, weight: 10_000 },
        { variation: 1, weight: 90_000 },
      ],
    },
  });
  const rule = (clause: Record<string, unknown>, serve: unknown = { variation: 0 }) => ({
    id: 'r',
    clauses: [{ attribute: 'plan', op: 'in', values: ['pro'], ...clause }],
    serve,
  });

  it.each([
    ['the same object', config(), config(), true],
    ['absent lists and []', { on: false, offVariation: 1, fallthrough: { variation: 0 } }, config(), true],
    [
      'bucketBy absent and "key"',
      config({ fallthrough: rollout() }),
      config({ fallthrough: rollout({ bucketBy: 'key' }) }),
      true,
    ],
    [
      'negate false and absent',
      config({ rules: [rule({ negate: false })] }),
      config({ rules: [rule({})] }),
      true,
    ],
    [
      'a rule serving a rollout, bucketBy spelled out',
      config({ rules: [rule({}, rollout())] }),
      config({ rules: [rule({}, rollout({ bucketBy: 'key' }))] }),
      true,
    ],
    ['on differs', config(), config({ on: true }), false],
    [
      'bucketBy another attribute',
      config({ fallthrough: rollout() }),
      config({ fallthrough: rollout({ bucketBy: 'org' }) }),
      false,
    ],
    ['negate true', config({ rules: [rule({ negate: true })] }), config({ rules: [rule({})] }), false],
    [
      'targets in another order',
      config({
        targets: [
          { variation: 0, values: ['a'] },
          { variation: 1, values: ['b'] },
        ],
      }),
      config({
        targets: [
          { variation: 1, values: ['b'] },
          { variation: 0, values: ['a'] },
        ],
      }),
      false,
    ],
  ])('%s → %s', (_name, a, b, same) => {
    expect(sameConfig(a, b)).toBe(same);
    expect(sameConfig(b, a)).toBe(same);
  });
});
