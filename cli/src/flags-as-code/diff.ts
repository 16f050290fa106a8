// The diff engine behind `ff plan` and `ff apply`: (desired file, remote state) → the changes that make
// the remote match, each with the field-level before/after to show and the version it was computed from
// (sent back as If-Match). Pure: no I/O, so it is table-tested. One planner per resource kind
// (plan-environments, plan-segments, plan-flags with plan-flag-configs, metrics, experiments); this module only
// composes them in the order apply runs them. Deletions happen only with `prune`, and never for
// environments (deleting one drops its SDK keys: `ff envs delete` does that deliberately).
import type { ValidationIssue } from '@ff/engine';
import { planExperiments } from './experiments.ts';
import { planMetrics } from './metrics.ts';
import { FlagsFileError } from './format.ts';
import type { FlagsFile } from './format.ts';
import type { RemoteState } from './remote.ts';
import type { Change } from './plan-changes.ts';
import { planEnvironments } from './plan-environments.ts';
import { configScope } from './plan-flag-configs.ts';
import { planFlags, pruneFlags } from './plan-flags.ts';
import { planSegments, pruneSegments } from './plan-segments.ts';

export type { Change, FieldChange, MemberLists, ResourceType } from './plan-changes.ts';

export interface Plan {
  project: string;
  /** In the order apply runs them: environments, segments (references first), flags, configurations, deletions. */
  changes: Change[];
  /** Remote flags and segments the file does not list, kept because prune was off. */
  unmanaged: { flags: string[]; segments: string[] };
  /** The version of every remote resource read, by resource path: what `apply --plan` compares. */
  versions: Record<string, number>;
}

/** Resource paths, as audit entries name them (relative to the project). */
export function resourcePath(change: Pick<Change, 'type' | 'key' | 'env'>): string {
  switch (change.type) {
    case 'environment':
      return `environments/${change.key}`;
    case 'segment':
    case 'segmentMembers':
      return `segments/${change.key}`;
    case 'flag':
      return `flags/${change.key}`;
    case 'flagConfig':
      return `flags/${change.key}/environments/${change.env}`;
    case 'metric':
      return `metrics/${change.key}`;
    case 'experiment':
      return `experiments/${change.key}`;
  }
}

function versionsOf(remote: RemoteState): Record<string, number> {
  const versions: Record<string, number> = {};
  for (const e of Object.values(remote.environments)) versions[`environments/${e.key}`] = e.version;
  for (const s of Object.values(remote.segments)) versions[`segments/${s.key}`] = s.version;
  for (const f of Object.values(remote.flags)) {
    versions[`flags/${f.key}`] = f.version;
    for (const c of Object.values(f.environments))
      versions[`flags/${f.key}/environments/${c.environment}`] = c.version;
  }
  for (const m of Object.values(remote.metrics ?? {})) versions[`metrics/${m.key}`] = m.version;
  for (const e of Object.values(remote.experiments ?? {})) versions[`experiments/${e.key}`] = e.version;
  return versions;
}

/**
 * The changes that make `remote` match `desired`. Throws {@link FlagsFileError} when the file cannot be
 * applied to this remote whatever the order (an unknown environment, a kind change, a reference to a
 * flag or segment that would not exist).
 */
export function computePlan(
  desired: FlagsFile,
  remote: RemoteState,
  options: { prune?: boolean } = {},
): Plan {
  const prune = options.prune ?? false;
  const issues: ValidationIssue[] = [];
  const changes: Change[] = [...planEnvironments(desired, remote), ...planSegments(desired, remote)];
  const { flagChanges, configChanges, lateChanges } = planFlags(configScope(desired, remote, prune), issues);
  // Metrics before the experiments that name them; experiments after the flags and configurations they
  // run on (launching writes the configuration).
  const metrics = planMetrics(desired.metrics ?? {}, remote.metrics ?? {});
  issues.push(...metrics.issues);
  const experiments = planExperiments(desired.experiments ?? {}, remote.experiments ?? {});
  issues.push(...experiments.issues);
  const experimentChanges: Change[] = experiments.changes.map((c) => ({ ...c, type: 'experiment' }));
  if (issues.length > 0) throw new FlagsFileError(issues);

  const deletions: Change[] = [];
  const unmanaged = { flags: [] as string[], segments: [] as string[] };
  const goneFlags = Object.keys(remote.flags).filter((k) => !desired.flags[k]);
  const goneSegments = Object.keys(remote.segments).filter((k) => !desired.segments[k]);
  if (prune) {
    // A flag or segment still named by another is refused: delete the ones that name others first.
    deletions.push(...pruneFlags(remote, goneFlags), ...pruneSegments(remote, goneSegments));
  } else {
    unmanaged.flags.push(...goneFlags.sort());
    unmanaged.segments.push(...goneSegments.sort());
  }

  changes.push(
    ...flagChanges,
    ...configChanges,
    ...metrics.changes,
    ...experimentChanges,
    ...lateChanges,
    ...deletions,
  );
  return { project: remote.project, changes, unmanaged, versions: versionsOf(remote) };
}

/** Counts for the summary line. */
export function summarize(plan: Plan): { add: number; change: number; destroy: number } {
  const count = (a: Change['action']) => plan.changes.filter((c) => c.action === a).length;
  return { add: count('create'), change: count('update'), destroy: count('delete') };
}
