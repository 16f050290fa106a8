// The event sink without a database: accepting never waits for a write, refusals happen before anything
// is queued, a failed write is logged, counted and dropped without reaching the caller, and times later
// than a batch's arrival are taken as its arrival. (events.db.test.ts: the same on a real database.)
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/knex.ts';
import type { Logger } from '../../logger.ts';
import { createEventSink, maxBatchBytes } from './events.ts';
import type { EventBatch } from './events.ts';

function fakeDb() {
  const written: EventBatch[][] = [];
  let release!: () => void;
  let failures = 0;
  const gate = new Promise<void>((r) => (release = r));
  const db = {
    async transaction(fn: (trx: unknown) => Promise<void>) {
      await gate;
      if (failures > 0) {
        failures--;
        throw new Error('database down');
      }
      // Record what would be written instead of running the knex builder.
      written.push([]);
      void fn;
    },
  } as unknown as Db;
  return { db, written, release, failNext: (n = Infinity) => (failures = n) };
}

const logger = () => ({ error: vi.fn() }) as unknown as Logger & { error: ReturnType<typeof vi.fn> };
const batch = (n: number): EventBatch => ({
  events: Array.from({ length: n }, (_, i) => ({ name: 'e', contextKey: `u${i}`, timestamp: 0 })),
});

describe('event sink', () => {
  it('accepts without waiting for the database, and drain waits for the write', async () => {
    const { db, written, release } = fakeDb();
    const sink = createEventSink(db, logger());
    sink.accept('env', batch(3), 100); // returns synchronously while the database is blocked
    let drained = false;
    const draining = sink.drain().then(() => (drained = true));
    // The database is blocked until release(): however long we wait, drain cannot finish; let every
    // pending callback run once, then look.
    await new Promise((r) => setImmediate(r));
    expect(drained).toBe(false);
    expect(written).toHaveLength(0);
    release();
    await draining;
    expect(written).toHaveLength(1);
  });

  it('refuses oversized batches before queueing anything', async () => {
    const { db, written, release } = fakeDb();
    const sink = createEventSink(db, logger());
    expect(() => sink.accept('env', batch(10_001), 100)).toThrow(/at most 10000 items/);
    expect(() => sink.accept('env', batch(1), maxBatchBytes + 1)).toThrow(/bytes/);
    release();
    await sink.drain();
    expect(written).toHaveLength(0);
  });

  it('logs, counts and drops a batch the database refuses', async () => {
    const { db, written, release, failNext } = fakeDb();
    const log = logger();
    const dropped = vi.fn();
    const sink = createEventSink(db, log, { dropped });
    failNext();
    sink.accept('env', batch(2), 100);
    release();
    await sink.drain();
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(dropped.mock.calls).toEqual([['write_failed', 2]]);
    expect(written).toHaveLength(0);
  });

  it("writes an environment's batches together, and each alone when that fails", async () => {
    const { db, written, release } = fakeDb();
    const dropped = vi.fn();
    const sink = createEventSink(db, logger(), { dropped });
    sink.accept('env', batch(2), 100);
    sink.accept('env', batch(3), 100);
    release();
    await sink.drain();
    expect(written).toHaveLength(1); // one transaction for both

    const again = fakeDb();
    const alone = createEventSink(again.db, logger(), { dropped });
    again.failNext(1); // the shared write fails once: each batch is then written on its own
    alone.accept('env', batch(2), 100);
    alone.accept('env', batch(3), 100);
    again.release();
    await alone.drain();
    expect(again.written).toHaveLength(2);
    expect(dropped).not.toHaveBeenCalled();
  });

  it('takes times later than the arrival of their batch as the arrival', () => {
    const { db } = fakeDb();
    const arrival = Date.UTC(2026, 5, 1, 12);
    const sink = createEventSink(db, logger(), { now: () => arrival });
    const late = {
      summaries: [{ flag: 'f', variation: 0, count: 1, start: arrival - 10, end: arrival + 10 }],
      exposures: [{ flag: 'f', variation: 0, contextKey: 'u', timestamp: 253402300799999 }],
      events: [
        { name: 'e', contextKey: 'u', timestamp: arrival + 86_400_000 },
        { name: 'e', contextKey: 'u', timestamp: arrival - 1 },
      ],
    };
    sink.accept('env', late, 100);
    expect(late).toEqual({
      summaries: [{ flag: 'f', variation: 0, count: 1, start: arrival - 10, end: arrival }],
      exposures: [{ flag: 'f', variation: 0, contextKey: 'u', timestamp: arrival }],
      events: [
        { name: 'e', contextKey: 'u', timestamp: arrival },
        { name: 'e', contextKey: 'u', timestamp: arrival - 1 },
      ],
    });
  });
});
