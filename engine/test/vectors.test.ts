import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bucketFor, compileRuleset, murmur3_32 } from '../src/index.ts';
import type { EvaluationResult } from '../src/index.ts';
import { buildVectors, VECTORS_PATH } from './generate-vectors.ts';
import type { Vectors } from './generate-vectors.ts';

const vectors = JSON.parse(readFileSync(VECTORS_PATH, 'utf8')) as Vectors;

const CONTRACT = [
  'value',
  'variationIndex',
  'reason',
  'errorCode',
  'ruleId',
  'ruleIndex',
  'prerequisiteKey',
] as const;

function contractFields(result: EvaluationResult): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of CONTRACT) if (result[field] !== undefined) out[field] = result[field];
  return out;
}

describe('vectors.json', () => {
  it('is up to date with generate-vectors.ts (run `node engine/test/generate-vectors.ts`)', () => {
    expect(vectors).toEqual(buildVectors());
  });

  it('has the promised coverage', () => {
    expect(vectors.cases.length).toBeGreaterThanOrEqual(300);
    expect(vectors.bucketing.length).toBeGreaterThanOrEqual(50);
    expect(vectors.bucketing.some((r) => [...(r.salt + r.value)].some((ch) => ch.charCodeAt(0) > 127))).toBe(
      true,
    );
    const reasons = new Set(vectors.cases.map((c) => c.expect.reason));
    for (const reason of [
      'DISABLED',
      'PREREQUISITE_FAILED',
      'TARGETING_MATCH',
      'SPLIT',
      'DEFAULT',
      'ERROR',
    ]) {
      expect(reasons).toContain(reason);
    }
  });

  it.each(vectors.bucketing.map((r) => [`${r.salt}:${r.value}`, r] as const))('bucket %s', (_, row) => {
    expect(murmur3_32(`${row.salt}:${row.value}`, 0)).toBe(row.hash);
    expect(bucketFor(row.salt, row.value)).toBe(row.bucket);
  });

  it.each(vectors.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const result = compileRuleset(c.ruleset).evaluate(c.flag, c.context as never, c.default);
    expect(contractFields(result)).toEqual(c.expect);
  });

  // The closures that stand in for generated code where `new Function` is forbidden (codegen.ts),
  // and `explain`, which runs the rules clause by clause with a trace, pass the same vectors.
  it.each(vectors.cases.map((c) => [c.name, c] as const))('without code generation: %s', (_, c) => {
    const rs = compileRuleset(c.ruleset, { generateCode: false });
    expect(contractFields(rs.evaluate(c.flag, c.context as never, c.default))).toEqual(c.expect);
    expect(contractFields(rs.explain(c.flag, c.context as never, c.default).result)).toEqual(c.expect);
  });
});
