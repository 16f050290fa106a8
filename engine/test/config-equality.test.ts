import { describe, expect, it } from 'vitest';
import {
  CONFIG_FIELDS,
  configField,
  configFieldsThatDiffer,
  normalizeConfig,
  normalizeRules,
  sameConfig,
  sameJson,
} from '../src/config-equality.ts';

describe('configuration equality', () => {
  const config = {
    on: true,
    offVariation: 1,
    fallthrough: { rollout: { weights: [{ variation: 0, weight: 100_000 }] } },
  };

  it('normalizes the spellings with one meaning and keeps only the configuration fields', () => {
    expect(
      normalizeConfig({
        ...config,
        version: 7,
        rules: [
          {
            id: 'r',
            description: '',
            clauses: [{ attribute: 'a', op: 'in', values: ['x'], negate: false }],
            serve: { variation: 0 },
          },
        ],
      }),
    ).toStrictEqual({
      on: true,
      offVariation: 1,
      prerequisites: [],
      targets: [],
      rules: [{ id: 'r', clauses: [{ attribute: 'a', op: 'in', values: ['x'] }], serve: { variation: 0 } }],
      fallthrough: { rollout: { weights: [{ variation: 0, weight: 100_000 }], bucketBy: 'key' } },
    });
  });

  it('lists the fields that differ in CONFIG_FIELDS order', () => {
    expect(
      configFieldsThatDiffer(config, { ...config, on: false, targets: [{ variation: 0, values: ['u'] }] }),
    ).toEqual(['on', 'targets']);
    expect(configFieldsThatDiffer(config, null)).toEqual([...CONFIG_FIELDS]);
    expect(sameConfig(null, null)).toBe(true);
    expect(sameConfig(config, { ...config, rules: [], targets: [] })).toBe(true);
  });

  it('shows fields as written, an absent list as []', () => {
    expect(configField(config, 'fallthrough')).toBe(config.fallthrough);
    expect(configField(config, 'rules')).toEqual([]);
    expect(configField(null, 'on')).toBeNull();
  });

  it('normalizes segment rules too (no serve), and compares JSON blind to key order', () => {
    expect(normalizeRules([{ clauses: [{ attribute: 'a', op: 'in', values: [1], negate: false }] }])).toEqual(
      [{ clauses: [{ attribute: 'a', op: 'in', values: [1] }] }],
    );
    expect(sameJson({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson('42', 42)).toBe(false);
  });
});
