// The flag configurations part of a plan: each environment's configuration of a flag the file lists,
// checked by the engine against the flags and segments that will exist, and compared by meaning, not
// spelling (the engine's one definition of configuration equality, which the API's no-op writes and
// environment compare and the Terraform provider use too).
import { formatPath, validateFlagConfig } from '@ff/engine';
import type { ValidationIssue } from '@ff/engine';
import { CONFIG_FIELDS, normalizeConfig } from '@ff/engine/config-equality';
import { ownedConfigs } from './experiments.ts';
import { booleanVariations } from './format.ts';
import type { FlagsFile } from './format.ts';
import { configOf } from './remote.ts';
import type { RemoteState } from './remote.ts';
import { changedFields } from './plan-changes.ts';
import type { Change } from './plan-changes.ts';

/** What every configuration of the plan is checked against. */
export interface ConfigScope {
  desired: FlagsFile;
  remote: RemoteState;
  /** Flags a configuration may name: what the file keeps or creates, and what stays remotely. */
  flagRefs: Record<string, { variations: unknown[] }>;
  /** Segments a configuration may name, likewise. */
  segmentRefs: Record<string, unknown>;
  /** `flag/env` pairs an experiment of the file writes. */
  owned: Set<string>;
}

export function configScope(desired: FlagsFile, remote: RemoteState, prune: boolean): ConfigScope {
  const flagRefs: Record<string, { variations: unknown[] }> = {};
  for (const [k, f] of Object.entries(remote.flags)) if (!prune || desired.flags[k]) flagRefs[k] = f;
  for (const [k, f] of Object.entries(desired.flags))
    flagRefs[k] = { variations: f.variations ?? flagRefs[k]?.variations ?? booleanVariations };
  const segmentRefs: Record<string, unknown> = {};
  for (const k of Object.keys(remote.segments)) if (!prune || desired.segments[k]) segmentRefs[k] = {};
  for (const k of Object.keys(desired.segments)) segmentRefs[k] = {};
  return { desired, remote, flagRefs, segmentRefs, owned: ownedConfigs(desired.experiments ?? {}) };
}

/** The configuration changes of the file's flag `key`; problems go to `issues`. */
export function planFlagConfigs(scope: ConfigScope, key: string, issues: ValidationIssue[]): Change[] {
  const { desired, remote, flagRefs, segmentRefs, owned } = scope;
  const spec = desired.flags[key]!;
  const actual = remote.flags[key];
  const at = (...rest: string[]) => formatPath(['flags', key, ...rest]);
  const envExists = (env: string) => env in desired.environments || env in remote.environments;
  const configChanges: Change[] = [];
  const variations = spec.variations ?? actual?.variations ?? booleanVariations;
  for (const [env, config] of Object.entries(spec.environments ?? {})) {
    if (owned.has(`${key}/${env}`)) continue; // the experiment writes it
    if (!envExists(env)) {
      issues.push({
        path: at('environments', env),
        message: `environment "${env}" is neither in the file nor in project ${desired.project}`,
      });
      continue;
    }
    const checked = validateFlagConfig(
      config,
      { key, variations },
      { flags: flagRefs as never, segments: segmentRefs as never },
    );
    if (!checked.ok) {
      for (const i of checked.issues)
        issues.push({
          path: `${at('environments', env)}${i.path ? '.' + i.path : ''}`,
          message: i.message,
        });
      continue;
    }
    const current = actual?.environments[env];
    const fields = changedFields(
      normalizeConfig(config),
      current ? normalizeConfig(configOf(current)) : {},
      CONFIG_FIELDS,
    );
    // A new flag starts off everywhere; its configuration is written whatever it holds.
    if (!current || fields.length > 0) {
      configChanges.push({
        action: current ? 'update' : 'create',
        type: 'flagConfig',
        key,
        env,
        fields,
        version: current?.version,
      });
    }
  }
  return configChanges;
}
