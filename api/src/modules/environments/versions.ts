// An environment's version rises on every change that alters what SDKs of that environment see: its
// flags' configurations, flag definitions, segments. It is the SDK ETag and the id of change events.
//
// Every rise is announced on the change bus (stream/changes.ts) from INSIDE the transaction, with
// pg_notify: Postgres (and PGlite) hold a transaction's notifications until it commits, drop them on
// rollback, and deliver them in commit order. That is the "after commit" the replicas need, without the
// window an afterCommit hook leaves (a crash between COMMIT and NOTIFY would lose the change) and
// without two replicas' notifications overtaking each other: per environment, versions arrive in order.
import type { Knex } from 'knex';
import { changeChannel } from '../../stream/changes.ts';
import type { Change, ChangeSubject } from '../../stream/changes.ts';

export interface EnvironmentVersion {
  id: string;
  key: string;
  version: number;
}

async function announce(
  trx: Knex.Transaction,
  environments: readonly EnvironmentVersion[],
  subjects: readonly ChangeSubject[],
): Promise<void> {
  const payloads = environments.flatMap((env) =>
    subjects.map((s) =>
      JSON.stringify({
        environmentId: env.id,
        version: env.version,
        kind: s.kind,
        key: s.key,
        subjects: subjects.length,
      } satisfies Change),
    ),
  );
  if (payloads.length === 0) return;
  // One round trip however many environments and subjects; a JSON array binds the same on pg and PGlite.
  await trx.raw('select pg_notify(?, p) from json_array_elements_text(?::json) as p', [
    changeChannel,
    JSON.stringify(payloads),
  ]);
}

/**
 * Bumps the version of `environmentIds` (all of the project's environments when omitted) inside the
 * caller's transaction and announces what changed (`changed`: every flag and segment the write altered,
 * so subscribers can send each one) to every replica once the transaction commits. Returns the new
 * versions.
 */
export async function bumpEnvironments(
  trx: Knex.Transaction,
  projectId: string,
  changed: ChangeSubject | readonly ChangeSubject[],
  environmentIds?: readonly string[],
): Promise<EnvironmentVersion[]> {
  const q = trx('environments').where({ project_id: projectId });
  if (environmentIds) q.whereIn('id', environmentIds);
  const rows = (await q.update({ version: trx.raw('version + 1') }).returning(['id', 'key', 'version'])) as {
    id: string;
    key: string;
    version: string | number;
  }[];
  const bumped = rows.map((r) => ({ id: r.id, key: r.key, version: Number(r.version) }));
  await announce(trx, bumped, Array.isArray(changed) ? changed : [changed as ChangeSubject]);
  return bumped;
}

/**
 * Announces a write that raised an environment's own version (its name, color, protection): SDKs see
 * no new flag data, but every replica must learn the version, which is the SDK ETag.
 */
export async function announceEnvironment(trx: Knex.Transaction, env: EnvironmentVersion): Promise<void> {
  await announce(trx, [env], [{ kind: 'environment', key: env.key }]);
}

/** The environment's version (the SDK ETag), or undefined when it no longer exists. */
export async function environmentVersion(db: Knex, environmentId: string): Promise<number | undefined> {
  return (await environmentHead(db, environmentId))?.version;
}

/** The environment's project and version, or undefined when it no longer exists: where a ruleset read starts. */
export async function environmentHead(
  db: Knex,
  environmentId: string,
): Promise<{ projectId: string; version: number } | undefined> {
  const row = (await db('environments').where({ id: environmentId }).first('project_id', 'version')) as
    { project_id: string; version: number | string } | undefined;
  return row && { projectId: row.project_id, version: Number(row.version) };
}

/** Every environment's version, of every project (what a replica's change bus resynchronizes from). */
export async function allEnvironmentVersions(db: Knex): Promise<{ id: string; version: number }[]> {
  const rows = (await db('environments').select('id', 'version')) as {
    id: string;
    version: number | string;
  }[];
  return rows.map((r) => ({ id: r.id, version: Number(r.version) }));
}
