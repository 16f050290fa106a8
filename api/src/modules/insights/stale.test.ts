import { describe, expect, it } from 'vitest';
import { staleFlags } from './stale.ts';
import type { StaleInputFlag } from './stale.ts';

const now = new Date('2026-12-02T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const envs = ['development', 'production'];

const on = (variation: number) => ({
  on: true,
  offVariation: 1,
  prerequisites: [],
  targets: [],
  rules: [],
  fallthrough: { variation },
});
const off = { ...on(0), on: false };
const split = {
  ...on(0),
  fallthrough: {
    rollout: {
      weights: [
        { variation: 0, weight: 50000 },
        { variation: 1, weight: 50000 },
      ],
    },
  },
};

function flag(over: Partial<StaleInputFlag> = {}): StaleInputFlag {
  return {
    key: 'f',
    temporary: true,
    archived: false,
    createdAt: daysAgo(100),
    updatedAt: daysAgo(90),
    variationNames: ['on', 'off'],
    configs: envs.map((environment) => ({ environment, config: on(0), updatedAt: daysAgo(45) })),
    lastEvaluatedAt: daysAgo(1),
    ...over,
  };
}

const reasons = (f: StaleInputFlag, n = 30) => staleFlags([f], envs, n, now).map((s) => s.reason);

describe('stale rules (N = 30 days)', () => {
  describe('rolled-out: temporary, one variation to everyone everywhere, unchanged for N days', () => {
    it('fully rolled out (on, one variation) is stale, with the variation to keep', () => {
      const [s] = staleFlags([flag()], envs, 30, now);
      expect(s).toMatchObject({
        reason: 'rolled-out',
        servedVariations: [
          { environment: 'development', variation: 0, name: 'on' },
          { environment: 'production', variation: 0, name: 'on' },
        ],
      });
      expect(s!.suggestedAction).toContain('keep the "on" path');
    });
    it('fully off everywhere is stale, and the action says to remove the code behind it', () => {
      const [s] = staleFlags(
        [
          flag({
            configs: envs.map((environment) => ({ environment, config: off, updatedAt: daysAgo(40) })),
          }),
        ],
        envs,
        30,
        now,
      );
      expect(s?.reason).toBe('rolled-out');
      expect(s!.suggestedAction).toMatch(/^Fully off/);
    });
    it('not when one environment still splits traffic', () => {
      expect(
        reasons(
          flag({
            configs: [
              { environment: 'development', config: on(0), updatedAt: daysAgo(45) },
              { environment: 'production', config: split, updatedAt: daysAgo(45) },
            ],
          }),
        ),
      ).toEqual([]);
    });
    it('not when a configuration changed within N days', () => {
      expect(
        reasons(
          flag({
            configs: envs.map((environment, i) => ({
              environment,
              config: on(0),
              updatedAt: daysAgo(i === 0 ? 45 : 10),
            })),
          }),
        ),
      ).toEqual([]);
    });
    it('not for a permanent flag', () => {
      expect(reasons(flag({ temporary: false }))).toEqual([]);
    });
    it('not when an environment has no configuration', () => {
      expect(
        reasons(flag({ configs: [{ environment: 'development', config: on(0), updatedAt: daysAgo(45) }] })),
      ).toEqual([]);
    });
    it('N is the project setting: with 60 days the same flag is not stale yet', () => {
      expect(reasons(flag(), 60)).toEqual([]);
    });
  });

  describe('not-evaluated: evaluated before, but nowhere for N days', () => {
    it('stale past N days, whatever its configuration', () => {
      expect(reasons(flag({ configs: [], lastEvaluatedAt: daysAgo(31) }))).toEqual(['not-evaluated']);
      expect(reasons(flag({ temporary: false, configs: [], lastEvaluatedAt: daysAgo(31) }))).toEqual([
        'not-evaluated',
      ]);
    });
    it('not within N days', () => {
      expect(reasons(flag({ configs: [], lastEvaluatedAt: daysAgo(29) }))).toEqual([]);
    });
  });

  describe('never-evaluated: created over N days ago, never evaluated', () => {
    it('stale', () => {
      const [s] = staleFlags([flag({ lastEvaluatedAt: undefined, configs: [] })], envs, 30, now);
      expect(s).toMatchObject({ reason: 'never-evaluated', lastEvaluatedAt: null });
      expect(s!.detail).toContain('100 days ago');
    });
    it('not for a flag created within N days', () => {
      expect(reasons(flag({ lastEvaluatedAt: undefined, createdAt: daysAgo(5) }))).toEqual([]);
    });
  });

  describe('archived-but-evaluated: archived, and SDKs evaluated it since', () => {
    it('stale when an evaluation came after its last change (the archiving)', () => {
      expect(reasons(flag({ archived: true, updatedAt: daysAgo(3), lastEvaluatedAt: daysAgo(1) }))).toEqual([
        'archived-but-evaluated',
      ]);
    });
    it('not when evaluations stopped before it was archived, and no other rule applies to archived flags', () => {
      expect(reasons(flag({ archived: true, updatedAt: daysAgo(3), lastEvaluatedAt: daysAgo(200) }))).toEqual(
        [],
      );
      expect(reasons(flag({ archived: true, lastEvaluatedAt: undefined }))).toEqual([]);
    });
  });

  describe('with code references (ff refs --push)', () => {
    const quiet = flag({ configs: [], lastEvaluatedAt: daysAgo(31) });
    it('stale but still referenced: the count in the evidence, the references first in the action', () => {
      const [s] = staleFlags([quiet], envs, 30, now, new Map([['f', { references: 3, repositories: 2 }]]));
      expect(s).toMatchObject({ reason: 'not-evaluated', references: 3 });
      expect(s!.detail).toContain('Still referenced in 3 places in 2 repositories.');
      expect(s!.suggestedAction).toBe('Remove its 3 code references (ff refs lists them), then archive it.');
    });
    it('stale and referenced nowhere: archive it at once', () => {
      const [s] = staleFlags([quiet], envs, 30, now, new Map());
      expect(s).toMatchObject({
        references: 0,
        suggestedAction: 'No pushed repository references it: archive it.',
      });
    });
    it('no repository pushed: references unknown (null)', () => {
      expect(staleFlags([quiet], envs, 30, now)[0]!.references).toBeNull();
    });
  });
});
