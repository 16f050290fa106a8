// The project, environment, flag and segment a route's path names, resolved once per request within the
// caller's organization: another organization's project is simply not found (404, never 403). The router
// hands the rows to the handler (`scope`), so services take rows, not keys to look up again; a write
// still re-reads its row locked inside its transaction. The queries and row types belong to the stores of
// those tables; this adds what a path needs: the 404s.
import type { Db } from '../db/knex.ts';
import { findEnvironmentByKey } from '../modules/environments/store.ts';
import type { EnvironmentRow } from '../modules/environments/store.ts';
import { findFlag } from '../modules/flags/store.ts';
import type { FlagRow } from '../modules/flags/store.ts';
import { findProjectByKey } from '../modules/projects/store.ts';
import type { ProjectRow } from '../modules/projects/store.ts';
import { findSegment } from '../modules/segments/store.ts';
import type { SegmentRow } from '../modules/segments/view.ts';
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

/** The project's flag `key` (archived or not); 404 when it has none. */
export async function findProjectFlag(db: Db, project: ProjectRow, key: string): Promise<FlagRow> {
  const row = await findFlag(db, project.id, key);
  if (!row) throw new NotFoundError(`No flag "${key}" in project "${project.key}".`);
  return row;
}

/** The project's segment `key`; 404 when it has none. */
export async function findProjectSegment(db: Db, project: ProjectRow, key: string): Promise<SegmentRow> {
  const row = await findSegment(db, project.id, key);
  if (!row) throw new NotFoundError(`No segment "${key}" in project "${project.key}".`);
  return row;
}
