// Knex access to experiments. Every function takes a handle (the db or a transaction).
import type { Knex } from 'knex';
import type { ExperimentEntry, ExperimentRow } from './view.ts';

// jsonb takes JSON text: pg would send a JS array as a Postgres array literal.
const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

const jsonColumns = ['variants', 'population', 'secondary_metrics', 'guardrail_metrics', 'decision'] as const;

function entry(row: ExperimentEntry): ExperimentEntry {
  return { ...row, allocation: Number(row.allocation), version: Number(row.version) };
}

function joined(db: Knex) {
  // environments joined (not read through its store): each experiment's key and protection in one statement.
  return db('experiments as x')
    .join('environments as e', 'e.id', 'x.environment_id')
    .join('flags as f', 'f.id', 'x.flag_id')
    .select('x.*', 'e.key as environment_key', 'e.protected as environment_protected', 'f.key as flag_key');
}

export async function findExperiment(
  db: Knex,
  projectId: string,
  key: string,
  lock?: 'update',
): Promise<ExperimentEntry | undefined> {
  const q = joined(db).where({ 'x.project_id': projectId, 'x.key': key }).first();
  if (lock === 'update') q.forUpdate('x');
  const row = (await q) as ExperimentEntry | undefined;
  return row && entry(row);
}

export async function listExperiments(
  db: Knex,
  projectId: string,
  f: { status?: string | undefined; archived: boolean; after?: string | undefined; limit: number },
): Promise<ExperimentEntry[]> {
  const q = joined(db)
    .where({ 'x.project_id': projectId, 'x.archived': f.archived })
    .orderBy('x.key')
    .limit(f.limit + 1);
  if (f.status !== undefined) q.where('x.status', f.status);
  if (f.after !== undefined) q.where('x.key', '>', f.after);
  return ((await q) as ExperimentEntry[]).map(entry);
}

/** Experiments of a flag in an environment that have not stopped (at most one may exist). */
export async function activeOnFlag(
  db: Knex,
  flagId: string,
  environmentId: string,
): Promise<{ key: string; status: string }[]> {
  return db('experiments')
    .where({ flag_id: flagId, environment_id: environmentId })
    .whereNot('status', 'stopped')
    .select('key', 'status');
}

export type ExperimentValues = Partial<Omit<ExperimentRow, 'id' | 'created_at'>>;

function serialize(values: ExperimentValues): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  for (const c of jsonColumns) if (c in values) out[c] = json(values[c]);
  return out;
}

export async function insertExperiment(trx: Knex, values: ExperimentValues): Promise<string> {
  const [row] = (await trx('experiments').insert(serialize(values)).returning('id')) as { id: string }[];
  return row!.id;
}

export async function updateExperiment(trx: Knex, id: string, values: ExperimentValues): Promise<void> {
  await trx('experiments')
    .where({ id })
    .update({ ...serialize(values), updated_at: trx.fn.now() });
}

/** Running experiments of an environment (what SDKs need to recognise an exposure). */
export async function runningInEnvironment(db: Knex, environmentId: string): Promise<ExperimentEntry[]> {
  const rows = (await joined(db)
    .where({ 'x.environment_id': environmentId, 'x.status': 'running' })
    .orderBy('x.key')) as ExperimentEntry[];
  return rows.map(entry);
}

/** The experiment of an environment by key, for SDK routes (which know the environment, not the project). */
export async function findInEnvironment(
  db: Knex,
  environmentId: string,
  key: string,
): Promise<ExperimentEntry | undefined> {
  const row = (await joined(db).where({ 'x.environment_id': environmentId, 'x.key': key }).first()) as
    ExperimentEntry | undefined;
  return row && entry(row);
}
