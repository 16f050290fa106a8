// Code references in the database: one row per repository (its last push) and one per (repository,
// flag key). Replacing a repository's references is a delete and a batched insert in the caller's
// transaction.
import type { Knex } from 'knex';

export interface CodeLocation {
  path: string;
  line: number;
  kind?: 'literal' | 'alias' | 'call' | 'pattern';
}

export interface RepositoryRow {
  id: string;
  project_id: string;
  name: string;
  branch: string;
  commit: string;
  pushed_at: Date | string;
}

export interface PushedFlag {
  key: string;
  references: number;
  locations: CodeLocation[];
}

/** Rows per insert statement: well under Postgres' 65,535 bind parameters (4 per row). */
const BATCH = 1000;

export async function repositoryRow(
  db: Knex,
  projectId: string,
  name: string,
  lock = false,
): Promise<RepositoryRow | undefined> {
  const q = db('code_reference_repositories').where({ project_id: projectId, name }).first();
  if (lock) q.forUpdate();
  return (await q) as RepositoryRow | undefined;
}

/** Per flag key of a project: references over all repositories, and in how many repositories. */
export async function referenceCounts(
  db: Knex,
  projectId: string,
): Promise<Map<string, { references: number; repositories: number }>> {
  const rows = (await db('code_references as r')
    .join('code_reference_repositories as p', 'p.id', 'r.repository_id')
    .where('p.project_id', projectId)
    .groupBy('r.flag_key')
    .select('r.flag_key')
    .sum({ references: 'r.references' })
    .count({ repositories: '*' })) as {
    flag_key: string;
    references: string | number;
    repositories: string | number;
  }[];
  return new Map(
    rows.map((r) => [r.flag_key, { references: Number(r.references), repositories: Number(r.repositories) }]),
  );
}

/** Upserts the repository row and replaces its references; returns the row. */
export async function replaceReferences(
  trx: Knex.Transaction,
  projectId: string,
  name: string,
  push: { branch: string; commit: string; pushedAt: Date; flags: readonly PushedFlag[] },
): Promise<RepositoryRow> {
  const [repo] = (await trx('code_reference_repositories')
    .insert({
      project_id: projectId,
      name,
      branch: push.branch,
      commit: push.commit,
      pushed_at: push.pushedAt,
    })
    .onConflict(['project_id', 'name'])
    .merge(['branch', 'commit', 'pushed_at'])
    .returning('*')) as RepositoryRow[];
  await trx('code_references').where({ repository_id: repo!.id }).delete();
  for (let i = 0; i < push.flags.length; i += BATCH)
    await trx('code_references').insert(
      push.flags.slice(i, i + BATCH).map((f) => ({
        repository_id: repo!.id,
        flag_key: f.key,
        references: f.references,
        locations: JSON.stringify(f.locations),
      })),
    );
  return repo!;
}

export interface RepositorySummaryRow extends RepositoryRow {
  flags: string | number;
  references: string | number;
  keys: string[] | null;
}

/** Every repository of a project with its totals and the keys it references. */
export async function repositorySummaries(
  db: Knex,
  projectId: string,
  name?: string,
): Promise<RepositorySummaryRow[]> {
  const q = db('code_reference_repositories as p')
    .leftJoin('code_references as r', 'r.repository_id', 'p.id')
    .where('p.project_id', projectId)
    .groupBy('p.id')
    .orderBy('p.name')
    .select('p.*')
    .select(db.raw('count(r.flag_key) as flags'))
    .select(db.raw('coalesce(sum(r.references), 0) as "references"'))
    .select(db.raw('array_remove(array_agg(r.flag_key order by r.flag_key), null) as keys'));
  if (name !== undefined) q.where('p.name', name);
  return (await q) as RepositorySummaryRow[];
}

export interface FlagReferenceRow {
  flag_key: string;
  repository: string;
  references: string | number;
  locations: CodeLocation[] | string;
}

/** The references of a project by flag key and repository (optionally of one key). */
export async function referencesByFlag(
  db: Knex,
  projectId: string,
  flag?: string,
): Promise<FlagReferenceRow[]> {
  const q = db('code_references as r')
    .join('code_reference_repositories as p', 'p.id', 'r.repository_id')
    .where('p.project_id', projectId)
    .orderBy(['r.flag_key', 'p.name'])
    .select('r.flag_key', 'p.name as repository', 'r.references', 'r.locations');
  if (flag !== undefined) q.where('r.flag_key', flag);
  return (await q) as FlagReferenceRow[];
}

/** key → archived, for the project's flags among `keys`. */
export async function flagStates(
  db: Knex,
  projectId: string,
  keys: readonly string[],
): Promise<Map<string, boolean>> {
  if (keys.length === 0) return new Map();
  const rows = (await db('flags')
    .where({ project_id: projectId })
    .whereIn('key', keys as string[])
    .select('key', 'archived')) as {
    key: string;
    archived: boolean;
  }[];
  return new Map(rows.map((r) => [r.key, r.archived]));
}
