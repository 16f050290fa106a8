// Environments and the flag configurations that live in them. Every function takes a knex handle (the
// database or a transaction), so services run the same code inside their unit of work.
import type { Knex } from 'knex';

/** A row of `environments` (`version` normalized to a number). */
export interface EnvironmentRow {
  id: string;
  project_id: string;
  key: string;
  name: string;
  color: string;
  protected: boolean;
  sort_order: number;
  /** Browser origins allowed for client keys (jsonb); null: the server-wide list decides. */
  allowed_origins: string[] | null;
  /** Change control (migration 012, enforced by change-requests/gate.ts): writes need approval / a comment. */
  requires_approval: boolean;
  requires_comment: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

// bigint on disk: pg is told to parse int8 as a number, PGlite already does; normalize once anyway.
function environmentRow(row: EnvironmentRow): EnvironmentRow {
  return { ...row, version: Number(row.version) };
}

/** The environments of one or more projects, in display order (sortOrder, then key). */
export async function listEnvironments(db: Knex, projectIds: readonly string[]): Promise<EnvironmentRow[]> {
  if (projectIds.length === 0) return [];
  const rows = (await db('environments')
    .whereIn('project_id', projectIds)
    .orderBy([{ column: 'sort_order' }, { column: 'key' }])) as EnvironmentRow[];
  return rows.map(environmentRow);
}

export async function findEnvironmentByKey(
  db: Knex,
  projectId: string,
  key: string,
  opts: { forUpdate?: boolean; forShare?: boolean } = {},
): Promise<EnvironmentRow | undefined> {
  const q = db('environments').where({ project_id: projectId, key });
  if (opts.forUpdate) q.forUpdate();
  else if (opts.forShare) q.forShare();
  const row = (await q.first()) as EnvironmentRow | undefined;
  return row && environmentRow(row);
}

/** An environment by id (undefined when it no longer exists), optionally locked for update. */
export async function findEnvironmentById(
  db: Knex,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<EnvironmentRow | undefined> {
  const q = db('environments').where({ id });
  if (opts.forUpdate) q.forUpdate();
  const row = (await q.first()) as EnvironmentRow | undefined;
  return row && environmentRow(row);
}

/** What other modules need to name an environment: id, key, and whether it is protected. */
export type EnvironmentRef = Pick<EnvironmentRow, 'id' | 'key' | 'protected'>;

/** The project's environments in display order, as references (no settings). */
export async function environmentRefs(db: Knex, projectId: string): Promise<EnvironmentRef[]> {
  return (await db('environments')
    .where({ project_id: projectId })
    .orderBy([{ column: 'sort_order' }, { column: 'key' }])
    .select('id', 'key', 'protected')) as EnvironmentRef[];
}

/** The ids of the project's environments. */
export async function environmentIdsOf(db: Knex, projectId: string): Promise<string[]> {
  return (await db('environments').where({ project_id: projectId }).pluck('id')) as string[];
}

/** An environment's change control: whether configuration writes need approval, and a comment. */
export type ApprovalSettings = Pick<EnvironmentRow, 'requires_approval' | 'requires_comment'>;

export async function approvalSettingsOf(db: Knex, environmentId: string): Promise<ApprovalSettings> {
  return (await db('environments')
    .where({ id: environmentId })
    .first('requires_approval', 'requires_comment')) as ApprovalSettings;
}

/** Sets the change control; unlike other settings it does not raise the version (SDKs see nothing of it). */
export async function setApprovalSettings(
  db: Knex,
  environmentId: string,
  settings: ApprovalSettings,
): Promise<void> {
  await db('environments').where({ id: environmentId }).update(settings);
}

/** How many environments the project has and the highest sortOrder in use (-1 when none). */
export async function environmentStats(
  db: Knex,
  projectId: string,
): Promise<{ count: number; maxSortOrder: number }> {
  const row = (await db('environments')
    .where({ project_id: projectId })
    .first(db.raw('count(*)::int as count'), db.raw('coalesce(max(sort_order), -1)::int as max'))) as {
    count: number | string;
    max: number | string;
  };
  return { count: Number(row.count), maxSortOrder: Number(row.max) };
}

export interface NewEnvironment {
  project_id: string;
  key: string;
  name: string;
  color: string;
  protected: boolean;
  sort_order: number;
}

export async function insertEnvironment(db: Knex, values: NewEnvironment): Promise<EnvironmentRow> {
  const [row] = (await db('environments').insert(values).returning('*')) as EnvironmentRow[];
  return environmentRow(row!);
}

export interface EnvironmentChanges {
  name?: string;
  color?: string;
  protected?: boolean;
  sort_order?: number;
  allowed_origins?: string[] | null;
}

/** Applies `changes` and raises the version by exactly one. */
export async function updateEnvironment(
  db: Knex,
  id: string,
  changes: EnvironmentChanges,
): Promise<EnvironmentRow> {
  const [row] = (await db('environments')
    .where({ id })
    .update({
      ...changes,
      // node-postgres would send a JS array as a Postgres array, not JSON: serialize for the jsonb column.
      ...(changes.allowed_origins !== undefined && {
        allowed_origins: changes.allowed_origins === null ? null : JSON.stringify(changes.allowed_origins),
      }),
      version: db.raw('version + 1'),
      updated_at: db.fn.now(),
    })
    .returning('*')) as EnvironmentRow[];
  return environmentRow(row!);
}

/** Deletes the environment; its flag configurations and SDK keys go with it (ON DELETE CASCADE). */
export async function deleteEnvironment(db: Knex, id: string): Promise<void> {
  await db('environments').where({ id }).delete();
}

export interface FlagVariations {
  id: string;
  key: string;
  variations: unknown[];
}

export async function projectFlags(db: Knex, projectId: string): Promise<FlagVariations[]> {
  return (await db('flags')
    .where({ project_id: projectId })
    .orderBy('key')
    .select('id', 'key', 'variations')) as FlagVariations[];
}

export interface StoredConfig {
  flag_id: string;
  config: Record<string, unknown>;
}

export async function configsOf(db: Knex, environmentId: string): Promise<StoredConfig[]> {
  return (await db('flag_configs')
    .where({ environment_id: environmentId })
    .select('flag_id', 'config')) as StoredConfig[];
}

/** Inserts configurations into one environment, each at version 1. */
export async function insertConfigs(
  db: Knex,
  environmentId: string,
  configs: readonly StoredConfig[],
): Promise<void> {
  if (configs.length === 0) return;
  // jsonb takes JSON text: a JS array would otherwise be sent as a Postgres array literal.
  const rows = configs.map((c) => ({
    flag_id: c.flag_id,
    environment_id: environmentId,
    config: JSON.stringify(c.config),
    version: 1,
  }));
  // Chunked so a project with thousands of flags stays under the bind-parameter limit.
  for (let i = 0; i < rows.length; i += 1000) await db('flag_configs').insert(rows.slice(i, i + 1000));
}

export interface ConfigPair {
  flag: string;
  a: Record<string, unknown> | null;
  b: Record<string, unknown> | null;
}

/** Every flag of the project with its configuration in environments `a` and `b` (null if it has none). */
export async function configPairs(db: Knex, projectId: string, a: string, b: string): Promise<ConfigPair[]> {
  return (await db('flags as f')
    .leftJoin('flag_configs as ca', function () {
      this.on('ca.flag_id', 'f.id').andOn('ca.environment_id', db.raw('?', [a]));
    })
    .leftJoin('flag_configs as cb', function () {
      this.on('cb.flag_id', 'f.id').andOn('cb.environment_id', db.raw('?', [b]));
    })
    .where('f.project_id', projectId)
    .orderBy('f.key')
    .select('f.key as flag', 'ca.config as a', 'cb.config as b')) as ConfigPair[];
}

/** A Postgres unique_violation (SQLSTATE 23505), as both drivers report it. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505';
}
