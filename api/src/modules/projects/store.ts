// Projects in the database. Functions take a knex handle (database or transaction).
import type { Knex } from 'knex';

/** A row of `projects`. */
export interface ProjectRow {
  id: string;
  organization_id: string;
  key: string;
  name: string;
  description: string;
  /** Raw SDK events kept this many days (experiments/retention.ts); null: the server's default. */
  event_retention_days: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export async function listProjects(db: Knex, organizationId: string): Promise<ProjectRow[]> {
  return (await db('projects').where({ organization_id: organizationId }).orderBy('key')) as ProjectRow[];
}

export async function findProjectByKey(
  db: Knex,
  organizationId: string,
  key: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ProjectRow | undefined> {
  const q = db('projects').where({ organization_id: organizationId, key });
  if (opts.forUpdate) q.forUpdate();
  return (await q.first()) as ProjectRow | undefined;
}

/** A project by id (undefined when it no longer exists). */
export async function findProjectById(db: Knex, id: string): Promise<ProjectRow | undefined> {
  return (await db('projects').where({ id }).first()) as ProjectRow | undefined;
}

/** Locks the project row for the rest of the transaction; false when it no longer exists. */
export async function lockProjectById(trx: Knex.Transaction, id: string): Promise<boolean> {
  return (await trx('projects').where({ id }).forUpdate().first('id')) !== undefined;
}

/** Every project's id, across organizations (for the workers that visit each one). */
export async function listAllProjectIds(db: Knex): Promise<string[]> {
  return ((await db('projects').select('id')) as { id: string }[]).map((r) => r.id);
}

export interface NewProject {
  organization_id: string;
  key: string;
  name: string;
  description: string;
  event_retention_days?: number | null;
}

export async function insertProject(db: Knex, values: NewProject): Promise<ProjectRow> {
  const [row] = (await db('projects').insert(values).returning('*')) as ProjectRow[];
  return row!;
}

export interface ProjectChanges {
  name?: string;
  description?: string;
  event_retention_days?: number | null;
}

/** Applies `changes` and raises the version by exactly one. */
export async function updateProject(db: Knex, id: string, changes: ProjectChanges): Promise<ProjectRow> {
  const [row] = (await db('projects')
    .where({ id })
    .update({ ...changes, version: db.raw('version + 1'), updated_at: db.fn.now() })
    .returning('*')) as ProjectRow[];
  return row!;
}

/**
 * Deletes the project. Its environments, flags and their configurations, segments, SDK keys, and the
 * project-scoped memberships and service tokens go with it (ON DELETE CASCADE in the schema).
 */
export async function deleteProject(db: Knex, id: string): Promise<void> {
  await db('projects').where({ id }).delete();
}
