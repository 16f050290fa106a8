// Knex access to flags (the flags table, and the project keys a flag write checks against). Every
// function takes a handle (the db or a transaction), so services run the same queries inside their unit of
// work. Configurations (flag_configs) are in ../flag-configs/store.ts.
import type { Knex } from 'knex';
import type { components } from '../../generated/openapi.ts';

export type Variation = components['schemas']['Variation'];
export type FlagKind = components['schemas']['FlagKind'];

export interface FlagRow {
  id: string;
  project_id: string;
  key: string;
  name: string;
  description: string;
  kind: FlagKind;
  variations: Variation[];
  tags: string[];
  owner: string | null;
  temporary: boolean;
  client_side: boolean;
  archived: boolean;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export type { EnvironmentRef } from '../environments/store.ts';

// jsonb takes JSON text: pg would send a JS array as a Postgres array literal.
const json = (v: unknown): string => JSON.stringify(v);

/** Rows from the flags table, `version` as a number (it is an int, but be explicit for both drivers). */
function flagRow(row: FlagRow): FlagRow {
  return { ...row, version: Number(row.version), tags: row.tags ?? [] };
}

export interface FlagFilter {
  tag?: string | undefined;
  archived: boolean;
  q?: string | undefined;
  /** Keyset: only flags whose key sorts after this one. */
  after?: string | undefined;
  limit: number;
}

/** Flags of a project by key, up to `limit + 1` so the caller can tell whether more exist. */
export async function listFlags(db: Knex, projectId: string, f: FlagFilter): Promise<FlagRow[]> {
  const q = db('flags').where({ project_id: projectId, archived: f.archived });
  // `tags @> array[…]` can use the GIN index on tags.
  if (f.tag !== undefined) q.whereRaw('tags @> array[?]::text[]', [f.tag]);
  if (f.q !== undefined) {
    // strpos on lowercased text: a plain substring test, so `%` and `_` in the search need no escaping.
    const needle = f.q.toLowerCase();
    q.where((w) =>
      w
        .whereRaw('strpos(lower(key), ?) > 0', [needle])
        .orWhereRaw('strpos(lower(name), ?) > 0', [needle])
        .orWhereRaw('strpos(lower(description), ?) > 0', [needle]),
    );
  }
  if (f.after !== undefined) q.where('key', '>', f.after);
  const rows = (await q.orderBy('key').limit(f.limit + 1)) as FlagRow[];
  return rows.map(flagRow);
}

/** A flag by key, optionally locked (`update` for writes to the flag, `share` for writes that depend on it). */
export async function findFlag(
  db: Knex,
  projectId: string,
  key: string,
  lock?: 'update' | 'share',
): Promise<FlagRow | undefined> {
  const q = db('flags').where({ project_id: projectId, key }).first();
  if (lock === 'update') q.forUpdate();
  if (lock === 'share') q.forShare();
  const row = (await q) as FlagRow | undefined;
  return row && flagRow(row);
}

/**
 * Locks the named flags of a project for share (a write that references them), in key order, and returns
 * their current key, variations and archived state.
 */
export async function shareLockFlags(
  trx: Knex,
  projectId: string,
  keys: readonly string[],
): Promise<Pick<FlagRow, 'key' | 'variations' | 'archived'>[]> {
  if (keys.length === 0) return [];
  return trx('flags')
    .where({ project_id: projectId })
    .whereIn('key', [...new Set(keys)].sort())
    .orderBy('key')
    .forShare()
    .select('key', 'variations', 'archived');
}

/**
 * Every flag of a project, or those among `keys`: key, variations and archived state (for references and
 * the prerequisite graph).
 */
export async function projectFlags(
  db: Knex,
  projectId: string,
  keys?: readonly string[],
): Promise<Pick<FlagRow, 'id' | 'key' | 'variations' | 'archived'>[]> {
  const q = db('flags').where({ project_id: projectId });
  if (keys !== undefined) q.whereIn('key', [...keys]);
  return q.select('id', 'key', 'variations', 'archived');
}

export async function segmentKeys(db: Knex, projectId: string): Promise<string[]> {
  return db('segments').where({ project_id: projectId }).pluck('key');
}

/** The keys among `keys` that name segments of the project. */
export async function segmentKeysAmong(
  db: Knex,
  projectId: string,
  keys: readonly string[],
): Promise<string[]> {
  return db('segments')
    .where({ project_id: projectId })
    .whereIn('key', [...keys])
    .pluck('key');
}

export interface NewFlag {
  project_id: string;
  key: string;
  name: string;
  description: string;
  kind: FlagKind;
  variations: Variation[];
  tags: string[];
  owner: string | null;
  temporary: boolean;
  client_side: boolean;
  archived?: boolean;
  version?: number;
}

export async function insertFlag(trx: Knex, flag: NewFlag): Promise<FlagRow> {
  const [row] = (await trx('flags')
    .insert({ ...flag, variations: json(flag.variations) })
    .returning('*')) as FlagRow[];
  return flagRow(row!);
}

export type FlagPatch = Partial<
  Pick<
    FlagRow,
    'name' | 'description' | 'variations' | 'tags' | 'owner' | 'temporary' | 'client_side' | 'archived'
  >
>;

/** Applies `patch`, sets version to `version` and touches updated_at. */
export async function updateFlag(trx: Knex, id: string, patch: FlagPatch, version: number): Promise<FlagRow> {
  const values: Record<string, unknown> = { ...patch, version, updated_at: trx.fn.now() };
  if (patch.variations !== undefined) values.variations = json(patch.variations);
  const [row] = (await trx('flags').where({ id }).update(values).returning('*')) as FlagRow[];
  return flagRow(row!);
}

export async function deleteFlag(trx: Knex, id: string): Promise<void> {
  await trx('flags').where({ id }).delete();
}
