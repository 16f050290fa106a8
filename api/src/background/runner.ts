// Runs the background workers of one replica: a timer loop per worker, started by listen() once the
// server listens and stopped on graceful close (which waits for passes in flight, so a delivery or a
// schedule step is not cut half way by a normal shutdown; a killed replica is covered by the claims
// expiring in the database).
import type { Db } from '../db/knex.ts';
import type { Logger } from '../logger.ts';
import type { Worker } from './worker.ts';

export interface BackgroundRunner {
  /** Starts every worker's loop (idempotent). */
  start(): void;
  /** Stops scheduling new passes and waits for the passes in flight. */
  stop(): Promise<void>;
}

export interface RunnerOptions {
  db: Db;
  logger: Logger;
  workers: readonly Worker[];
  /** The time handed to each pass; the wall clock by default. */
  clock?: () => Date;
}

export function createBackgroundRunner(opts: RunnerOptions): BackgroundRunner {
  const log = opts.logger.child({ component: 'background' });
  const clock = opts.clock ?? (() => new Date());
  const timers = new Map<string, NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();
  let started = false;
  let stopped = false;

  const schedule = (worker: Worker, delayMs: number) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(worker.name);
      const pass = worker
        .run(opts.db, clock())
        .catch((err: unknown) => log.error({ err, worker: worker.name }, 'background worker failed'))
        .finally(() => {
          inFlight.delete(pass);
          // The next pass is timed from the end of this one: a slow pass never overlaps the next.
          schedule(worker, worker.everyMs);
        });
      inFlight.add(pass);
    }, delayMs);
    // Background timers alone must not keep a process alive (the server does while it listens).
    timer.unref();
    timers.set(worker.name, timer);
  };

  return {
    start() {
      if (started || stopped) return;
      started = true;
      // The first pass comes soon after start (a step missed while every replica was down runs now),
      // spread at random so replicas started together do not all hit the database at the same instant.
      for (const w of opts.workers) schedule(w, Math.floor(Math.random() * Math.min(w.everyMs, 1000)));
    },
    async stop() {
      stopped = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      await Promise.all([...inFlight]);
    },
  };
}

const byApp = new WeakMap<object, BackgroundRunner>();

/** Remembers the app's runner, for listen() to start it with the server and stop it on close. */
export function attachBackground(app: object, runner: BackgroundRunner): void {
  byApp.set(app, runner);
}

export function backgroundOf(app: object): BackgroundRunner | undefined {
  return byApp.get(app);
}
