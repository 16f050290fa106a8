import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BUCKET_SCALE,
  DEFAULT_BOOLEAN_VARIATIONS,
  KEY_PATTERN,
  LIMITS,
  MAX_KEY_LENGTH,
} from '../src/limits.ts';
import { validateFlagConfig, validateFlagDefinition, validateSegment } from '../src/validate.ts';

const flag = { key: 'f', variations: [{ value: true }, { value: false }] };
const config = (extra: Record<string, unknown>) => ({
  on: true,
  offVariation: 1,
  fallthrough: { variation: 0 },
  ...extra,
});
const clause = (extra: Record<string, unknown> = {}) => ({
  attribute: 'a',
  op: 'in',
  values: ['x'],
  ...extra,
});
const rule = (extra: Record<string, unknown> = {}) => ({
  id: 'r',
  clauses: [clause()],
  serve: { variation: 0 },
  ...extra,
});
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

// Each bound, at the limit (accepted) and one past it (refused): the schemas are built from LIMITS.
const BOUNDS: [string, number, (n: number) => boolean][] = [
  [
    'prerequisites',
    LIMITS.prerequisites,
    (n) =>
      validateFlagConfig(config({ prerequisites: times(n, (i) => ({ flag: `p${i}`, variation: 0 })) }), flag)
        .ok,
  ],
  [
    'targets',
    LIMITS.targets,
    (n) =>
      validateFlagConfig(config({ targets: times(n, () => ({ variation: 0, values: ['u'] })) }), flag).ok,
  ],
  [
    'targetValues',
    LIMITS.targetValues,
    (n) =>
      validateFlagConfig(config({ targets: [{ variation: 0, values: times(n, (i) => `u${i}`) }] }), flag).ok,
  ],
  [
    'targetValue',
    LIMITS.targetValue,
    (n) => validateFlagConfig(config({ targets: [{ variation: 0, values: ['u'.repeat(n)] }] }), flag).ok,
  ],
  [
    'rules',
    LIMITS.rules,
    (n) => validateFlagConfig(config({ rules: times(n, (i) => rule({ id: `r${i}` })) }), flag).ok,
  ],
  [
    'ruleId',
    LIMITS.ruleId,
    (n) => validateFlagConfig(config({ rules: [rule({ id: 'r'.repeat(n) })] }), flag).ok,
  ],
  [
    'description',
    LIMITS.description,
    (n) => validateFlagConfig(config({ rules: [rule({ description: 'd'.repeat(n) })] }), flag).ok,
  ],
  [
    'clauses',
    LIMITS.clauses,
    (n) => validateFlagConfig(config({ rules: [rule({ clauses: times(n, () => clause()) })] }), flag).ok,
  ],
  [
    'attribute',
    LIMITS.attribute,
    (n) =>
      validateFlagConfig(config({ rules: [rule({ clauses: [clause({ attribute: 'a'.repeat(n) })] })] }), flag)
        .ok,
  ],
  [
    'clauseValues',
    LIMITS.clauseValues,
    (n) =>
      validateFlagConfig(
        config({ rules: [rule({ clauses: [clause({ values: times(n, (i) => `v${i}`) })] })] }),
        flag,
      ).ok,
  ],
  [
    'segmentRules',
    LIMITS.segmentRules,
    (n) => validateSegment({ key: 's', rules: times(n, () => ({ clauses: [clause()] })) }).ok,
  ],
  [
    'variations',
    LIMITS.variations,
    (n) =>
      validateFlagDefinition({
        key: 'f',
        kind: 'number',
        variations: times(n, (i) => ({ name: `v${i}`, value: i })),
      }).ok,
  ],
  [
    'variationName',
    LIMITS.variationName,
    (n) =>
      validateFlagDefinition({ key: 'f', kind: 'number', variations: [{ name: 'v'.repeat(n), value: 1 }] })
        .ok,
  ],
  [
    'weights',
    LIMITS.weights,
    (n) =>
      validateFlagConfig(
        config({
          fallthrough: {
            rollout: { weights: times(n, (i) => ({ variation: 0, weight: i === 0 ? BUCKET_SCALE : 0 })) },
          },
        }),
        flag,
      ).ok,
  ],
  [
    'bucketBy',
    LIMITS.bucketBy,
    (n) =>
      validateFlagConfig(
        config({
          fallthrough: {
            rollout: { bucketBy: 'b'.repeat(n), weights: [{ variation: 0, weight: BUCKET_SCALE }] },
          },
        }),
        flag,
      ).ok,
  ],
  [
    'salt',
    LIMITS.salt,
    (n) =>
      validateFlagConfig(
        config({
          fallthrough: {
            rollout: { salt: 's'.repeat(n), weights: [{ variation: 0, weight: BUCKET_SCALE }] },
          },
        }),
        flag,
      ).ok,
  ],
  ['key', MAX_KEY_LENGTH, (n) => KEY_PATTERN.test('k'.repeat(n))],
];

describe('limits', () => {
  it.each(BOUNDS)('%s: %i is accepted, one more is refused', (_name, limit, accepts) => {
    expect(accepts(limit)).toBe(true);
    expect(accepts(limit + 1)).toBe(false);
  });

  it('weights sum to BUCKET_SCALE', () => {
    const rollout = (w: number) =>
      config({
        fallthrough: {
          rollout: {
            weights: [
              { variation: 0, weight: w },
              { variation: 1, weight: BUCKET_SCALE - w },
            ],
          },
        },
      });
    expect(validateFlagConfig(rollout(25_000), flag).ok).toBe(true);
    const off = config({
      fallthrough: { rollout: { weights: [{ variation: 0, weight: BUCKET_SCALE - 1 }] } },
    });
    expect(validateFlagConfig(off, flag).ok).toBe(false);
  });

  it('the default boolean variations are a valid boolean flag and cannot be changed in place', () => {
    expect(
      validateFlagDefinition({ key: 'f', kind: 'boolean', variations: DEFAULT_BOOLEAN_VARIATIONS }).ok,
    ).toBe(true);
    expect(
      Object.isFrozen(DEFAULT_BOOLEAN_VARIATIONS) && Object.isFrozen(DEFAULT_BOOLEAN_VARIATIONS[0]),
    ).toBe(true);
  });

  it('imports nothing but dependency-free engine modules', () => {
    const src = readFileSync(new URL('../src/limits.ts', import.meta.url), 'utf8');
    const from = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(from.every((f) => ['./keys.ts', './json-depth.ts', './types.ts'].includes(f!))).toBe(true);
  });
});

// The packages that talk about flags import the engine's constants: none restates the key pattern or
// the weight total in its source.
describe('nothing outside the engine restates them', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory())
        return ['generated', 'bindings', 'bindings-cdktn', 'node_modules', 'dist'].includes(name)
          ? []
          : files(path);
      return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
    });
  const sources = ['api/src', 'cli/src', 'cdktf-provider/src', 'sdk-node/src'].flatMap((d) =>
    files(join(root, d)),
  );

  it.each([
    ['the key pattern', '[a-z0-9][a-z0-9._-]'],
    ['the weight total', '100_000'],
    ['the weight total', '= 100000'],
  ])('%s (%s)', (_what, text) => {
    expect(
      sources.filter((f) => readFileSync(f, 'utf8').includes(text)).map((f) => relative(root, f)),
    ).toEqual([]);
  });
});
