// Pure helpers over flag configurations: when two configurations are the same (the one definition of
// configuration equality in the API: environment compare and every configuration write use it), and the
// field-by-field comparison of two environments. No I/O, so they are tested without a database.
// The engine is meant to own configuration equality (see ARCHITECTURE.md); when it gains it, this
// module's `fieldsThatDiffer` becomes a call to it, and nothing else here needs to change.
import type { components } from '../../generated/openapi.ts';

export type EnvironmentComparison = components['schemas']['EnvironmentComparison'];
type Difference = EnvironmentComparison['differences'][number];
type Change = Difference['changes'][number];
type Field = Change['field'];

/** The top-level fields of a configuration, in the order the spec lists them. */
export const comparedFields: readonly Field[] = [
  'on',
  'offVariation',
  'prerequisites',
  'targets',
  'rules',
  'fallthrough',
];

// The engine reads an absent list as empty, so `[]` and a missing list configure the same thing.
const listFields = new Set<Field>(['prerequisites', 'targets', 'rules']);

function fieldOf(config: Record<string, unknown> | null, field: Field): unknown {
  if (config === null) return null;
  const value = config[field];
  if (value === undefined) return listFields.has(field) ? [] : null;
  return value;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

// Spellings the engine reads alike: a rollout without `bucketBy` buckets by "key", and `negate: false`
// is no negation.
function normalServe(serve: unknown): unknown {
  if (!isObject(serve) || !isObject(serve.rollout)) return serve;
  return { ...serve, rollout: { bucketBy: 'key', ...serve.rollout } };
}

function normalRules(rules: unknown): unknown {
  if (!Array.isArray(rules)) return rules;
  return rules.map((rule: unknown) => {
    if (!isObject(rule)) return rule;
    const clauses = Array.isArray(rule.clauses)
      ? rule.clauses.map((c: unknown) =>
          isObject(c) && c.negate === false ? { ...c, negate: undefined } : c,
        )
      : rule.clauses;
    return { ...rule, clauses, serve: normalServe(rule.serve) };
  });
}

/** One top-level field of a configuration as the comparison sees it (`null` config: not configured). */
function normalField(config: Record<string, unknown> | null, field: Field): unknown {
  const value = fieldOf(config, field);
  if (field === 'fallthrough') return normalServe(value);
  if (field === 'rules') return normalRules(value);
  return value;
}

/** The top-level fields whose meaning differs between two configurations, in `comparedFields` order. */
export function fieldsThatDiffer(
  a: Record<string, unknown> | null,
  b: Record<string, unknown> | null,
): Field[] {
  return comparedFields.filter((field) => !jsonEqual(normalField(a, field), normalField(b, field)));
}

/**
 * Whether two configurations configure the same targeting: equal field by field, blind to key order and
 * to spellings with one meaning (an absent list and `[]`, an absent `bucketBy` and "key", `negate: false`
 * and none). A write of a configuration equal to the current one changes nothing.
 */
export function sameConfig(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return fieldsThatDiffer(a, b).length === 0;
}

/** Structural equality of JSON values, blind to object key order (jsonb does not keep it). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && jsonEqual(ra[k], rb[k]));
}

export interface ConfigsOfFlag {
  flag: string;
  /** The configuration in the compared environment, null if the flag has none there. */
  a: Record<string, unknown> | null;
  /** The configuration in the `with` environment. */
  b: Record<string, unknown> | null;
}

/**
 * Per flag, the top-level configuration fields that differ between two environments with both values;
 * flags configured the same are only counted.
 */
export function compareConfigs(
  environment: string,
  withEnvironment: string,
  flags: readonly ConfigsOfFlag[],
): EnvironmentComparison {
  const differences: Difference[] = [];
  let identical = 0;
  for (const { flag, a, b } of flags) {
    const changes: Change[] = fieldsThatDiffer(a, b).map((field) => ({
      field,
      environment: fieldOf(a, field),
      with: fieldOf(b, field),
    }));
    if (changes.length === 0) identical++;
    else differences.push({ flag, changes });
  }
  return { environment, with: withEnvironment, identical, differences };
}
