// The field-by-field comparison of two environments' flag configurations, in the API's shape. What
// "the same configuration" means is the engine's (@ff/engine/config-equality), the one definition that
// environment compare, every configuration write (no-op detection), `ff plan` and the Terraform
// provider share. No I/O, so it is tested without a database.
import { configFieldsThatDiffer, configField, sameConfig, sameJson } from '@ff/engine/config-equality';
import type { components } from '../../generated/openapi.ts';

export type EnvironmentComparison = components['schemas']['EnvironmentComparison'];
type Difference = EnvironmentComparison['differences'][number];
type Change = Difference['changes'][number];

export { sameConfig };

/** Structural equality of JSON values, blind to object key order (jsonb does not keep it). */
export const jsonEqual = sameJson;

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
    const changes: Change[] = configFieldsThatDiffer(a, b).map((field) => ({
      field,
      environment: configField(a, field),
      with: configField(b, field),
    }));
    if (changes.length === 0) identical++;
    else differences.push({ flag, changes });
  }
  return { environment, with: withEnvironment, identical, differences };
}
