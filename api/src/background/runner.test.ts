import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/knex.ts';
import { createLogger } from '../logger.ts';
import { createBackgroundRunner } from './runner.ts';
import type { Worker } from './worker.ts';

const db = {} as Db;

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination }) };
}

describe('background runner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs each worker repeatedly with the clock it is given', async () => {
    const seen: Date[] = [];
    const at = new Date('2026-12-03T09:00:00Z');
    const worker: Worker = { name: 'w', everyMs: 100, run: async (_db, now) => void seen.push(now) };
    const runner = createBackgroundRunner({
      db,
      logger: capture().logger,
      workers: [worker],
      clock: () => at,
    });
    runner.start();
    await vi.advanceTimersByTimeAsync(1000 + 5 * 100);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen.every((d) => d === at)).toBe(true);
    await runner.stop();
  });

  it('never overlaps two passes of one worker: the next waits for the slow one to finish', async () => {
    let active = 0;
    let maxActive = 0;
    let passes = 0;
    const release: (() => void)[] = [];
    const worker: Worker = {
      name: 'slow',
      everyMs: 10,
      run: async () => {
        active++;
        passes++;
        maxActive = Math.max(maxActive, active);
        await new Promise<void>((r) => release.push(r));
        active--;
      },
    };
    const runner = createBackgroundRunner({ db, logger: capture().logger, workers: [worker] });
    runner.start();
    await vi.advanceTimersByTimeAsync(5000);
    expect(passes).toBe(1);
    release.shift()!();
    await vi.advanceTimersByTimeAsync(5000);
    expect(passes).toBe(2);
    expect(maxActive).toBe(1);
    const stopping = runner.stop();
    release.shift()!();
    await stopping;
  });

  it('logs a failing pass and keeps running', async () => {
    const { lines, logger } = capture();
    let calls = 0;
    const worker: Worker = {
      name: 'flaky',
      everyMs: 50,
      run: async () => {
        calls++;
        if (calls === 1) throw new Error('database went away');
      },
    };
    const runner = createBackgroundRunner({ db, logger, workers: [worker] });
    runner.start();
    await vi.advanceTimersByTimeAsync(1000 + 50 * 3);
    expect(calls).toBeGreaterThanOrEqual(3);
    const failure = lines.find((l) => l.msg === 'background worker failed');
    expect(failure).toMatchObject({ worker: 'flaky', component: 'background' });
    await runner.stop();
  });

  it('stop() waits for the pass in flight and starts no other', async () => {
    let finished = false;
    let calls = 0;
    let release!: () => void;
    const worker: Worker = {
      name: 'w',
      everyMs: 10,
      run: async () => {
        calls++;
        await new Promise<void>((r) => (release = r));
        finished = true;
      },
    };
    const runner = createBackgroundRunner({ db, logger: capture().logger, workers: [worker] });
    runner.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(1);
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(finished).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(1);
  });
});
