// The project and environment a route's path names, resolved once per request within the caller's
// organization: another organization's project is simply not found (404, never 403). The queries and
// row types belong to the stores of those tables; this adds what a path needs: the 404s.
import type { Db } from '../db/knex.ts';
import { findEnvironmentByKey } from '../modules/environments/store.ts';
import type { EnvironmentRow } from '../modules/environments/store.ts';
import { flagExists } from '../modules/flags/store.ts';
import { findProjectByKey } from '../modules/projects/store.ts';
import type { ProjectRow } from '../modules/projects/store.ts';
import { segmentExists } from '../modules/segments/store.ts';
import { NotFoundError } from './errors.ts';

/** The organization's project `key`; 404 when it has none. */
export async function findProject(db: Db, organizationId: string, key: string): Promise<ProjectRow> {
  const row = await findProjectByKey(db, organizationId, key);
  if (!row) throw new NotFoundError(`No project "${key}".`);
  return row;
}

/** The project's environment `key`; 404 when it has none. */
export async function findEnvironment(db: Db, project: ProjectRow, key: string): Promise<EnvironmentRow> {
  const row = await findEnvironmentByKey(db, project.id, key);
  if (!row) throw new NotFoundError(`No environment "${key}" in project "${project.key}".`);
  return row;
}

/** 404 unless the project has a flag or segment with this key. */
export async function assertExists(
  db: Db,
  what: 'flag' | 'segment',
  project: ProjectRow,
  key: string,
): Promise<void> {
  const exists = await (what === 'flag' ? flagExists : segmentExists)(db, project.id, key);
  if (!exists) throw new NotFoundError(`No ${what} "${key}" in project "${project.key}".`);
}
