// Builds engine/test/vectors.json, the cross-language contract (format in engine/README.md).
// Run: node engine/test/generate-vectors.ts        (vectors.test.ts fails when the file is stale)
//
// Every expectation is derived here from the documented semantics, not recorded from the engine:
// operator rows state their outcome by hand (operator-cases.ts), evaluation-order cases state their
// reason by hand, and rollout cases walk the weights over buckets computed by an independent
// reference murmur3 (reference-murmur3.ts) that is first checked against published test vectors.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Json } from '../src/index.ts';
import { clause, flag, MATCH, rule, ruleset } from './builders.ts';
import { MISSING, operatorCases } from './operator-cases.ts';
import { PUBLISHED_VECTORS, referenceBucket, referenceMurmur3 } from './reference-murmur3.ts';
import { DEFAULT, orderVectors, segmentVectors } from './vector-cases.ts';
import { rolloutVectors } from './vector-rollouts.ts';
import type { VectorCase } from './vector-cases.ts';

export type { Expect, VectorCase } from './vector-cases.ts';

/** One row of the bucketing table: `hash` = murmur3_32(utf8(salt + ":" + value), 0). */
export interface BucketRow {
  salt: string;
  value: string;
  hash: number;
  bucket: number;
}

/** The whole vectors file. */
export interface Vectors {
  format: 1;
  description: string;
  bucketing: BucketRow[];
  cases: VectorCase[];
}

function operatorVectors(): VectorCase[] {
  return operatorCases().map((c, i) => {
    const attribute = c.attribute ?? 'attr';
    const context: Record<string, Json> = { key: 'ctx-user' };
    if (c.actual !== MISSING) context[attribute] = c.actual;
    Object.assign(context, c.extra ?? {});
    const f = flag(
      'op-flag',
      { rules: [rule('r', [clause(attribute, c.op, c.values, c.negate)], 0)], fallthrough: { variation: 1 } },
      { variations: MATCH },
    );
    const shown = c.actual === MISSING ? 'missing' : JSON.stringify(c.actual);
    return {
      name: `operator ${i}: ${attribute} ${c.negate ? 'not ' : ''}${c.op || '(empty)'} ${JSON.stringify(c.values)} vs ${shown}: ${c.note}`,
      ruleset: ruleset([f]),
      flag: 'op-flag',
      context,
      default: DEFAULT,
      expect: c.matches
        ? { value: 'match', variationIndex: 0, reason: 'TARGETING_MATCH', ruleId: 'r', ruleIndex: 0 }
        : { value: 'no-match', variationIndex: 1, reason: 'DEFAULT' },
    };
  });
}

function bucketingTable(): BucketRow[] {
  const salts = ['flag', 'new-checkout', 'exp-2024.q3', '', 'sälz'];
  const values = [
    'user-1',
    'user-2',
    '',
    '42',
    'ζήτα',
    '日本語',
    '😀 emoji',
    'a'.repeat(100),
    'Ünïcode Straße',
    ' spaced out ',
  ];
  const rows: BucketRow[] = [];
  for (const salt of salts) {
    for (const value of values) {
      rows.push({
        salt,
        value,
        hash: referenceMurmur3(`${salt}:${value}`),
        bucket: referenceBucket(salt, value),
      });
    }
  }
  return rows;
}

/** The segments `clauses` name with segmentMatch. */
function segmentRefs(rules: readonly { clauses: readonly { op: string; values: readonly Json[] }[] }[]) {
  return rules.flatMap((r) =>
    r.clauses.flatMap((c) =>
      c.op === 'segmentMatch' ? c.values.filter((v): v is string => typeof v === 'string') : [],
    ),
  );
}

/**
 * The case with only the flags and segments its evaluation can reach (prerequisites, segments named by
 * rules, segments through segments). The rest cannot change the result, and leaving it out keeps each
 * ruleset one an SDK accepts whenever the scenario itself is valid: the conformance suite bootstraps
 * sdk-node with it, and an SDK refuses a whole ruleset when any part of it is broken.
 */
function reachableOnly(c: VectorCase): VectorCase {
  const flags = new Set<string>();
  const segments = new Set<string>();
  const all = c.ruleset.flags;
  const allSegments = c.ruleset.segments ?? {};
  const flagQueue = [c.flag];
  const segmentQueue: string[] = [];
  while (flagQueue.length > 0 || segmentQueue.length > 0) {
    const key = flagQueue.pop();
    if (key !== undefined) {
      if (flags.has(key) || !Object.hasOwn(all, key)) continue;
      flags.add(key);
      const config = all[key]!.config;
      flagQueue.push(...config.prerequisites.map((p) => p.flag));
      segmentQueue.push(...segmentRefs(config.rules));
      continue;
    }
    const segment = segmentQueue.pop()!;
    if (segments.has(segment) || !Object.hasOwn(allSegments, segment)) continue;
    segments.add(segment);
    segmentQueue.push(...segmentRefs(allSegments[segment]!.rules));
  }
  const keep = <T>(record: Record<string, T>, keys: Set<string>) =>
    Object.fromEntries(Object.entries(record).filter(([k]) => keys.has(k)));
  return { ...c, ruleset: { ...c.ruleset, flags: keep(all, flags), segments: keep(allSegments, segments) } };
}

/** Builds the vectors in memory (after checking the reference hash against published vectors). */
export function buildVectors(): Vectors {
  for (const [input, seed, hash] of PUBLISHED_VECTORS) {
    if (referenceMurmur3(input, seed) !== hash)
      throw new Error(`reference murmur3 is wrong for ${JSON.stringify(input)}`);
  }
  return {
    format: 1,
    description:
      'ff engine test vectors. Each case: compile `ruleset`, evaluate `flag` for `context` with `default`; ' +
      'the result must have exactly the fields of `expect`. bucketing: hash = murmur3_x86_32(utf8(salt + ":" + value), seed 0), ' +
      'bucket = floor(hash * 100000 / 2^32). See engine/README.md.',
    bucketing: bucketingTable(),
    cases: [...operatorVectors(), ...segmentVectors(), ...orderVectors(), ...rolloutVectors()].map(
      reachableOnly,
    ),
  };
}

/** Where the vectors live. */
export const VECTORS_PATH = fileURLToPath(new URL('./vectors.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const vectors = buildVectors();
  writeFileSync(VECTORS_PATH, `${JSON.stringify(vectors, null, 2)}\n`);
  console.log(
    `wrote ${vectors.cases.length} cases and ${vectors.bucketing.length} bucketing rows to ${VECTORS_PATH}`,
  );
}
