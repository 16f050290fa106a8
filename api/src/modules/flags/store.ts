// Knex access to flags and their per-environment configurations. Every function takes a handle (the db
// or a transaction), so services run the same queries inside their unit of work.
import type { Knex } from 'knex';
import type { FlagConfig } from '@ff/engine';
import type { components } from '../../generated/openapi.ts';

export type Variation = components['schemas']['Variation'];
export type FlagKind = components['schemas']['FlagKind'];
/** A configuration as stored in `flag_configs.config`: the engine's FlagConfig, lists always present. */
export type StoredConfig = Omit<FlagConfig, 'version'>;

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

export interface ConfigRow {
  flag_id: string;
  environment_id: string;
  config: StoredConfig;
  version: number;
  updated_at: Date | string;
}

export interface EnvironmentRef {
  id: string;
  key: string;
  protected: boolean;
}

/** One environment's configuration of one flag, with the keys needed to name it. */
export interface ConfigEntry extends ConfigRow {
  flag_key: string;
  flag_archived: boolean;
  environment_key: string;
}

// jsonb takes JSON text: pg would send a JS array as a Postgres array literal.
const json = (v: unknown): string => JSON.stringify(v);

/** What a flag serves in an environment it has no stored configuration for: off, like a new flag. */
export function defaultConfig(variationCount: number, on = 0, off = variationCount - 1): StoredConfig {
  return {
    on: false,
    offVariation: Math.max(off, 0),
    prerequisites: [],
    targets: [],
    rules: [],
    fallthrough: { variation: on },
  };
}

/** Rows from the flags table, `version` as a number (it is an int, but be explicit for both drivers). */
function flagRow(row: FlagRow): FlagRow {
  return { ...row, version: Number(row.version), tags: row.tags ?? [] };
}

function configRow<T extends ConfigRow>(row: T): T {
  return { ...row, version: Number(row.version) };
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
/** Whether the project has a flag with this key (archived or not). */
export async function flagExists(db: Knex, projectId: string, key: string): Promise<boolean> {
  return (await db('flags').where({ project_id: projectId, key }).first('id')) !== undefined;
}

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

/** A flag with its prerequisites in one environment (none when it has no configuration there). */
export interface PrerequisiteNode {
  key: string;
  variations: Variation[];
  archived: boolean;
  prerequisites: { flag: string }[] | null;
}

/**
 * One step through an environment's prerequisite graph: the flags named `keys` (downward), or the flags
 * whose configuration names one of `naming` as a prerequisite (upward), each with its prerequisites.
 */
export async function prerequisiteNeighbours(
  db: Knex,
  projectId: string,
  environmentId: string,
  step: { keys: readonly string[] } | { naming: readonly string[] },
): Promise<PrerequisiteNode[]> {
  const q = db('flags as f')
    .where('f.project_id', projectId)
    .select('f.key', 'f.variations', 'f.archived', db.raw(`c.config->'prerequisites' as prerequisites`));
  if ('keys' in step) {
    if (step.keys.length === 0) return [];
    q.leftJoin('flag_configs as c', (j) =>
      j.on('c.flag_id', 'f.id').andOnVal('c.environment_id', environmentId),
    );
    q.whereIn('f.key', [...step.keys]);
  } else {
    if (step.naming.length === 0) return [];
    q.join('flag_configs as c', 'c.flag_id', 'f.id').where('c.environment_id', environmentId);
    // Containment of [{ flag }] in the prerequisites array: one condition per key, no index needed.
    q.where((w) => {
      for (const key of step.naming)
        w.orWhereRaw(`c.config->'prerequisites' @> ?::jsonb`, [json([{ flag: key }])]);
    });
  }
  return (await q) as PrerequisiteNode[];
}

export async function projectEnvironments(db: Knex, projectId: string): Promise<EnvironmentRef[]> {
  return db('environments')
    .where({ project_id: projectId })
    .orderBy([{ column: 'sort_order' }, { column: 'key' }])
    .select('id', 'key', 'protected');
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

/** A flag's configurations in every environment that has one, with environment keys. */
export async function configsOfFlag(
  db: Knex,
  flagId: string,
): Promise<(ConfigRow & { environment_key: string })[]> {
  const rows = (await db('flag_configs as c')
    .join('environments as e', 'e.id', 'c.environment_id')
    .where('c.flag_id', flagId)
    .select('c.*', 'e.key as environment_key')) as (ConfigRow & { environment_key: string })[];
  return rows.map(configRow);
}

/** The configurations of several flags (one query), by flag id. */
export async function configsOfFlags(
  db: Knex,
  flagIds: readonly string[],
): Promise<Map<string, (ConfigRow & { environment_key: string })[]>> {
  const byFlag = new Map<string, (ConfigRow & { environment_key: string })[]>();
  if (flagIds.length === 0) return byFlag;
  const rows = (await db('flag_configs as c')
    .join('environments as e', 'e.id', 'c.environment_id')
    .whereIn('c.flag_id', flagIds)
    .select('c.*', 'e.key as environment_key')) as (ConfigRow & { environment_key: string })[];
  for (const row of rows.map(configRow)) {
    const list = byFlag.get(row.flag_id) ?? [];
    list.push(row);
    byFlag.set(row.flag_id, list);
  }
  return byFlag;
}

/** Every configuration of a project (optionally of one environment), with flag and environment keys. */
export async function configsOfProject(
  db: Knex,
  projectId: string,
  environmentId?: string,
): Promise<ConfigEntry[]> {
  const q = db('flag_configs as c')
    .join('flags as f', 'f.id', 'c.flag_id')
    .join('environments as e', 'e.id', 'c.environment_id')
    .where('f.project_id', projectId)
    .select('c.*', 'f.key as flag_key', 'f.archived as flag_archived', 'e.key as environment_key');
  if (environmentId !== undefined) q.where('c.environment_id', environmentId);
  return ((await q) as ConfigEntry[]).map(configRow);
}

export async function findConfig(
  db: Knex,
  flagId: string,
  environmentId: string,
): Promise<ConfigRow | undefined> {
  const row = (await db('flag_configs').where({ flag_id: flagId, environment_id: environmentId }).first()) as
    ConfigRow | undefined;
  return row && configRow(row);
}

/**
 * Locks a flag's configuration row in an environment for update, creating the default one first if the
 * environment has none (an environment added by a path that did not create configurations): a write
 * always has a row to lock, so concurrent writers serialize on it.
 */
export async function lockConfig(trx: Knex, flag: FlagRow, environmentId: string): Promise<ConfigRow> {
  const find = () =>
    trx('flag_configs').where({ flag_id: flag.id, environment_id: environmentId }).forUpdate().first();
  let row = (await find()) as ConfigRow | undefined;
  if (!row) {
    await trx('flag_configs')
      .insert({
        flag_id: flag.id,
        environment_id: environmentId,
        config: json(defaultConfig(flag.variations.length)),
      })
      .onConflict(['flag_id', 'environment_id'])
      .ignore();
    row = (await find()) as ConfigRow;
  }
  return configRow(row);
}

export async function insertConfigs(
  trx: Knex,
  rows: { flag_id: string; environment_id: string; config: StoredConfig; version?: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx('flag_configs').insert(rows.map((r) => ({ ...r, config: json(r.config) })));
}

export async function writeConfig(
  trx: Knex,
  flagId: string,
  environmentId: string,
  config: StoredConfig,
  version: number,
): Promise<ConfigRow> {
  const [row] = (await trx('flag_configs')
    .where({ flag_id: flagId, environment_id: environmentId })
    .update({ config: json(config), version, updated_at: trx.fn.now() })
    .returning('*')) as ConfigRow[];
  return configRow(row!);
}
