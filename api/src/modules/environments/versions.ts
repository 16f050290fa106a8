// An environment's version rises on every change that alters what SDKs of that environment see: its
// flags' configurations, flag definitions, segments. It is the SDK ETag and the id of change events.
import type { Knex } from 'knex';

export interface EnvironmentVersion {
  id: string;
  key: string;
  version: number;
}

/**
 * Bumps the version of `environmentIds` (all of the project's environments when omitted) inside the
 * caller's transaction, returning the new versions.
 */
export async function bumpEnvironments(
  trx: Knex.Transaction,
  projectId: string,
  environmentIds?: readonly string[],
): Promise<EnvironmentVersion[]> {
  const q = trx('environments').where({ project_id: projectId });
  if (environmentIds) q.whereIn('id', environmentIds);
  const rows = (await q.update({ version: trx.raw('version + 1') }).returning(['id', 'key', 'version'])) as {
    id: string;
    key: string;
    version: string | number;
  }[];
  return rows.map((r) => ({ id: r.id, key: r.key, version: Number(r.version) }));
}
