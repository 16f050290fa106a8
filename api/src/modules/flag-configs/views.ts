// Configuration rows → the spec's `FlagEnvironment`, in one place. What GET returns is also what audit
// entries snapshot, so revert can rebuild a configuration from them.
import type { components } from '../../generated/openapi.ts';
import type { EnvironmentRef, FlagRow } from '../flags/store.ts';
import { iso } from '../flags/views.ts';
import type { ConfigRow, StoredConfig } from './store.ts';
import { defaultConfig } from './store.ts';

export type FlagEnvironment = components['schemas']['FlagEnvironment'];
type Serve = components['schemas']['Serve'];

export function configView(flagKey: string, environmentKey: string, row: ConfigRow): FlagEnvironment {
  const c = row.config;
  return {
    flag: flagKey,
    environment: environmentKey,
    version: row.version,
    on: c.on,
    offVariation: c.offVariation,
    prerequisites: c.prerequisites ?? [],
    targets: c.targets ?? [],
    rules: (c.rules ?? []) as FlagEnvironment['rules'],
    fallthrough: c.fallthrough as Serve,
    updatedAt: iso(row.updated_at),
  };
}

/** The configuration fields of a FlagEnvironment (or of any object carrying them), as stored. */
export function configOf(view: {
  on: boolean;
  offVariation: number;
  prerequisites?: unknown;
  targets?: unknown;
  rules?: unknown;
  fallthrough: unknown;
}): Record<string, unknown> {
  return {
    on: view.on,
    offVariation: view.offVariation,
    prerequisites: view.prerequisites ?? [],
    targets: view.targets ?? [],
    rules: view.rules ?? [],
    fallthrough: view.fallthrough,
  };
}

/**
 * Every environment's configuration of a flag, keyed by environment key in the project's order. An
 * environment without a stored row shows the default off configuration at version 1, which is what
 * the first write there will lock and replace.
 */
export function environmentsView(
  flag: FlagRow,
  environments: readonly EnvironmentRef[],
  configs: readonly (ConfigRow & { environment_key: string })[],
): Record<string, FlagEnvironment> {
  const byEnv = new Map(configs.map((c) => [c.environment_id, c]));
  const out: Record<string, FlagEnvironment> = {};
  for (const env of environments) {
    const row = byEnv.get(env.id) ?? {
      flag_id: flag.id,
      environment_id: env.id,
      config: defaultConfig(flag.variations.length) as StoredConfig,
      version: 1,
      updated_at: flag.created_at,
    };
    out[env.key] = configView(flag.key, env.key, row);
  }
  return out;
}
