// Shared by bench:engine and bench:sdk, so both measure the very same flags and contexts.
import { validateRuleset } from '@ff/engine';
import type { FlagConfig, Ruleset } from '@ff/engine';
import { DEFAULT_BOOLEAN_VARIATIONS } from '@ff/engine/limits';

const BOOL = DEFAULT_BOOLEAN_VARIATIONS.map((v) => ({ ...v }));
const allOn = { on: true, offVariation: 1, prerequisites: [], targets: [], rules: [] };

function flag(key: string, config: Partial<FlagConfig> & Pick<FlagConfig, 'fallthrough'>) {
  return { key, kind: 'boolean' as const, variations: BOOL, config: { ...allOn, ...config } };
}

export const SEGMENT_SIZES = [1_000, 100_000];
export const segmentKeys = (n: number) => Array.from({ length: n }, (_, i) => `member-${i}`);

const ruleset = {
  version: 1,
  flags: {
    simple: flag('simple', { fallthrough: { variation: 0 } }),
    'rule-rollout': flag('rule-rollout', {
      rules: [
        {
          id: 'us-ca-pro',
          clauses: [
            { attribute: 'country', op: 'in', values: ['US', 'CA'] },
            { attribute: 'plan', op: 'in', values: ['pro'] },
          ],
          serve: { variation: 0 },
        },
      ],
      fallthrough: {
        rollout: {
          weights: [
            { variation: 0, weight: 25_000 },
            { variation: 1, weight: 75_000 },
          ],
        },
      },
    }),
    ...Object.fromEntries(
      SEGMENT_SIZES.map((n) => [
        `segment-${n}`,
        flag(`segment-${n}`, {
          rules: [
            {
              id: 'members',
              clauses: [{ attribute: 'key', op: 'segmentMatch', values: [`members-${n}`] }],
              serve: { variation: 0 },
            },
          ],
          fallthrough: { variation: 1 },
        }),
      ]),
    ),
    // Each clause but the last matches, so every rule evaluates all five before failing.
    'ten-rules': flag('ten-rules', {
      rules: Array.from({ length: 10 }, (_, r) => ({
        id: `rule-${r}`,
        clauses: [
          { attribute: 'country', op: 'in', values: ['US', 'CA', 'GB'] },
          { attribute: 'plan', op: 'in', values: ['pro', 'free'] },
          { attribute: 'age', op: 'gte', values: [18] },
          { attribute: 'email', op: 'endsWith', values: ['.com'] },
          { attribute: 'beta', op: 'in', values: [`cohort-${r}`] },
        ],
        serve: { variation: 0 },
      })),
      fallthrough: { variation: 1 },
    }),
  },
  segments: Object.fromEntries(
    SEGMENT_SIZES.map((n) => [
      `members-${n}`,
      { key: `members-${n}`, included: segmentKeys(n), excluded: [], rules: [] },
    ]),
  ),
};

// The bench's own ruleset goes through the same validation as any written through the API.
const valid = validateRuleset(ruleset);
if (!valid.ok) throw new Error(`bench ruleset is invalid: ${JSON.stringify(valid.issues)}`);
/** The bench ruleset, validated (what GET /sdk/v1/config would serve). */
export const benchRuleset: Ruleset = valid.value;

// A pool of contexts, so neither side can specialise on one input; a power of two for cheap indexing.
export const POOL = 1024;
const countries = ['US', 'CA', 'GB', 'DE'];
const plans = ['pro', 'free'];
export const contexts = Array.from({ length: POOL }, (_, i) => ({
  key: i % 2 === 0 ? `member-${i * 37}` : `user-${i}`,
  country: countries[i % 4]!,
  plan: plans[(i >> 2) % 2]!,
  age: 18 + (i % 50),
  email: `user${i}@example.com`,
  beta: 'none',
}));
export type Ctx = (typeof contexts)[number];

/** The scenarios both benches print, in order: a label and the flag it evaluates. */
export const SCENARIOS: readonly { name: string; key: string }[] = [
  { name: 'boolean on, no rules', key: 'simple' },
  { name: 'rule country in [US,CA] and plan == pro, then 25% rollout', key: 'rule-rollout' },
  ...SEGMENT_SIZES.map((n) => ({
    name: `static segment of ${n.toLocaleString('en-US')} keys`,
    key: `segment-${n}`,
  })),
  { name: '10 rules × 5 clauses, falls through', key: 'ten-rules' },
];
