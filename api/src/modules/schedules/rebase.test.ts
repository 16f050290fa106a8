import { describe, expect, it } from 'vitest';
import type { StoredConfig } from '../flag-configs/store.ts';
import { decideRebase } from './rebase.ts';

const config = (over: Partial<StoredConfig> = {}): StoredConfig => ({
  on: false,
  offVariation: 1,
  prerequisites: [],
  targets: [],
  rules: [],
  fallthrough: { variation: 0 },
  ...over,
});
const rollout = (pct: number): StoredConfig['fallthrough'] => ({
  rollout: {
    bucketBy: 'key',
    weights: [
      { variation: 0, weight: pct * 1000 },
      { variation: 1, weight: 100000 - pct * 1000 },
    ],
  },
});

describe('the base-changed rule of a schedule step', () => {
  const cases: {
    name: string;
    base: StoredConfig;
    intended: StoredConfig;
    current: StoredConfig;
    expected: string;
    fields?: string[];
  }[] = [
    {
      name: 'nothing moved: applied as planned',
      base: config({ fallthrough: rollout(5) }),
      intended: config({ fallthrough: rollout(25) }),
      current: config({ fallthrough: rollout(5) }),
      expected: 'apply',
    },
    {
      name: 'someone added targets while the step changes the rollout: rebased',
      base: config({ on: true, fallthrough: rollout(5) }),
      intended: config({ on: true, fallthrough: rollout(25) }),
      current: config({ on: true, fallthrough: rollout(5), targets: [{ variation: 0, values: ['qa'] }] }),
      expected: 'rebase',
      fields: ['targets'],
    },
    {
      name: 'someone changed the rollout the step changes too: conflict',
      base: config({ fallthrough: rollout(5) }),
      intended: config({ fallthrough: rollout(25) }),
      current: config({ fallthrough: rollout(10) }),
      expected: 'conflict',
      fields: ['fallthrough'],
    },
    {
      name: 'someone turned the flag off (kill switch), the step changes only the rollout: rebased, it stays off',
      base: config({ on: true }),
      intended: config({ on: true, fallthrough: rollout(50) }),
      current: config({ on: false }),
      expected: 'rebase',
      fields: ['on'],
    },
    {
      name: 'the step turns the flag off, someone already did (and changed more): conflict on the shared field',
      base: config({ on: true }),
      intended: config({ on: false }),
      current: config({ on: false, offVariation: 0 }),
      expected: 'conflict',
      fields: ['on'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const decision = decideRebase(c.base, c.intended, c.current);
      expect(decision.kind).toBe(c.expected);
      if (decision.kind === 'rebase') expect(decision.movedFields).toEqual(c.fields);
      if (decision.kind === 'conflict') expect(decision.fields).toEqual(c.fields);
    });
  }
});
