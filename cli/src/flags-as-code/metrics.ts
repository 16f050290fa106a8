// Metric definitions in flags.yaml (`metrics:`): their shape, how export writes them, how plan compares
// them with the server and how apply writes them. Like experiments, metrics are never deleted (the API
// has no delete: results of past experiments read them), so the file lists the ones it manages and the
// others are left alone. A metric's kind cannot change (a plan error); what a running experiment freezes
// (event, window, cap, direction of a metric it uses) is the server's to refuse, and apply reports it.
import type { FfClient, MetricDefinition, MetricDefinitionCreate } from '@ff/client';
import { formatPath } from '@ff/engine';
import type { ValidationIssue } from '@ff/engine';
import { z } from 'zod';
import { changedFields, setFields } from './plan-changes.ts';
import type { Change } from './plan-changes.ts';

/** What the file says about one metric (the API's MetricDefinitionCreate without the key). */
export const MetricSpecSchema = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  description: z.string().max(4000).optional(),
  kind: z.enum(['binomial', 'count', 'sum']),
  event: z.string().min(1).max(200),
  windowHours: z.number().int().min(1).max(8784).optional(),
  cap: z.number().gt(0).nullable().optional(),
  direction: z.enum(['higher', 'lower']).optional(),
});

export type MetricSpec = z.infer<typeof MetricSpecSchema>;

/** Fields an update writes with PATCH, in the order a plan shows them (`kind` is fixed at creation). */
export const METRIC_FIELDS = ['name', 'description', 'event', 'windowHours', 'cap', 'direction'] as const;

/** Every metric definition of the project, by key. */
export async function readMetrics(api: FfClient, project: string): Promise<Record<string, MetricDefinition>> {
  const out: Record<string, MetricDefinition> = {};
  let cursor: string | undefined;
  do {
    const { data } = await api.listMetricDefinitions({
      path: { project },
      query: { limit: 500, ...(cursor ? { cursor } : {}) },
    });
    for (const m of data.items) out[m.key] = m;
    cursor = data.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** A metric as `ff export` writes it: every field, so the file manages all of it. */
export function metricSpecOf(m: MetricDefinition): MetricSpec {
  return {
    name: m.name,
    description: m.description,
    kind: m.kind,
    event: m.event,
    windowHours: m.windowHours,
    cap: m.cap,
    direction: m.direction,
  };
}

/** The creates and updates that make the remote metrics match the file, or why they cannot. */
export function planMetrics(
  desired: Record<string, MetricSpec>,
  remote: Record<string, MetricDefinition>,
): { changes: Change[]; issues: ValidationIssue[] } {
  const changes: Change[] = [];
  const issues: ValidationIssue[] = [];
  for (const [key, spec] of Object.entries(desired)) {
    const actual = remote[key];
    if (!actual) {
      changes.push({
        action: 'create',
        type: 'metric',
        key,
        fields: setFields(spec, ['kind', ...METRIC_FIELDS]),
      });
      continue;
    }
    if (spec.kind !== actual.kind) {
      issues.push({
        path: formatPath(['metrics', key, 'kind']),
        message: `is ${actual.kind} remotely; a metric's kind cannot change (define a new metric under another key)`,
      });
      continue;
    }
    const fields = changedFields(spec, actual as never, METRIC_FIELDS);
    if (fields.length > 0)
      changes.push({ action: 'update', type: 'metric', key, fields, version: actual.version });
  }
  return { changes, issues };
}

/** Writes one planned metric change (If-Match: the version it was planned from); returns the new version. */
export async function applyMetricChange(
  api: FfClient,
  project: string,
  change: Change,
  spec: MetricSpec,
  version: number | undefined,
): Promise<number> {
  const body = Object.fromEntries(
    change.fields.map((f) => [f.field, (spec as Record<string, unknown>)[f.field]]),
  );
  if (change.action === 'create') {
    const { data } = await api.createMetricDefinition({
      path: { project },
      body: { key: change.key, ...body } as MetricDefinitionCreate,
    });
    return data.version;
  }
  const { data } = await api.updateMetricDefinition({
    path: { project, metric: change.key },
    body,
    ...(version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } }),
  });
  return data.version;
}
