// Metric definitions: what results measure, defined per project over tracked events. A definition that
// a running experiment uses keeps what it measures (event, kind, window, cap, direction): changing it
// mid-run would mix two metrics in one result.
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { ConflictError, NotFoundError } from '../../http/errors.ts';
import { decodeCursor, pageOf } from '../../http/paging.ts';
import type { Page } from '../../http/paging.ts';
import type { Actor } from '../../http/principal.ts';
import type { ProjectRow } from '../projects/store.ts';
import type { components } from '../../generated/openapi.ts';
import { iso } from '../flags/views.ts';

export type MetricDefinition = components['schemas']['MetricDefinition'];
type Create = components['schemas']['MetricDefinitionCreate'];
type Update = components['schemas']['MetricDefinitionUpdate'];

export interface MetricDefinitionRow {
  id: string;
  project_id: string;
  key: string;
  name: string;
  description: string;
  kind: 'binomial' | 'count' | 'sum';
  event: string;
  window_hours: number;
  cap: number | null;
  direction: 'higher' | 'lower';
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export function metricResource(project: string, key: string): string {
  return `projects/${project}/metrics/${key}`;
}

export function metricView(r: MetricDefinitionRow): MetricDefinition {
  return {
    key: r.key,
    name: r.name,
    description: r.description,
    kind: r.kind,
    event: r.event,
    windowHours: Number(r.window_hours),
    cap: r.cap === null ? null : Number(r.cap),
    direction: r.direction,
    version: Number(r.version),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

const isKey = (v: unknown): v is string => typeof v === 'string';

async function metricOr404(db: Knex, project: ProjectRow, key: string, lock = false) {
  const q = db('metric_definitions').where({ project_id: project.id, key }).first();
  if (lock) q.forUpdate();
  const row = (await q) as MetricDefinitionRow | undefined;
  if (!row) throw new NotFoundError(`No metric "${key}" in project "${project.key}".`);
  return row;
}

/** The definitions of a project by key (for results). */
export async function metricsByKey(
  db: Knex,
  projectId: string,
  keys: readonly string[],
): Promise<Map<string, MetricDefinitionRow>> {
  if (keys.length === 0) return new Map();
  const rows = (await db('metric_definitions')
    .where({ project_id: projectId })
    .whereIn('key', keys)) as MetricDefinitionRow[];
  return new Map(rows.map((r) => [r.key, r]));
}

const measuring = ['event', 'windowHours', 'cap', 'direction'] as const;

export function createMetricDefinitionService(db: Db) {
  return {
    async list(
      project: ProjectRow,
      query: { limit?: number; cursor?: string },
    ): Promise<Page<MetricDefinition>> {
      const limit = query.limit ?? 50;
      const after = decodeCursor(query.cursor, isKey);
      const q = db('metric_definitions')
        .where({ project_id: project.id })
        .orderBy('key')
        .limit(limit + 1);
      if (after !== undefined) q.where('key', '>', after);
      return pageOf((await q) as MetricDefinitionRow[], limit, (r) => r.key, metricView);
    },

    async get(project: ProjectRow, key: string): Promise<MetricDefinition> {
      return metricView(await metricOr404(db, project, key));
    },

    async create(actor: Actor, project: ProjectRow, body: Create): Promise<MetricDefinition> {
      return mutate(db, actor, async (uow) => {
        const [row] = (await uow
          .trx('metric_definitions')
          .insert({
            project_id: project.id,
            key: body.key,
            name: body.name ?? body.key,
            description: body.description ?? '',
            kind: body.kind,
            event: body.event,
            window_hours: body.windowHours ?? 168,
            cap: body.cap ?? null,
            direction: body.direction ?? 'higher',
          })
          .onConflict(['project_id', 'key'])
          .ignore()
          .returning('*')) as MetricDefinitionRow[];
        if (!row)
          throw new ConflictError(`A metric "${body.key}" already exists in project "${project.key}".`);
        const after = metricView(row);
        await uow.audit({
          action: 'metric.create',
          resourceType: 'metric',
          resource: metricResource(project.key, body.key),
          before: null,
          after,
        });
        return after;
      });
    },

    async update(
      actor: Actor,
      project: ProjectRow,
      key: string,
      ifMatch: number | undefined,
      body: Update,
    ): Promise<{ metric: MetricDefinition; changed: boolean }> {
      return mutate(db, actor, async (uow) => {
        const row = await metricOr404(uow.trx, project, key, true);
        checkVersion(ifMatch, Number(row.version), `Metric "${key}"`);
        const before = metricView(row);
        const changed = (Object.keys(body) as (keyof Update)[]).filter(
          (f) => body[f] !== undefined && body[f] !== before[f],
        );
        if (changed.length === 0) {
          uow.unchanged();
          return { metric: before, changed: false };
        }
        if (changed.some((f) => (measuring as readonly string[]).includes(f))) {
          const running = (await uow
            .trx('experiments')
            .where({ project_id: project.id, status: 'running' })
            .where((q) =>
              q
                .where('primary_metric', key)
                .orWhereRaw('secondary_metrics @> cast(? as jsonb)', [JSON.stringify([key])])
                .orWhereRaw('guardrail_metrics @> cast(? as jsonb)', [JSON.stringify([key])]),
            )
            .select('key')) as { key: string }[];
          if (running.length > 0) {
            throw new ConflictError(
              `Metric "${key}" is measured by running experiment${running.length > 1 ? 's' : ''} ${running.map((r) => `"${r.key}"`).join(', ')}: what it measures cannot change until they stop (name and description can).`,
            );
          }
        }
        const [updated] = (await uow
          .trx('metric_definitions')
          .where({ id: row.id })
          .update({
            ...(body.name !== undefined && { name: body.name }),
            ...(body.description !== undefined && { description: body.description }),
            ...(body.event !== undefined && { event: body.event }),
            ...(body.windowHours !== undefined && { window_hours: body.windowHours }),
            ...(body.cap !== undefined && { cap: body.cap }),
            ...(body.direction !== undefined && { direction: body.direction }),
            version: Number(row.version) + 1,
            updated_at: uow.trx.fn.now(),
          })
          .returning('*')) as MetricDefinitionRow[];
        const after = metricView(updated!);
        await uow.audit({
          action: 'metric.update',
          resourceType: 'metric',
          resource: metricResource(project.key, key),
          before,
          after,
        });
        return { metric: after, changed: true };
      });
    },
  };
}
