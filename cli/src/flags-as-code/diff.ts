// The diff engine behind `ff plan` and `ff apply`: (desired file, remote state) → the changes that make
// the remote match, each with the field-level before/after to show and the version it was computed from
// (sent back as If-Match). Pure: no I/O, so it is table-tested. Deletions happen only with `prune`, and
// never for environments (deleting one drops its SDK keys: `ff envs delete` does that deliberately).
import { formatPath, validateFlagConfig } from '@ff/engine';
import type { ValidationIssue } from '@ff/engine';
// Compared by meaning, not spelling: the engine's one definition of configuration equality, which the
// API's no-op writes and environment compare and the Terraform provider use too.
import { CONFIG_FIELDS, normalizeConfig, normalizeRules, sameJson } from '@ff/engine/config-equality';
import { referencesFirst, segmentsNamed } from '@ff/engine/references';
import type { ExperimentAction } from '@ff/engine';
import { ownedConfigs, planExperiments } from './experiments.ts';
import { booleanVariations, FlagsFileError } from './format.ts';
import type { EnvironmentSpec, FlagsFile, SegmentSpec } from './format.ts';
import { configOf } from './remote.ts';
import type { RemoteState } from './remote.ts';

export type ResourceType =
  'environment' | 'segment' | 'segmentMembers' | 'flag' | 'flagConfig' | 'experiment';

export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface Change {
  action: 'create' | 'update' | 'delete';
  type: ResourceType;
  /** The environment, segment or flag key. */
  key: string;
  /** For flagConfig: the environment. */
  env?: string;
  /** What changes (for create: every field set; for delete: empty). */
  fields: FieldChange[];
  /** The remote version the change was computed from; undefined for creates. */
  version?: number;
  /** For segmentMembers: the keys to add and remove, per list. */
  members?: { add: MemberLists; remove: MemberLists };
  /** For experiment: the lifecycle transitions, in order, after the fields are written. */
  transitions?: ExperimentAction[];
}

export interface MemberLists {
  included: string[];
  excluded: string[];
}

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
    case 'experiment':
      return `experiments/${change.key}`;
  }
}

/** The fields of `desired` that are set and differ from `actual`. */
function changedFields(
  desired: object,
  actual: Record<string, unknown>,
  fields: readonly string[],
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    const want = (desired as Record<string, unknown>)[field];
    if (want === undefined) continue; // omitted: not managed
    if (!sameJson(want, actual[field])) out.push({ field, before: actual[field], after: want });
  }
  return out;
}

function setFields(spec: object, order: readonly string[]): FieldChange[] {
  return order.flatMap((field) => {
    const after = (spec as Record<string, unknown>)[field];
    return after === undefined ? [] : [{ field, after }];
  });
}

const envFields = ['name', 'color', 'protected', 'sortOrder'] as const;
const segmentFields = ['name', 'description', 'rules'] as const;
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

function dependentsFirst(keys: readonly string[], names: (key: string) => string[]): string[] {
  return referencesFirst(keys, names).reverse();
}

function sortedDiff(want: readonly string[], have: readonly string[]): { add: string[]; remove: string[] } {
  const w = new Set(want);
  const h = new Set(have);
  return { add: [...w].filter((k) => !h.has(k)).sort(), remove: [...h].filter((k) => !w.has(k)).sort() };
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
  const changes: Change[] = [];

  // Environments: create and update, never delete.
  for (const [key, spec] of Object.entries(desired.environments)) {
    const actual = remote.environments[key];
    if (!actual)
      changes.push({ action: 'create', type: 'environment', key, fields: setFields(spec, envFields) });
    else {
      const fields = changedFields(spec as EnvironmentSpec, actual as never, envFields);
      if (fields.length > 0)
        changes.push({ action: 'update', type: 'environment', key, fields, version: actual.version });
    }
  }
  const envExists = (env: string) => env in desired.environments || env in remote.environments;

  // Segments: definitions (rules may name other segments: those go first), then member lists.
  const segmentKeys = Object.keys(desired.segments);
  for (const key of referencesFirst(segmentKeys, (k) => segmentsNamed(desired.segments[k]!.rules))) {
    const spec = desired.segments[key]!;
    const actual = remote.segments[key];
    if (!actual) {
      changes.push({
        action: 'create',
        type: 'segment',
        key,
        fields: setFields(spec, [...segmentFields, 'included', 'excluded']),
      });
      continue;
    }
    const fields = changedFields(
      { ...spec, rules: spec.rules && normalizeRules(spec.rules) },
      { ...actual, rules: normalizeRules(actual.rules) } as never,
      segmentFields,
    );
    if (fields.length > 0)
      changes.push({ action: 'update', type: 'segment', key, fields, version: actual.version });
    const included = sortedDiff(spec.included ?? actual.included, actual.included);
    const excluded = sortedDiff(spec.excluded ?? actual.excluded, actual.excluded);
    const counts = (d: { add: string[]; remove: string[] }, list: string) =>
      d.add.length + d.remove.length === 0
        ? []
        : [{ field: list, before: `${d.remove.length} removed`, after: `${d.add.length} added` }];
    const memberFields = [...counts(included, 'included'), ...counts(excluded, 'excluded')];
    if (memberFields.length > 0) {
      changes.push({
        action: 'update',
        type: 'segmentMembers',
        key,
        fields: memberFields,
        version: actual.version,
        members: {
          add: { included: included.add, excluded: excluded.add },
          remove: { included: included.remove, excluded: excluded.remove },
        },
      });
    }
  }

  // References a configuration may name: what the file keeps or creates, and what stays remotely.
  const flagRefs: Record<string, { variations: unknown[] }> = {};
  for (const [k, f] of Object.entries(remote.flags)) if (!prune || desired.flags[k]) flagRefs[k] = f;
  for (const [k, f] of Object.entries(desired.flags))
    flagRefs[k] = { variations: f.variations ?? flagRefs[k]?.variations ?? booleanVariations };
  const segmentRefs: Record<string, unknown> = {};
  for (const k of Object.keys(remote.segments)) if (!prune || desired.segments[k]) segmentRefs[k] = {};
  for (const k of Object.keys(desired.segments)) segmentRefs[k] = {};

  const flagChanges: Change[] = [];
  const configChanges: Change[] = [];
  const owned = ownedConfigs(desired.experiments ?? {});
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
  // Experiments after the flags and configurations they run on (launching writes the configuration).
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
    const prerequisites = (k: string) =>
      Object.values(remote.flags[k]!.environments).flatMap((c) => c.prerequisites.map((p) => p.flag));
    for (const key of dependentsFirst(goneFlags, prerequisites))
      deletions.push({
        action: 'delete',
        type: 'flag',
        key,
        fields: [{ field: 'archived', before: remote.flags[key]!.archived }],
        version: remote.flags[key]!.version,
      });
    const named = (k: string) => segmentsNamed(remote.segments[k]!.rules as SegmentSpec['rules']);
    for (const key of dependentsFirst(goneSegments, named))
      deletions.push({
        action: 'delete',
        type: 'segment',
        key,
        fields: [],
        version: remote.segments[key]!.version,
      });
  } else {
    unmanaged.flags.push(...goneFlags.sort());
    unmanaged.segments.push(...goneSegments.sort());
  }

  changes.push(...flagChanges, ...configChanges, ...experimentChanges, ...lateChanges, ...deletions);
  return { project: remote.project, changes, unmanaged, versions: versionsOf(remote) };
}

/** Counts for the summary line. */
export function summarize(plan: Plan): { add: number; change: number; destroy: number } {
  const count = (a: Change['action']) => plan.changes.filter((c) => c.action === a).length;
  return { add: count('create'), change: count('update'), destroy: count('delete') };
}
