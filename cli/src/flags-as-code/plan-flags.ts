// The flags part of a plan: definitions (a kind never changes), their configurations
// (./plan-flag-configs.ts), and the writes that must come after the configurations: archiving, and
// fewer variations. With prune, deletion of the flags the file does not list.
import { formatPath } from '@ff/engine';
import type { ValidationIssue } from '@ff/engine';
import type { RemoteState } from './remote.ts';
import { changedFields, dependentsFirst, setFields } from './plan-changes.ts';
import type { Change } from './plan-changes.ts';
import { planFlagConfigs } from './plan-flag-configs.ts';
import type { ConfigScope } from './plan-flag-configs.ts';

const flagFields = [
  'name',
  'description',
  'kind',
  'variations',
  'tags',
  'owner',
  'temporary',
  'clientSide',
] as const;

export interface FlagPlan {
  /** Definitions: creates and updates (unarchiving first). */
  flagChanges: Change[];
  configChanges: Change[];
  /** After the configurations (and experiments): archiving, and updates that drop variations. */
  lateChanges: Change[];
}

/** The flag and configuration changes of the file's flags; problems go to `issues`. */
export function planFlags(scope: ConfigScope, issues: ValidationIssue[]): FlagPlan {
  const { desired, remote } = scope;
  const flagChanges: Change[] = [];
  const configChanges: Change[] = [];
  const lateChanges: Change[] = [];
  for (const [key, spec] of Object.entries(desired.flags)) {
    const actual = remote.flags[key];
    const at = (...rest: string[]) => formatPath(['flags', key, ...rest]);
    if (actual && actual.kind !== spec.kind) {
      issues.push({
        path: at('kind'),
        message: `is ${actual.kind} remotely; a flag's kind cannot change (delete and recreate it under a new key)`,
      });
      continue;
    }
    configChanges.push(...planFlagConfigs(scope, key, issues));

    if (!actual) {
      flagChanges.push({ action: 'create', type: 'flag', key, fields: setFields(spec, flagFields) });
      if (spec.archived)
        lateChanges.push({
          action: 'update',
          type: 'flag',
          key,
          fields: [{ field: 'archived', before: false, after: true }],
        });
      continue;
    }
    const fields = changedFields(
      spec,
      actual as never,
      flagFields.filter((f) => f !== 'kind'),
    );
    const archive = spec.archived !== undefined && spec.archived !== actual.archived;
    // Unarchive before other writes; archive after the configurations (it is refused while a live
    // flag names this one as a prerequisite). Fewer variations only after configurations stop using them.
    const shrinks = spec.variations !== undefined && spec.variations.length < actual.variations.length;
    if (archive && !spec.archived) fields.unshift({ field: 'archived', before: true, after: false });
    if (fields.length > 0)
      (shrinks ? lateChanges : flagChanges).push({
        action: 'update',
        type: 'flag',
        key,
        fields,
        version: actual.version,
      });
    if (archive && spec.archived)
      lateChanges.push({
        action: 'update',
        type: 'flag',
        key,
        fields: [{ field: 'archived', before: false, after: true }],
        version: actual.version,
      });
  }
  return { flagChanges, configChanges, lateChanges };
}

/** Deletions of the remote flags `gone` (a flag still named as a prerequisite is refused: namers first). */
export function pruneFlags(remote: RemoteState, gone: readonly string[]): Change[] {
  const deletions: Change[] = [];
  const prerequisites = (k: string) =>
    Object.values(remote.flags[k]!.environments).flatMap((c) => c.prerequisites.map((p) => p.flag));
  for (const key of dependentsFirst(gone, prerequisites))
    deletions.push({
      action: 'delete',
      type: 'flag',
      key,
      fields: [{ field: 'archived', before: remote.flags[key]!.archived }],
      version: remote.flags[key]!.version,
    });
  return deletions;
}
