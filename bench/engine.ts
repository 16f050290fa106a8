// bench:engine — ns per evaluation of the compiled engine, next to a hand-written function with the
// same logic and the same hashing (the floor). Prints numbers; it never passes or fails.
import { compileRuleset, validateRuleset } from '@ff/engine';
import type { FlagConfig } from '@ff/engine';
// The floor hashes exactly as the engine does, with its allocation-free two-part murmur3.
import { hashParts } from '../engine/src/murmur3.ts';
import { formatNs, measure } from './measure.ts';
import type { Measurement } from './measure.ts';

const BOOL = [
  { name: 'on', value: true },
  { name: 'off', value: false },
];
const allOn = { on: true, offVariation: 1, prerequisites: [], targets: [], rules: [] };

function flag(key: string, config: Partial<FlagConfig> & Pick<FlagConfig, 'fallthrough'>) {
  return { key, kind: 'boolean' as const, variations: BOOL, config: { ...allOn, ...config } };
}

const SEGMENT_SIZES = [1_000, 100_000];
const segmentKeys = (n: number) => Array.from({ length: n }, (_, i) => `member-${i}`);

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
const compiled = compileRuleset(valid.value);

// A pool of contexts, so neither side can specialise on one input; a power of two for cheap indexing.
const POOL = 1024;
const countries = ['US', 'CA', 'GB', 'DE'];
const plans = ['pro', 'free'];
const contexts = Array.from({ length: POOL }, (_, i) => ({
  key: i % 2 === 0 ? `member-${i * 37}` : `user-${i}`,
  country: countries[i % 4]!,
  plan: plans[(i >> 2) % 2]!,
  age: 18 + (i % 50),
  email: `user${i}@example.com`,
  beta: 'none',
}));
type Ctx = (typeof contexts)[number];

// The floors: what a careful engineer would hand-write for each case, hashing as the engine does.
const floorSimple = (_c: Ctx) => true;
const floorRuleRollout = (c: Ctx) =>
  ((c.country === 'US' || c.country === 'CA') && c.plan === 'pro') ||
  Math.floor((hashParts('rule-rollout:', c.key) * 100_000) / 4294967296) < 25_000;
const floorSegment = (members: Set<string>) => (c: Ctx) => members.has(c.key);
const tenRuleCohorts = Array.from({ length: 10 }, (_, r) => `cohort-${r}`);
const floorTenRules = (c: Ctx) => {
  for (let r = 0; r < 10; r++) {
    if (
      (c.country === 'US' || c.country === 'CA' || c.country === 'GB') &&
      (c.plan === 'pro' || c.plan === 'free') &&
      c.age >= 18 &&
      c.email.endsWith('.com') &&
      c.beta === tenRuleCohorts[r]
    )
      return true;
  }
  return false;
};

const iterations = Number(process.env.BENCH_ITERATIONS ?? 1_000_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
const opts = { iterations, rounds };

interface Row {
  scenario: string;
  engine: Measurement;
  floor: Measurement;
}
const rows: Row[] = [];
function scenario(name: string, key: string, floor: (c: Ctx) => boolean) {
  // Sanity: the engine and the floor must agree on every context, or the comparison means nothing.
  for (const c of contexts) {
    const got = compiled.evaluate(key, c, false).value;
    if (got !== floor(c)) throw new Error(`${name}: engine and floor disagree for ${JSON.stringify(c)}`);
  }
  rows.push({
    scenario: name,
    engine: measure(
      `${name} (engine)`,
      (i) => compiled.evaluate(key, contexts[i & (POOL - 1)]!, false),
      opts,
    ),
    floor: measure(`${name} (floor)`, (i) => floor(contexts[i & (POOL - 1)]!), opts),
  });
}

scenario('boolean on, no rules', 'simple', floorSimple);
scenario('rule country in [US,CA] and plan == pro, then 25% rollout', 'rule-rollout', floorRuleRollout);
for (const n of SEGMENT_SIZES) {
  scenario(
    `static segment of ${n.toLocaleString('en-US')} keys`,
    `segment-${n}`,
    floorSegment(new Set(segmentKeys(n))),
  );
}
scenario('10 rules × 5 clauses, falls through', 'ten-rules', floorTenRules);

const PEERS = { '@growthbook/growthbook isOn': 1900, 'unleash-client': 2800, 'LaunchDarkly node SDK': 3800 };

console.log(
  `bench:engine — Node ${process.version}, ${iterations.toLocaleString('en-US')} evaluations × ${rounds} rounds, median`,
);
console.log('');
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('scenario', 60)} ${pad('engine', 11)} ${pad('floor', 11)} engine/floor`);
for (const r of rows) {
  console.log(
    `${pad(r.scenario, 60)} ${pad(formatNs(r.engine.nsPerOp), 11)} ${pad(formatNs(r.floor.nsPerOp), 11)} ${(r.engine.nsPerOp / r.floor.nsPerOp).toFixed(2)}×`,
  );
}
const ruleRow = rows[1]!;
console.log('');
console.log('Peer SDKs for the rule + rollout logic, as measured earlier on this machine (not re-run here):');
for (const [peer, ns] of Object.entries(PEERS)) {
  console.log(
    `  ${pad(peer, 30)} ${pad(formatNs(ns), 10)} ff engine is ${(ns / ruleRow.engine.nsPerOp).toFixed(1)}× faster`,
  );
}
const [small, large] = [rows[2]!, rows[3]!];
console.log('');
console.log(
  `Segment size growth (100,000 vs 1,000 keys): ${(large.engine.nsPerOp / small.engine.nsPerOp).toFixed(2)}× (1.00× means no growth)`,
);
