// bench:engine — ns per evaluation of the compiled engine, next to a hand-written function with the
// same logic and the same hashing (the floor). Prints numbers; it never passes or fails.
import { compileRuleset } from '@ff/engine';
// The floor hashes exactly as the engine does, with its allocation-free two-part murmur3.
import { hashParts } from '../engine/src/murmur3.ts';
import { compileClause } from '../engine/src/operators.ts';
import { formatNs, measure } from './measure.ts';
import type { Measurement } from './measure.ts';
import { benchRuleset, contexts, POOL, SCENARIOS, SEGMENT_SIZES, segmentKeys } from './scenarios.ts';
import type { Ctx } from './scenarios.ts';

const compiled = compileRuleset(benchRuleset);

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

const floors: Record<string, (c: Ctx) => boolean> = {
  simple: floorSimple,
  'rule-rollout': floorRuleRollout,
  ...Object.fromEntries(SEGMENT_SIZES.map((n) => [`segment-${n}`, floorSegment(new Set(segmentKeys(n)))])),
  'ten-rules': floorTenRules,
};
for (const s of SCENARIOS) scenario(s.name, s.key, floors[s.key]!);

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

// A pattern that is catastrophic for a backtracking engine, against 50,000 characters: RE2 runs it in
// linear time. engine/test/operators.test.ts checks the answers; the time is this figure.
const catastrophic = compileClause(
  { attribute: 's', op: 'matches', values: ['^(a+)+$'] },
  () => undefined,
).test;
const long = { key: 'k', s: `${'a'.repeat(50_000)}!` };
const regex = measure('catastrophic regex', () => catastrophic(long), { iterations: 50, rounds });
console.log('');
console.log(
  `matches ^(a+)+$ against 50,000 characters (no match): ${formatNs(regex.nsPerOp)} (a backtracking engine would not return)`,
);
