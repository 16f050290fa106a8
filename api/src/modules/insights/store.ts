// Reads of the usage counters (sdk_evaluation_counters by hour, sdk_evaluation_daily by UTC day,
// sdk_flag_usage for first/last evaluation). Aggregation happens in SQL: a project summary reads at most
// 30 days × flags × environments × variations daily rows, never the hourly ones beyond the last 24 hours.
import type { Knex } from 'knex';

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/** The UTC day of `t`, as 'YYYY-MM-DD'. */
export const utcDay = (t: Date | number): string => new Date(t).toISOString().slice(0, 10);

const num = (v: unknown): number => Number(v ?? 0);

/** Evaluations in the last 24 hours (by hour) and the last 7 and 30 UTC days (today included). */
export async function evaluationTotals(
  db: Knex,
  envIds: string[],
  now: Date,
): Promise<{ last24h: number; last7d: number; last30d: number }> {
  if (envIds.length === 0) return { last24h: 0, last7d: 0, last30d: 0 };
  // Per-environment hourly totals (sdk_evaluation_totals): at most 30 × 24 rows per environment.
  const hourStart = Math.floor(now.getTime() / hourMs) * hourMs;
  const day = (n: number) => new Date(Date.parse(utcDay(now.getTime() - n * dayMs)));
  const [row] = (await db('sdk_evaluation_totals')
    .whereIn('environment_id', envIds)
    .where('hour', '>=', day(29))
    .select(
      db.raw('coalesce(sum(count), 0) as d30'),
      db.raw('coalesce(sum(count) filter (where hour >= ?), 0) as d7', [day(6)]),
      db.raw('coalesce(sum(count) filter (where hour > ?), 0) as h24', [new Date(hourStart - 24 * hourMs)]),
    )) as { d30: unknown; d7: unknown; h24: unknown }[];
  return { last24h: num(row?.h24), last7d: num(row?.d7), last30d: num(row?.d30) };
}

export interface TopFlag {
  flag: string;
  evaluations: number;
  daily: number[];
  lastEvaluatedAt: Date | null;
}

/**
 * The `top` flag keys by evaluations over the last 30 UTC days (keys SDKs reported, flags or not), each
 * with its daily totals over the last `days` days, oldest first.
 */
export async function topFlags(
  db: Knex,
  envIds: string[],
  now: Date,
  top: number,
  days: number,
): Promise<TopFlag[]> {
  if (envIds.length === 0) return [];
  const ranked = (await db('sdk_flag_daily')
    .whereIn('environment_id', envIds)
    .where('day', '>', utcDay(now.getTime() - 30 * dayMs))
    .groupBy('flag_key')
    .orderBy([{ column: 'n', order: 'desc' }, { column: 'flag_key' }])
    .limit(top)
    .select('flag_key', db.raw('sum(count) as n'))) as { flag_key: string; n: unknown }[];
  if (ranked.length === 0) return [];
  const keys = ranked.map((r) => r.flag_key);
  const firstDay = now.getTime() - (days - 1) * dayMs;
  const perDay = (await db('sdk_flag_daily')
    .whereIn('environment_id', envIds)
    .whereIn('flag_key', keys)
    .where('day', '>=', utcDay(firstDay))
    .groupBy('flag_key', 'day')
    .select('flag_key', db.raw(`to_char(day, 'YYYY-MM-DD') as day`), db.raw('sum(count) as n'))) as {
    flag_key: string;
    day: string;
    n: unknown;
  }[];
  const last = await lastEvaluated(db, envIds, keys);
  const index = new Map<string, number>();
  for (let i = 0; i < days; i++) index.set(utcDay(firstDay + i * dayMs), i);
  const series = new Map(keys.map((k) => [k, new Array<number>(days).fill(0)]));
  for (const r of perDay) {
    const i = index.get(r.day);
    if (i !== undefined) series.get(r.flag_key)![i]! += num(r.n);
  }
  return ranked.map((r) => ({
    flag: r.flag_key,
    evaluations: num(r.n),
    daily: series.get(r.flag_key)!,
    lastEvaluatedAt: last.get(r.flag_key) ?? null,
  }));
}

/** The last evaluation of each of `keys` (all keys when undefined) in any of the environments. */
export async function lastEvaluated(db: Knex, envIds: string[], keys?: string[]): Promise<Map<string, Date>> {
  if (envIds.length === 0) return new Map();
  const q = db('sdk_flag_usage').whereIn('environment_id', envIds);
  if (keys !== undefined) q.whereIn('flag_key', keys);
  const rows = (await q.groupBy('flag_key').select('flag_key', db.raw('max(last_evaluated_at) as at'))) as {
    flag_key: string;
    at: Date | string;
  }[];
  return new Map(rows.map((r) => [r.flag_key, new Date(r.at)]));
}

/** Keys of the project's flags that are not archived and that no SDK ever reported evaluating. */
export async function neverEvaluated(db: Knex, projectId: string, envIds: string[]): Promise<string[]> {
  const rows = (await db('flags as f')
    .where({ 'f.project_id': projectId, 'f.archived': false })
    .whereNotExists(
      db('sdk_flag_usage as u')
        .whereIn('u.environment_id', envIds.length > 0 ? envIds : ['00000000-0000-0000-0000-000000000000'])
        .whereRaw('u.flag_key = f.key')
        .select(db.raw('1')),
    )
    .orderBy('f.key')
    .select('f.key')) as { key: string }[];
  return rows.map((r) => r.key);
}

export interface SeriesRow {
  environment_id: string;
  variation: number;
  at: Date;
  count: number;
}

/** A flag's counts per environment, variation and hour (or UTC day) in [from, to]. */
export async function flagSeries(
  db: Knex,
  envIds: string[],
  flag: string,
  granularity: 'hour' | 'day',
  from: Date,
  to: Date,
): Promise<SeriesRow[]> {
  if (envIds.length === 0) return [];
  const rows =
    granularity === 'hour'
      ? ((await db('sdk_evaluation_counters')
          .whereIn('environment_id', envIds)
          .where({ flag_key: flag })
          .whereBetween('hour', [from, to])
          .orderBy(['environment_id', 'variation', 'hour'])
          .select('environment_id', 'variation', 'hour as at', 'count')) as SeriesRow[])
      : (
          (await db('sdk_evaluation_daily')
            .whereIn('environment_id', envIds)
            .where({ flag_key: flag })
            .whereBetween('day', [utcDay(from), utcDay(to)])
            .orderBy(['environment_id', 'variation', 'day'])
            .select('environment_id', 'variation', db.raw(`to_char(day, 'YYYY-MM-DD') as at`), 'count')) as {
            environment_id: string;
            variation: number;
            at: string;
            count: unknown;
          }[]
        ).map((r) => ({ ...r, at: new Date(`${r.at}T00:00:00.000Z`), count: num(r.count) }));
  return rows.map((r) => ({ ...r, at: new Date(r.at), count: num(r.count) }));
}

/** First and last evaluation of one flag per environment id. */
export async function flagFirstLast(
  db: Knex,
  envIds: string[],
  flag: string,
): Promise<Map<string, { first: Date; last: Date }>> {
  if (envIds.length === 0) return new Map();
  const rows = (await db('sdk_flag_usage')
    .whereIn('environment_id', envIds)
    .where({ flag_key: flag })
    .select('environment_id', 'first_evaluated_at', 'last_evaluated_at')) as {
    environment_id: string;
    first_evaluated_at: Date | string;
    last_evaluated_at: Date | string;
  }[];
  return new Map(
    rows.map((r) => [
      r.environment_id,
      { first: new Date(r.first_evaluated_at), last: new Date(r.last_evaluated_at) },
    ]),
  );
}

/** Open SDK streams per environment id, summed over replicas whose heartbeat is recent. */
export async function openStreams(
  db: Knex,
  envIds: string[],
  now: Date,
  freshMs: number,
): Promise<Map<string, number>> {
  if (envIds.length === 0) return new Map();
  const rows = (await db('sdk_stream_connections')
    .whereIn('environment_id', envIds)
    .where('heartbeat_at', '>', new Date(now.getTime() - freshMs))
    .groupBy('environment_id')
    .select('environment_id', db.raw('sum(streams) as n'))) as { environment_id: string; n: unknown }[];
  return new Map(rows.map((r) => [r.environment_id, num(r.n)]));
}

export interface CredentialCounts {
  lastUsedAt: Date | null;
  requests24h: number;
  requests7d: number;
  requests30d: number;
}

/** Request counts and last use per credential id (credential_usage, by UTC day). */
export async function credentialCounts(
  db: Knex,
  ids: string[],
  now: Date,
): Promise<Map<string, CredentialCounts>> {
  if (ids.length === 0) return new Map();
  const rows = (await db('credential_usage')
    .whereIn('credential_id', ids)
    .where('day', '>', utcDay(now.getTime() - 30 * dayMs))
    .groupBy('credential_id')
    .select(
      'credential_id',
      db.raw('max(last_used_at) as last'),
      db.raw('sum(requests) filter (where day >= ?) as d1', [utcDay(now.getTime() - dayMs)]),
      db.raw('sum(requests) filter (where day > ?) as d7', [utcDay(now.getTime() - 7 * dayMs)]),
      db.raw('sum(requests) as d30'),
    )) as { credential_id: string; last: Date | string; d1: unknown; d7: unknown; d30: unknown }[];
  // Last use older than 30 days: from the newest row at all.
  const older = (await db('credential_usage')
    .whereIn(
      'credential_id',
      ids.filter((id) => !rows.some((r) => r.credential_id === id)),
    )
    .groupBy('credential_id')
    .select('credential_id', db.raw('max(last_used_at) as last'))) as {
    credential_id: string;
    last: Date | string;
  }[];
  const out = new Map<string, CredentialCounts>();
  for (const r of older)
    out.set(r.credential_id, { lastUsedAt: new Date(r.last), requests24h: 0, requests7d: 0, requests30d: 0 });
  for (const r of rows) {
    out.set(r.credential_id, {
      lastUsedAt: new Date(r.last),
      requests24h: num(r.d1),
      requests7d: num(r.d7),
      requests30d: num(r.d30),
    });
  }
  return out;
}
