// Knex access to flag configurations (flag_configs: one flag in one environment). Every function takes a
// handle (the db or a transaction), so services run the same queries inside their unit of work.
import type { Knex } from 'knex';
import type { FlagConfig } from '@ff/engine';
import type { FlagRow, Variation } from '../flags/store.ts';

/** A configuration as stored in `flag_configs.config`: the engine's FlagConfig, lists always present. */
export type StoredConfig = Omit<FlagConfig, 'version'>;

export interface ConfigRow {
  flag_id: string;
  environment_id: string;
  config: StoredConfig;
  version: number;
  updated_at: Date | string;
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

function configRow<T extends ConfigRow>(row: T): T {
  return { ...row, version: Number(row.version) };
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

/** A flag's configurations in every environment that has one, with environment keys. */
export async function configsOfFlag(
  db: Knex,
  flagId: string,
): Promise<(ConfigRow & { environment_key: string })[]> {
  const rows = (await db('flag_configs as c')
    // environments joined: each configuration's key in the same statement (a read per row otherwise).
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
    // environments joined: each configuration's key in the same statement (a read per row otherwise).
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
    // environments joined: each configuration's key in the same statement (a read per row otherwise).
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
