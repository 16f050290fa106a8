// POST /sdk/v1/events: batches are checked whole when they arrive (so a refused one leaves nothing
// behind), answered 202 at once, and written in the background: summaries folded into hourly counters
// (one upsert per environment, flag, variation and hour, however many summaries share it), exposures and
// tracked events appended to sdk_events. The caller never waits for the database.
//
// Accepted means stored unless the database refuses it, and then only that batch is lost: the batches of
// an environment are written in one transaction, and if it fails each is written on its own, so one that
// cannot be stored never takes other clients' events with it. What is dropped is logged and counted
// (ff_sdk_events_dropped_total{reason}). Times are the spec's EpochMillis (up to year 9999, which every
// store can hold); one after the moment the batch arrives is taken as that moment (see clampToArrival).
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { pgArray } from '../../db/pg-array.ts';
import { HttpError, ServiceUnavailableError } from '../../http/errors.ts';
import type { Logger } from '../../logger.ts';
import { recordExperimentData } from '../experiments/intake.ts';

export interface EventBatch {
  /** The SDK's id of this batch, kept on its retries: a batch counted once is not counted again. */
  batchId?: string;
  summaries?: { flag: string; variation: number | null; count: number; start: number; end: number }[];
  exposures?: { flag: string; variation: number; contextKey: string; timestamp: number }[];
  events?: { name: string; contextKey: string; value?: number; timestamp: number }[];
}

/** Most items (summaries + exposures + events) one batch may carry. */
export const maxBatchItems = 10_000;
/** Largest batch body, whatever the API's general body limit. */
export const maxBatchBytes = 1024 * 1024;
/** Items waiting to be written beyond which new batches are refused (503) rather than held in memory. */
const maxPendingItems = 500_000;
const hourMs = 3_600_000;
const dayMs = 86_400_000;
const insertChunk = 1000;

export class BatchTooLargeError extends HttpError {
  constructor(detail: string) {
    super(413, 'payload-too-large', 'Payload too large', `${detail} Nothing of this batch was stored.`);
  }
}

export function batchItems(batch: EventBatch): number {
  return (batch.summaries?.length ?? 0) + (batch.exposures?.length ?? 0) + (batch.events?.length ?? 0);
}

/** Why accepted items were not stored: their environment was deleted meanwhile, or the write failed. */
export type DropReason = 'environment_deleted' | 'write_failed';
export const dropReasons: readonly DropReason[] = ['environment_deleted', 'write_failed'];

export interface EventSinkOptions {
  /** The clock that says when a batch arrived (epoch milliseconds). */
  now?: () => number;
  /** Told of every item that was accepted (202) and then could not be stored. */
  dropped?: (reason: DropReason, items: number) => void;
}

/**
 * Takes every time of `batch` later than `arrivedAt` as `arrivedAt`, in place. Nothing happens after it
 * is reported, so a later time is a device clock running ahead; stored as sent, it would count in an hour
 * that has not come yet (and, far enough ahead, could not be stored at all).
 */
export function clampToArrival(batch: EventBatch, arrivedAt: number): void {
  for (const s of batch.summaries ?? []) {
    s.start = Math.min(s.start, arrivedAt);
    s.end = Math.min(s.end, arrivedAt);
  }
  for (const x of batch.exposures ?? []) x.timestamp = Math.min(x.timestamp, arrivedAt);
  for (const e of batch.events ?? []) e.timestamp = Math.min(e.timestamp, arrivedAt);
}

export interface EventSink {
  /** Checks a batch and queues it for writing; throws 413 (too big) or 503 (queue full). */
  accept(environmentId: string, batch: EventBatch, bodyBytes: number): void;
  /** Resolves once everything accepted so far is written (tests, shutdown). */
  drain(): Promise<void>;
}

interface Queued {
  environmentId: string;
  batch: EventBatch;
}

async function writeEnvironment(trx: Knex, environmentId: string, all: EventBatch[]): Promise<void> {
  const batches = await unseenBatches(trx, environmentId, all);
  const counters = new Map<string, { flag_key: string; variation: number; hour: Date; count: number }>();
  // Insights: the same counts by UTC day, and each flag's first and last evaluation.
  const daily = new Map<string, { flag_key: string; variation: number; day: string; count: number }>();
  const usage = new Map<string, { first: number; last: number }>();
  // Raw rows for sdk_events, a column per parameter (see insertEvents).
  const events: RawEvent[] = [];
  for (const b of batches) {
    for (const s of b.summaries ?? []) {
      // A window is counted in the hour it starts in: SDKs flush every few seconds, so windows that
      // straddle an hour are short and rare.
      const hour = Math.floor(s.start / hourMs) * hourMs;
      const variation = s.variation ?? -1;
      const id = `${s.flag}\0${variation}\0${hour}`;
      const c = counters.get(id);
      if (c) c.count += s.count;
      else counters.set(id, { flag_key: s.flag, variation, hour: new Date(hour), count: s.count });
      const dayKey = `${s.flag}\0${variation}\0${Math.floor(s.start / dayMs)}`;
      const d = daily.get(dayKey);
      if (d) d.count += s.count;
      else
        daily.set(dayKey, {
          flag_key: s.flag,
          variation,
          day: new Date(Math.floor(s.start / dayMs) * dayMs).toISOString().slice(0, 10),
          count: s.count,
        });
      const u = usage.get(s.flag);
      if (u) {
        u.first = Math.min(u.first, s.start);
        u.last = Math.max(u.last, s.end);
      } else usage.set(s.flag, { first: s.start, last: s.end });
    }
    for (const x of b.exposures ?? []) {
      events.push({
        k: 'exposure',
        f: x.flag,
        x: x.variation,
        c: x.contextKey,
        t: new Date(x.timestamp).toISOString(),
      });
    }
    for (const e of b.events ?? []) {
      events.push({
        k: 'custom',
        n: e.name,
        c: e.contextKey,
        v: e.value ?? null,
        t: new Date(e.timestamp).toISOString(),
      });
    }
  }
  const rows = [...counters.values()].map((c) => ({ environment_id: environmentId, ...c }));
  for (let i = 0; i < rows.length; i += insertChunk) {
    await trx('sdk_evaluation_counters')
      .insert(rows.slice(i, i + insertChunk))
      .onConflict(['environment_id', 'flag_key', 'hour', 'variation'])
      .merge({ count: trx.raw('sdk_evaluation_counters.count + excluded.count') });
  }
  await insertEvents(trx, environmentId, events);
  await writeDaily(trx, environmentId, [...daily.values()]);
  await writeTotals(trx, environmentId, rows);
  await writeFlagUsage(trx, environmentId, usage);
  // Experiments: exposures of running experiments also land per (experiment, unit), and tracked events in
  // the per-unit rollups results read, after the raw events (a new exposure's rollup is rebuilt from them).
  await recordExperimentData(
    trx,
    environmentId,
    batches.flatMap((b) => b.exposures ?? []),
    batches.flatMap((b) => b.events ?? []),
  );
}

interface RawEvent {
  k: 'exposure' | 'custom';
  f?: string;
  x?: number;
  n?: string;
  c: string;
  v?: number | null;
  t: string;
}

const compare = (a: string | undefined, b: string | undefined) =>
  a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1;

// Rows of sdk_events per INSERT statement.
const eventChunk = 5000;

/**
 * Appends exposures and tracked events to sdk_events.
 *
 * Performance note: one statement per 5,000 rows, each column one array parameter unpacked by unnest in
 * the server: the same on node-postgres and PGlite, and about half the database time of the same rows
 * as JSON through jsonb_to_recordset, a third of a multi-row VALUES list with a parameter per value.
 */
async function insertEvents(trx: Knex, environmentId: string, events: RawEvent[]): Promise<void> {
  // In the order of index sdk_events_custom_name (name, context key): its inserts land on leaf pages in
  // order, not at random. At 10,000,000 stored events that index is most of an insert's cost; sorted, a
  // chunk of 5,000 took about 30 % less time (bench/experiments.ts database, under load 18).
  events.sort((a, b) => compare(a.n, b.n) || compare(a.c, b.c));
  for (let i = 0; i < events.length; i += eventChunk) {
    const part = events.slice(i, i + eventChunk);
    await trx.raw(
      `insert into sdk_events (environment_id, kind, flag_key, variation, name, context_key, value, occurred_at)
       select cast(? as uuid), r.*
         from unnest(cast(? as text[]), cast(? as text[]), cast(? as int[]), cast(? as text[]),
                     cast(? as text[]), cast(? as float8[]), cast(? as timestamptz[]))
           as r(k, f, x, n, c, v, t)`,
      [
        environmentId,
        pgArray(part.map((e) => e.k)),
        pgArray(part.map((e) => e.f)),
        pgArray(part.map((e) => e.x)),
        pgArray(part.map((e) => e.n)),
        pgArray(part.map((e) => e.c)),
        pgArray(part.map((e) => e.v)),
        pgArray(part.map((e) => e.t)),
      ],
    );
  }
}

/**
 * The daily counters, written with the hourly ones in the same transaction rather than rolled up later:
 * a background rollup either lags (readers would have to merge both tables at a moving boundary) or
 * misses summaries that arrive after it ran for their hour. One more upsert per counter keeps every
 * read exact, and retention can then drop hours without touching days.
 */
async function writeDaily(
  trx: Knex,
  environmentId: string,
  rows: { flag_key: string; variation: number; day: string; count: number }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += insertChunk) {
    await trx('sdk_evaluation_daily')
      .insert(rows.slice(i, i + insertChunk).map((r) => ({ environment_id: environmentId, ...r })))
      .onConflict(['environment_id', 'flag_key', 'day', 'variation'])
      .merge({ count: trx.raw('sdk_evaluation_daily.count + excluded.count') });
  }
  // The same per flag, variations together (most evaluated flags and their sparklines).
  const perFlag = new Map<string, { flag_key: string; day: string; count: number }>();
  for (const r of rows) {
    const id = `${r.flag_key}\0${r.day}`;
    const p = perFlag.get(id);
    if (p) p.count += r.count;
    else perFlag.set(id, { flag_key: r.flag_key, day: r.day, count: r.count });
  }
  const flagRows = [...perFlag.values()];
  for (let i = 0; i < flagRows.length; i += insertChunk) {
    await trx('sdk_flag_daily')
      .insert(flagRows.slice(i, i + insertChunk).map((r) => ({ environment_id: environmentId, ...r })))
      .onConflict(['environment_id', 'day', 'flag_key'])
      .merge({ count: trx.raw('sdk_flag_daily.count + excluded.count') });
  }
}

/** The environment's evaluations per hour, all flags together (the project summary's totals). */
async function writeTotals(
  trx: Knex,
  environmentId: string,
  counters: { hour: Date; count: number }[],
): Promise<void> {
  const byHour = new Map<number, number>();
  for (const c of counters) byHour.set(c.hour.getTime(), (byHour.get(c.hour.getTime()) ?? 0) + c.count);
  if (byHour.size === 0) return;
  await trx('sdk_evaluation_totals')
    .insert(
      [...byHour].map(([hour, count]) => ({ environment_id: environmentId, hour: new Date(hour), count })),
    )
    .onConflict(['environment_id', 'hour'])
    .merge({ count: trx.raw('sdk_evaluation_totals.count + excluded.count') });
}

/**
 * The batches not counted before (insights, issue 14): records each batch id in the transaction that
 * counts it, so a retried batch (the SDK keeps its id) counts once on whichever replica it reaches.
 * A second replica inserting the same id waits for the first's transaction and then finds it.
 */
async function unseenBatches(trx: Knex, environmentId: string, batches: EventBatch[]): Promise<EventBatch[]> {
  const ids = [...new Set(batches.flatMap((b) => (b.batchId === undefined ? [] : [b.batchId])))];
  if (ids.length === 0) return batches;
  const inserted = (await trx('sdk_event_batches')
    .insert(ids.map((batch_id) => ({ environment_id: environmentId, batch_id, received_at: trx.fn.now() })))
    .onConflict(['environment_id', 'batch_id'])
    .ignore()
    .returning('batch_id')) as { batch_id: string }[];
  const fresh = new Set(inserted.map((r) => r.batch_id));
  return batches.filter((b) => {
    if (b.batchId === undefined) return true;
    // Once per id, also when the same batch arrived twice in this write.
    const first = fresh.delete(b.batchId);
    return first;
  });
}

/** First and last evaluation per flag (sdk_flag_usage): outlive the counters' retention. */
async function writeFlagUsage(
  trx: Knex,
  environmentId: string,
  usage: Map<string, { first: number; last: number }>,
): Promise<void> {
  const rows = [...usage].map(([flag_key, u]) => ({
    environment_id: environmentId,
    flag_key,
    first_evaluated_at: new Date(u.first),
    last_evaluated_at: new Date(u.last),
  }));
  for (let i = 0; i < rows.length; i += insertChunk) {
    await trx('sdk_flag_usage')
      .insert(rows.slice(i, i + insertChunk))
      .onConflict(['environment_id', 'flag_key'])
      .merge({
        first_evaluated_at: trx.raw('least(sdk_flag_usage.first_evaluated_at, excluded.first_evaluated_at)'),
        last_evaluated_at: trx.raw('greatest(sdk_flag_usage.last_evaluated_at, excluded.last_evaluated_at)'),
      });
  }
}

// PostgreSQL's foreign_key_violation: the environment was deleted between accepting and writing.
const foreignKeyViolation = '23503';

export function createEventSink(db: Db, logger: Logger, options: EventSinkOptions = {}): EventSink {
  const now = options.now ?? Date.now;
  let queue: Queued[] = [];
  let pendingItems = 0;
  let flushing: Promise<void> | undefined;

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const taken = queue;
      queue = [];
      const byEnvironment = new Map<string, EventBatch[]>();
      for (const q of taken) {
        const list = byEnvironment.get(q.environmentId);
        if (list) list.push(q.batch);
        else byEnvironment.set(q.environmentId, [q.batch]);
      }
      for (const [environmentId, batches] of byEnvironment) {
        const items = batches.reduce((n, b) => n + batchItems(b), 0);
        try {
          await writeIsolated(environmentId, batches);
        } finally {
          pendingItems -= items;
        }
      }
    }
  }

  const write = (environmentId: string, batches: EventBatch[]) =>
    db.transaction((trx) => writeEnvironment(trx, environmentId, batches));

  /**
   * The environment's batches in one transaction (one upsert per counter, however many batches share
   * it); if that fails, each batch in its own, so only a batch the database refuses is lost.
   */
  async function writeIsolated(environmentId: string, batches: EventBatch[]): Promise<void> {
    if (batches.length > 1) {
      try {
        await write(environmentId, batches);
        return;
      } catch {
        // One of them (or the environment) cannot be stored: find out which, batch by batch.
      }
    }
    for (const batch of batches) {
      try {
        await write(environmentId, [batch]);
      } catch (err) {
        drop(err, environmentId, batchItems(batch));
      }
    }
  }

  function drop(err: unknown, environmentId: string, items: number): void {
    const gone = (err as { code?: unknown } | null)?.code === foreignKeyViolation;
    const reason: DropReason = gone ? 'environment_deleted' : 'write_failed';
    options.dropped?.(reason, items);
    // A deleted environment is routine (its SDKs have not noticed yet); any other failure is ours.
    if (gone) logger.info({ environmentId, items }, 'SDK events of a deleted environment dropped');
    else logger.error({ err, environmentId, items }, 'SDK events could not be stored; dropped');
  }

  function schedule(): void {
    if (flushing !== undefined) return;
    flushing = new Promise<void>((resolve) => setImmediate(resolve)).then(flush).finally(() => {
      flushing = undefined;
      // Batches accepted after the last loop iteration checked the queue.
      if (queue.length > 0) schedule();
    });
  }

  return {
    accept(environmentId, batch, bodyBytes) {
      if (bodyBytes > maxBatchBytes)
        throw new BatchTooLargeError(`A batch may be at most ${maxBatchBytes} bytes.`);
      const items = batchItems(batch);
      if (items > maxBatchItems) {
        throw new BatchTooLargeError(
          `A batch may carry at most ${maxBatchItems} items; this one has ${items}.`,
        );
      }
      if (items === 0) return;
      if (pendingItems + items > maxPendingItems) {
        throw new ServiceUnavailableError(
          'Too many SDK events are waiting to be stored; send them again later.',
        );
      }
      clampToArrival(batch, now());
      pendingItems += items;
      queue.push({ environmentId, batch });
      schedule();
    },
    async drain() {
      while (flushing !== undefined) await flushing;
    },
  };
}

const sinks = new WeakMap<Db, EventSink>();

/** The event sink of the app on `db` (one per database handle; `options` apply when it is made). */
export function eventSink(db: Db, logger: Logger, options: EventSinkOptions = {}): EventSink {
  let sink = sinks.get(db);
  if (sink === undefined) {
    sink = createEventSink(db, logger, options);
    sinks.set(db, sink);
  }
  return sink;
}
