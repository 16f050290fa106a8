// Experiments in flags.yaml: their shape, how export writes them, how plan compares them with the
// server and how apply carries the changes out. The lifecycle is a field: `status: running` in the file
// of a draft plans the `launch` transition; the engine's experimentPath walks the lifecycle, so what
// can never happen (a stopped experiment running again) is a plan error, one line with its path.
// Experiments are never deleted (the API keeps them; `archived: true` hides one), so the file lists the
// ones it manages and the others are left alone.
import type { Experiment, ExperimentTransition, FfClient } from '@ff/client';
import { EXPERIMENT_STATUSES, experimentPath, formatPath } from '@ff/engine';
import type { ExperimentAction, ExperimentStatus, ValidationIssue } from '@ff/engine';
import { KEY_PATTERN } from '@ff/engine/limits';
import { z } from 'zod';

const Key = z.string().regex(KEY_PATTERN, { message: `must match ${KEY_PATTERN.source}` });

/** What the file says about one experiment (keys as the API spells them). */
export const ExperimentSpecSchema = z.strictObject({
  name: z.string().min(1).max(200),
  environment: Key,
  flag: Key.optional(),
  hypothesis: z.string().max(4000).optional(),
  description: z.string().max(4000).optional(),
  variants: z
    .array(z.strictObject({ key: Key, weight: z.number().gt(0).max(1_000_000) }))
    .min(2)
    .max(20),
  allocation: z.number().gt(0).max(100).optional(),
  population: z.strictObject({ segment: Key }).nullable().optional(),
  salt: z.string().min(1).max(200).optional(),
  primaryMetric: Key.nullable().optional(),
  secondaryMetrics: z.array(Key).max(20).optional(),
  guardrailMetrics: z.array(Key).max(20).optional(),
  autoStop: z.boolean().optional(),
  status: z.enum(EXPERIMENT_STATUSES as [ExperimentStatus, ...ExperimentStatus[]]).optional(),
  /** Recorded by the stop: the winner, whether it was rolled out to everyone, notes. */
  decision: z
    .strictObject({
      winner: Key.nullable().optional(),
      rollout: z.boolean().optional(),
      notes: z.string().max(4000).optional(),
    })
    .nullable()
    .optional(),
  archived: z.boolean().optional(),
});

export type ExperimentSpec = z.infer<typeof ExperimentSpecSchema>;

/** Fields an update writes with PATCH (the rest are the lifecycle). */
export const EXPERIMENT_FIELDS = [
  'name',
  'hypothesis',
  'description',
  'variants',
  'allocation',
  'population',
  'salt',
  'primaryMetric',
  'secondaryMetrics',
  'guardrailMetrics',
  'autoStop',
] as const;

/** Every experiment of the project, live and archived. */
export async function readExperiments(api: FfClient, project: string): Promise<Record<string, Experiment>> {
  const out: Record<string, Experiment> = {};
  for (const archived of [false, true]) {
    let cursor: string | undefined;
    do {
      const { data } = await api.listExperiments({
        path: { project },
        query: { archived, limit: 500, ...(cursor ? { cursor } : {}) },
      });
      for (const e of data.items) out[e.key] = e;
      cursor = data.nextCursor ?? undefined;
    } while (cursor);
  }
  return out;
}

/** An experiment as `ff export` writes it: every field, so the file manages all of it. */
export function experimentSpecOf(e: Experiment): ExperimentSpec {
  return {
    name: e.name,
    environment: e.environment,
    flag: e.flag,
    hypothesis: e.hypothesis,
    description: e.description,
    variants: e.variants.map((v) => ({ key: v.key, weight: v.weight })),
    allocation: e.allocation,
    population: e.population ? { segment: e.population.segment } : null,
    salt: e.salt,
    primaryMetric: e.primaryMetric,
    secondaryMetrics: e.secondaryMetrics,
    guardrailMetrics: e.guardrailMetrics,
    autoStop: e.autoStop,
    status: e.status,
    decision: e.decision
      ? { winner: e.decision.winner, rollout: e.decision.rolledOut, notes: e.decision.notes }
      : null,
    archived: e.archived,
  };
}

/**
 * The flag configurations experiments own, as `flag/env`: launching, pausing and stopping write the
 * configuration of the experiment's flag in its environment, so the file does not manage it there
 * (export leaves it out, plan skips it) or the two would undo each other.
 */
export function ownedConfigs(
  experiments: Record<string, Pick<ExperimentSpec, 'flag' | 'environment' | 'archived'>>,
): Set<string> {
  const owned = new Set<string>();
  for (const [key, e] of Object.entries(experiments))
    if (!e.archived) owned.add(`${e.flag ?? key}/${e.environment}`);
  return owned;
}

/** One planned experiment change: its fields (before/after) and the transitions, in order. */
export interface ExperimentChange {
  action: 'create' | 'update';
  key: string;
  fields: { field: string; before?: unknown; after?: unknown }[];
  transitions: ExperimentAction[];
  version?: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The changes that make the remote experiments match the file, or the issues that make it impossible
 * (a lifecycle step no transition takes, a decision changed after the stop, a moved environment or flag).
 * What only the server knows (the split is frozen while running) is left to it: apply reports its refusal.
 */
export function planExperiments(
  desired: Record<string, ExperimentSpec>,
  remote: Record<string, Experiment>,
): { changes: ExperimentChange[]; issues: ValidationIssue[] } {
  const changes: ExperimentChange[] = [];
  const issues: ValidationIssue[] = [];
  for (const [key, spec] of Object.entries(desired)) {
    const at = (...rest: string[]) => formatPath(['experiments', key, ...rest]);
    const actual = remote[key];
    const from = actual
      ? { status: actual.status, archived: actual.archived }
      : { status: 'draft' as const, archived: false };
    const to = { status: spec.status ?? from.status, archived: spec.archived ?? from.archived };
    const path = experimentPath(key, from, to);
    if (!path.ok) {
      issues.push({ path: at(from.archived && !to.archived ? 'archived' : 'status'), message: path.reason });
      continue;
    }
    if (spec.decision && to.status !== 'stopped') {
      issues.push({
        path: at('decision'),
        message: 'is recorded when the experiment stops: set status: stopped',
      });
      continue;
    }
    if (!actual) {
      const fields = [
        { field: 'environment', after: spec.environment },
        ...(spec.flag ? [{ field: 'flag', after: spec.flag }] : []),
        ...EXPERIMENT_FIELDS.filter((f) => spec[f] !== undefined).map((f) => ({ field: f, after: spec[f] })),
      ];
      changes.push({ action: 'create', key, fields, transitions: [] });
      if (path.actions.length > 0)
        changes.push({
          action: 'update',
          key,
          fields: lifecycleFields(from, to),
          transitions: path.actions,
        });
      continue;
    }
    for (const field of ['environment', 'flag'] as const)
      if (spec[field] !== undefined && spec[field] !== actual[field])
        issues.push({
          path: at(field),
          message: `is ${actual[field]} remotely; an experiment cannot move (create a new one under another key)`,
        });
    const stopping = path.actions.includes('stop');
    if (actual.status === 'stopped' && spec.decision !== undefined && !sameDecision(spec.decision, actual)) {
      issues.push({
        path: at('decision'),
        message: 'was recorded when the experiment stopped; it cannot change',
      });
    }
    if (issues.length > 0) continue;
    const fields: ExperimentChange['fields'] = EXPERIMENT_FIELDS.filter(
      (f) => spec[f] !== undefined && !same(spec[f], actual[f]),
    ).map((f) => ({ field: f, before: actual[f], after: spec[f] }));
    if (stopping && spec.decision)
      fields.push({ field: 'decision', before: actual.decision, after: spec.decision });
    fields.push(...lifecycleFields(from, to));
    if (fields.length > 0 || path.actions.length > 0)
      changes.push({ action: 'update', key, fields, transitions: path.actions, version: actual.version });
  }
  return { changes, issues };
}

function sameDecision(d: NonNullable<ExperimentSpec['decision']> | null, e: Experiment): boolean {
  if (d === null) return e.decision === null;
  const actual = e.decision ?? { winner: null, rolledOut: false, notes: '' };
  return (
    (d.winner === undefined || same(d.winner, actual.winner)) &&
    (d.rollout === undefined || d.rollout === actual.rolledOut) &&
    (d.notes === undefined || d.notes === actual.notes)
  );
}

function lifecycleFields(
  from: { status: string; archived: boolean },
  to: { status: string; archived: boolean },
): { field: string; before: unknown; after: unknown }[] {
  return [
    ...(from.status !== to.status ? [{ field: 'status', before: from.status, after: to.status }] : []),
    ...(from.archived !== to.archived
      ? [{ field: 'archived', before: from.archived, after: to.archived }]
      : []),
  ];
}

/**
 * Carries out one experiment change: create (with its fields), then PATCH the changed fields, then each
 * transition; every write after the first sends If-Match with the version the previous one returned.
 * Returns the experiment's version after the change.
 */
export async function applyExperimentChange(
  api: FfClient,
  project: string,
  change: ExperimentChange,
  spec: ExperimentSpec,
  version: number | undefined,
): Promise<number | undefined> {
  const ifMatch = (v: number | undefined) => (v === undefined ? {} : { headers: { 'If-Match': `"${v}"` } });
  const path = { project, experiment: change.key };
  const pick = (fields: readonly string[]) =>
    Object.fromEntries(
      fields
        .map((f) => [f, (spec as Record<string, unknown>)[f]] as const)
        .filter(([, v]) => v !== undefined),
    );
  if (change.action === 'create') {
    const body = {
      key: change.key,
      environment: spec.environment,
      ...(spec.flag ? { flag: spec.flag } : {}),
      ...pick(EXPERIMENT_FIELDS),
    };
    const { data } = await api.createExperiment({ path: { project }, body: body as never });
    return data.version;
  }
  const patch = change.fields
    .map((f) => f.field)
    .filter((f) => (EXPERIMENT_FIELDS as readonly string[]).includes(f));
  if (patch.length > 0) {
    const { data } = await api.updateExperiment({ path, body: pick(patch) as never, ...ifMatch(version) });
    version = data.version;
  }
  for (const action of change.transitions) {
    const body: ExperimentTransition = { action };
    if (action === 'stop' && spec.decision) {
      if (spec.decision.winner) body.winner = spec.decision.winner;
      if (spec.decision.winner && spec.decision.rollout) body.rollout = true;
      if (spec.decision.notes) body.notes = spec.decision.notes;
    }
    // A change planned right after a create has no version yet: the create's answer is the one.
    if (version === undefined) version = (await api.getExperiment({ path })).data.version;
    const { data } = await api.transitionExperiment({ path, body, ...ifMatch(version) });
    version = data.version;
  }
  return version;
}
