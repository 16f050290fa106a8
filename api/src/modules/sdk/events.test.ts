// The event sink without a database: accepting never waits for a write, refusals happen before anything
// is queued, and a failed write is logged and dropped without reaching the caller.
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/knex.ts';
import type { Logger } from '../../logger.ts';
import { createEventSink, maxBatchBytes } from './events.ts';
import type { EventBatch } from './events.ts';

function fakeDb() {
  const written: EventBatch[][] = [];
  let release!: () => void;
  let fail = false;
  const gate = new Promise<void>((r) => (release = r));
  const db = {
    async transaction(fn: (trx: unknown) => Promise<void>) {
      await gate;
      if (fail) throw new Error('database down');
      // Record what would be written instead of running the knex builder.
      written.push([]);
      void fn;
    },
  } as unknown as Db;
  return { db, written, release, failNext: () => (fail = true) };
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
    await new Promise((r) => setTimeout(r, 20));
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

  it('logs and drops a batch the database refuses; the next one is still written', async () => {
    const { db, written, release, failNext } = fakeDb();
    const log = logger();
    const sink = createEventSink(db, log);
    failNext();
    sink.accept('env', batch(2), 100);
    release();
    await sink.drain();
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(written).toHaveLength(0);
  });
});
