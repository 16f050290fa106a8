// Configuration equality is one definition (@ff/engine/config-equality): the API's environment compare
// and no-op writes, `ff plan` and the Terraform provider's state all call it, so for every pair below
// they agree on whether the two configurations are the same.
import { describe, expect, it } from 'vitest';
import { sameConfig } from '@ff/engine/config-equality';
import { compareConfigs, sameConfig as apiSameConfig } from '../api/src/modules/environments/configs.ts';
import { computePlan } from '../cli/src/flags-as-code/diff.ts';
import { validateFlagsFile } from '../cli/src/flags-as-code/format.ts';
import type { RemoteFlag, RemoteState } from '../cli/src/flags-as-code/remote.ts';
import { fromApiConfig, sameTargeting, TARGETING_FIELDS } from '../cdktf-provider/src/resources/targeting.ts';

type Config = Record<string, unknown>;
const lists = { targets: [], rules: [], prerequisites: [] };
const base: Config = { on: true, offVariation: 1, fallthrough: { variation: 0 } };
const rollout = (extra: Config = {}) => ({
  rollout: {
    weights: [
      { variation: 0, weight: 50_000 },
      { variation: 1, weight: 50_000 },
    ],
    ...extra,
  },
});
const rule = (extra: Config = {}, clause: Config = {}) => ({
  id: 'r1',
  clauses: [{ attribute: 'plan', op: 'in', values: ['pro'], ...clause }],
  serve: { variation: 0 },
  ...extra,
});

// [name, a, b, same]
const PAIRS: [string, Config, Config, boolean][] = [
  ['identical', base, { ...base }, true],
  ['key order', base, { fallthrough: { variation: 0 }, offVariation: 1, on: true }, true],
  ['absent lists and []', base, { ...base, targets: [], rules: [], prerequisites: [] }, true],
  [
    'bucketBy absent and "key"',
    { ...base, fallthrough: rollout() },
    { ...base, fallthrough: rollout({ bucketBy: 'key' }) },
    true,
  ],
  [
    'negate false and none',
    { ...base, rules: [rule()] },
    { ...base, rules: [rule({}, { negate: false })] },
    true,
  ],
  [
    'rule description "" and none',
    { ...base, rules: [rule()] },
    { ...base, rules: [rule({ description: '' })] },
    true,
  ],
  ['on', base, { ...base, on: false }, false],
  [
    'bucketBy another attribute',
    { ...base, fallthrough: rollout() },
    { ...base, fallthrough: rollout({ bucketBy: 'org' }) },
    false,
  ],
  ['negate true', { ...base, rules: [rule()] }, { ...base, rules: [rule({}, { negate: true })] }, false],
  [
    'rule description',
    { ...base, rules: [rule()] },
    { ...base, rules: [rule({ description: 'pro users' })] },
    false,
  ],
  [
    '42 and "42"',
    { ...base, rules: [rule({}, { values: [42] })] },
    { ...base, rules: [rule({}, { values: ['42'] })] },
    false,
  ],
  [
    'rule order',
    { ...base, rules: [rule(), rule({ id: 'r2' })] },
    { ...base, rules: [rule({ id: 'r2' }), rule()] },
    false,
  ],
  ['a target', base, { ...base, targets: [{ variation: 0, values: ['u1'] }] }, false],
];

const at = '2026-01-01T00:00:00.000Z';

/**
 * `ff plan` with `a` in the file and `b` on the server (which always sends its lists): does it plan no
 * configuration change?
 */
function planSays(a: Config, b: Config): boolean {
  const flag: RemoteFlag = {
    key: 'f',
    name: 'f',
    description: '',
    kind: 'boolean',
    variations: [
      { name: 'on', value: true },
      { name: 'off', value: false },
    ],
    tags: [],
    owner: null,
    temporary: true,
    clientSide: false,
    archived: false,
    version: 1,
    createdAt: at,
    updatedAt: at,
    environments: {
      dev: { flag: 'f', environment: 'dev', version: 1, updatedAt: at, ...lists, ...b },
    } as unknown as RemoteFlag['environments'],
  };
  const remote: RemoteState = {
    project: 'demo',
    environments: {
      dev: {
        key: 'dev',
        name: 'Dev',
        color: '#000000',
        protected: false,
        sortOrder: 0,
        version: 1,
        createdAt: at,
        updatedAt: at,
      },
    },
    segments: {},
    flags: { f: flag },
  };
  const file = validateFlagsFile({
    version: 1,
    project: 'demo',
    flags: { f: { name: 'f', kind: 'boolean', environments: { dev: a } } },
  });
  return !computePlan(file, remote).changes.some((c) => c.type === 'flagConfig');
}

/** The provider: Terraform's values for each side (lists always present there), field by field. */
function providerSays(a: Config, b: Config): boolean {
  const tf = (c: Config) => fromApiConfig({ ...lists, ...c } as never) as unknown as Record<string, never>;
  return TARGETING_FIELDS.every((f) => sameTargeting(f, tf(a)[f], tf(b)[f]));
}

describe('configuration equality: every surface agrees', () => {
  it.each(PAIRS)('%s', (_name, a, b, same) => {
    expect(sameConfig(a, b)).toBe(same);
    expect(sameConfig(b, a)).toBe(same);
    expect(apiSameConfig(a, b)).toBe(same);
    expect(compareConfigs('a', 'b', [{ flag: 'f', a, b }]).identical).toBe(same ? 1 : 0);
    expect(planSays(a, b)).toBe(same);
    expect(planSays(b, a)).toBe(same);
    expect(providerSays(a, b)).toBe(same);
  });
});
