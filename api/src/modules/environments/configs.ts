// Pure helpers over flag configurations: the field-by-field comparison of two environments. No I/O,
// so they are tested without a database.
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
    const changes: Change[] = [];
    for (const field of comparedFields) {
      const left = fieldOf(a, field);
      const right = fieldOf(b, field);
      if (!jsonEqual(left, right)) changes.push({ field, environment: left, with: right });
    }
    if (changes.length === 0) identical++;
    else differences.push({ flag, changes });
  }
  return { environment, with: withEnvironment, identical, differences };
}
