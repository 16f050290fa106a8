// Segments and their key lists in the database. Every function takes a knex handle (the db or a
// transaction), so services run the same code inside a unit of work.
import type { Knex } from 'knex';
import type { MemberCounts, MemberList, SegmentRow } from './view.ts';

// jsonb columns take JSON text: a JS array would otherwise be sent as a Postgres array literal.
const json = (v: unknown): string => JSON.stringify(v);
const uniqueViolation = '23505';

export async function findSegment(
  db: Knex,
  projectId: string,
  key: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SegmentRow | undefined> {
  const q = db('segments').where({ project_id: projectId, key }).first();
  if (opts.forUpdate) q.forUpdate();
  return (await q) as SegmentRow | undefined;
}

/** Up to `limit` segments of the project after `afterKey`, by key. */
export async function listSegmentRows(
  db: Knex,
  projectId: string,
  afterKey: string | undefined,
  limit: number,
): Promise<SegmentRow[]> {
  const q = db('segments').where({ project_id: projectId }).orderBy('key').limit(limit);
  if (afterKey !== undefined) q.where('key', '>', afterKey);
  return (await q) as SegmentRow[];
}

export async function memberCounts(
  db: Knex,
  segmentIds: readonly string[],
): Promise<Map<string, MemberCounts>> {
  const out = new Map<string, MemberCounts>(segmentIds.map((id) => [id, { included: 0, excluded: 0 }]));
  if (segmentIds.length === 0) return out;
  const rows = (await db('segment_members')
    .whereIn('segment_id', segmentIds)
    .groupBy('segment_id', 'kind')
    .select('segment_id', 'kind', db.raw('count(*)::int as n'))) as {
    segment_id: string;
    kind: MemberList;
    n: number;
  }[];
  for (const r of rows) out.get(r.segment_id)![r.kind] = Number(r.n);
  return out;
}

/** The rules of every segment of the project but `exceptKey`, by key: the graph `segmentMatch` forms. */
export async function otherSegmentRules(
  db: Knex,
  projectId: string,
  exceptKey: string,
): Promise<Map<string, unknown>> {
  const rows = (await db('segments')
    .where({ project_id: projectId })
    .whereNot({ key: exceptKey })
    .select('key', 'rules')) as { key: string; rules: unknown }[];
  return new Map(rows.map((r) => [r.key, r.rules]));
}

/** Locks the named segments of the project for share; returns the keys that exist. */
export async function shareLockSegments(
  trx: Knex,
  projectId: string,
  keys: readonly string[],
): Promise<string[]> {
  if (keys.length === 0) return [];
  return (await trx('segments')
    .where({ project_id: projectId })
    .whereIn('key', keys)
    .forShare()
    .pluck('key')) as string[];
}

export async function insertSegment(
  trx: Knex,
  row: { project_id: string; key: string; name: string; description: string; rules: unknown },
): Promise<SegmentRow> {
  const [created] = (await trx('segments')
    .insert({ ...row, rules: json(row.rules) })
    .returning('*')) as SegmentRow[];
  return created!;
}

/** Applies `changes` and raises the version by exactly one (also with no changes: the key lists moved). */
export async function updateSegmentRow(
  trx: Knex,
  id: string,
  changes: { name?: string; description?: string; rules?: unknown },
): Promise<SegmentRow> {
  const update: Record<string, unknown> = { version: trx.raw('version + 1'), updated_at: trx.fn.now() };
  if (changes.name !== undefined) update.name = changes.name;
  if (changes.description !== undefined) update.description = changes.description;
  if (changes.rules !== undefined) update.rules = json(changes.rules);
  const [row] = (await trx('segments').where({ id }).update(update).returning('*')) as SegmentRow[];
  return row!;
}

export async function deleteSegmentRow(trx: Knex, id: string): Promise<void> {
  await trx('segments').where({ id }).delete();
}

/** Up to `limit` keys of one list after `afterKey`, in key order (the primary key's order). */
export async function listMemberKeys(
  db: Knex,
  segmentId: string,
  list: MemberList,
  afterKey: string | undefined,
  limit: number,
): Promise<string[]> {
  const q = db('segment_members')
    .where({ segment_id: segmentId, kind: list })
    .orderBy('context_key')
    .limit(limit);
  if (afterKey !== undefined) q.where('context_key', '>', afterKey);
  return (await q.pluck('context_key')) as string[];
}

/** Keys touched by a bulk statement: how many, and the keys themselves when asked for. */
export interface Touched {
  count: number;
  keys: string[];
}

function touched(
  res: { rowCount?: number | null; rows?: { context_key: string }[] },
  wantKeys: boolean,
): Touched {
  return {
    count: Number(res.rowCount ?? 0),
    keys: wantKeys ? (res.rows ?? []).map((r) => r.context_key) : [],
  };
}

// Performance note: one array parameter per statement (unnest) instead of one binding per row keeps a
// 5,000-key batch to a single short statement on both drivers.
export async function insertMembers(
  trx: Knex,
  segmentId: string,
  list: MemberList,
  keys: readonly string[],
  wantKeys = false,
): Promise<Touched> {
  if (keys.length === 0) return { count: 0, keys: [] };
  const res = await trx.raw(
    `insert into segment_members (segment_id, kind, context_key)
     select ?::uuid, ?, unnest(?::text[]) on conflict do nothing` +
      (wantKeys ? ' returning context_key' : ''),
    [segmentId, list, keys as string[]],
  );
  return touched(res, wantKeys);
}

/**
 * Inserts keys (distinct within the call) expected to be new to `list`, without `on conflict`: about
 * twice as fast for bulk imports. Runs in a savepoint; if any key is already there, nothing of this call
 * stays and the result is undefined, so the caller can retry with `insertMembers`.
 */
export async function insertNewMembers(
  trx: Knex.Transaction,
  segmentId: string,
  list: MemberList,
  keys: readonly string[],
  wantKeys = false,
): Promise<Touched | undefined> {
  if (keys.length === 0) return { count: 0, keys: [] };
  try {
    const res = await trx.transaction((sp) =>
      sp.raw(
        `insert into segment_members (segment_id, kind, context_key) select ?::uuid, ?, unnest(?::text[])` +
          (wantKeys ? ' returning context_key' : ''),
        [segmentId, list, keys as string[]],
      ),
    );
    return touched(res, wantKeys);
  } catch (err) {
    if ((err as { code?: string }).code === uniqueViolation) return undefined;
    throw err;
  }
}

export async function deleteMembers(
  trx: Knex,
  segmentId: string,
  list: MemberList,
  keys: readonly string[],
  wantKeys = false,
): Promise<Touched> {
  if (keys.length === 0) return { count: 0, keys: [] };
  const res = await trx.raw(
    `delete from segment_members where segment_id = ? and kind = ? and context_key = any(?::text[])` +
      (wantKeys ? ' returning context_key' : ''),
    [segmentId, list, keys as string[]],
  );
  return touched(res, wantKeys);
}

/** Every key of one list, in key order, or undefined when there are more than `max`. */
export async function allMemberKeys(
  db: Knex,
  segmentId: string,
  list: MemberList,
  max: number,
): Promise<string[] | undefined> {
  const keys = await listMemberKeys(db, segmentId, list, undefined, max + 1);
  return keys.length > max ? undefined : keys;
}

// A replace import stages the file's keys in a temporary table, so the differences with the stored list
// are computed in the database (never in this process) once the whole file has arrived.
const staging = 'segment_import_keys';

export async function createStaging(trx: Knex): Promise<void> {
  await trx.raw(`create temporary table ${staging} (key text primary key) on commit drop`);
}

export async function stageKeys(trx: Knex, keys: readonly string[]): Promise<void> {
  await trx.raw(`insert into ${staging} (key) select unnest(?::text[]) on conflict do nothing`, [
    keys as string[],
  ]);
}

async function countAndSample(trx: Knex, cte: string, bindings: string[], sample: number): Promise<Touched> {
  const res = await trx.raw(
    `with t as (${cte} returning context_key)
     select (select count(*) from t)::int as n, array(select context_key from t order by 1 limit ?) as keys`,
    [...bindings, sample],
  );
  const row = (res.rows as { n: number; keys: string[] }[])[0]!;
  return { count: Number(row.n), keys: row.keys };
}

/** Deletes the keys of `list` that are not staged. */
export function deleteUnstaged(
  trx: Knex,
  segmentId: string,
  list: MemberList,
  sample: number,
): Promise<Touched> {
  return countAndSample(
    trx,
    `delete from segment_members m where m.segment_id = ? and m.kind = ?
       and not exists (select 1 from ${staging} s where s.key = m.context_key)`,
    [segmentId, list],
    sample,
  );
}

/** Deletes the staged keys from `list`. */
export function deleteStaged(
  trx: Knex,
  segmentId: string,
  list: MemberList,
  sample: number,
): Promise<Touched> {
  return countAndSample(
    trx,
    `delete from segment_members m using ${staging} s
       where m.segment_id = ? and m.kind = ? and m.context_key = s.key`,
    [segmentId, list],
    sample,
  );
}

/** Adds the staged keys to `list`. */
export function insertStaged(
  trx: Knex,
  segmentId: string,
  list: MemberList,
  sample: number,
): Promise<Touched> {
  return countAndSample(
    trx,
    `insert into segment_members (segment_id, kind, context_key)
       select ?::uuid, ?, key from ${staging} on conflict do nothing`,
    [segmentId, list],
    sample,
  );
}

export interface ConfigUse {
  flag_id: string;
  flag_key: string;
  environment_id: string;
  environment_key: string;
  environment_protected: boolean;
  config: { rules?: { clauses?: unknown }[] } & Record<string, unknown>;
}

const configPath = '$.rules[*].clauses[*] ? (@.op == "segmentMatch" && @.values[*] == $key)';
const segmentRulesPath = '$[*].clauses[*] ? (@.op == "segmentMatch" && @.values[*] == $key)';

/**
 * The flag configurations of the project whose rules name segment `key` in a `segmentMatch`, by flag
 * and environment order; locked for update when asked, so a force delete rewrites what it read.
 */
export async function configsUsing(
  db: Knex,
  projectId: string,
  key: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ConfigUse[]> {
  // environments joined: each matching configuration's key and protection, in the one jsonpath scan.
  const res = await db.raw(
    `select f.id as flag_id, f.key as flag_key, e.id as environment_id, e.key as environment_key,
            e.protected as environment_protected, fc.config
       from flag_configs fc
       join flags f on f.id = fc.flag_id
       join environments e on e.id = fc.environment_id
      where f.project_id = ? and jsonb_path_exists(fc.config, ?::jsonpath, jsonb_build_object('key', ?::text))
      order by f.key, e.sort_order, e.key` + (opts.forUpdate ? ' for update of fc' : ''),
    [projectId, configPath, key],
  );
  return res.rows as ConfigUse[];
}

/** The other segments of the project whose rules name segment `key`, by key. */
export async function segmentsUsing(
  db: Knex,
  projectId: string,
  key: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SegmentRow[]> {
  const res = await db.raw(
    `select * from segments
      where project_id = ? and key <> ? and jsonb_path_exists(rules, ?::jsonpath, jsonb_build_object('key', ?::text))
      order by key` + (opts.forUpdate ? ' for update' : ''),
    [projectId, key, segmentRulesPath, key],
  );
  return res.rows as SegmentRow[];
}

/** Replaces a flag configuration's rules, raising its version by one. */
export async function updateConfigRules(
  trx: Knex,
  flagId: string,
  environmentId: string,
  config: Record<string, unknown>,
): Promise<void> {
  await trx('flag_configs')
    .where({ flag_id: flagId, environment_id: environmentId })
    .update({ config: json(config), version: trx.raw('version + 1'), updated_at: trx.fn.now() });
}
