import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../flags/store.ts';
import { compareConfigs, jsonEqual } from './configs.ts';

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
