// The project and environment a route's path names, resolved once per request within the caller's
// organization: another organization's project is simply not found (404, never 403).
import type { Db } from '../db/knex.ts';
import { NotFoundError } from './errors.ts';

export interface ProjectRow {
  id: string;
  organization_id: string;
  key: string;
  name: string;
  description: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface EnvironmentRow {
  id: string;
  project_id: string;
  key: string;
  name: string;
  color: string;
  protected: boolean;
  sort_order: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export async function findProject(db: Db, organizationId: string, key: string): Promise<ProjectRow> {
  const row = (await db('projects').where({ organization_id: organizationId, key }).first()) as
    ProjectRow | undefined;
  if (!row) throw new NotFoundError(`No project "${key}".`);
  return row;
}

export async function findEnvironment(db: Db, project: ProjectRow, key: string): Promise<EnvironmentRow> {
  const row = (await db('environments').where({ project_id: project.id, key }).first()) as
    EnvironmentRow | undefined;
  if (!row) throw new NotFoundError(`No environment "${key}" in project "${project.key}".`);
  return { ...row, version: Number(row.version) };
}

/** 404 unless the project has a flag or segment with this key. */
export async function assertExists(
  db: Db,
  table: 'flags' | 'segments',
  project: ProjectRow,
  key: string,
  what: string,
): Promise<void> {
  const row = await db(table).where({ project_id: project.id, key }).first('id');
  if (!row) throw new NotFoundError(`No ${what} "${key}" in project "${project.key}".`);
}
