// Prometheus metrics. Each app has its own registry (tests build many apps in one process; a global
// registry would mix their counts and refuse re-registration); process metrics (CPU, memory, event
// loop, GC) describe the process, not an app, so one shared registry collects them once.
import type { Context, Next } from 'koa';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from '../../db/knex.ts';
import { dropReasons } from '../sdk/events.ts';
import type { DropReason } from '../sdk/events.ts';

export interface AppMetrics {
  /** Times and counts every request, errors included: mount it outermost. */
  middleware(ctx: Context, next: Next): Promise<void>;
  /** The text exposition of the app's and the process's metrics. */
  render(): Promise<{ contentType: string; body: string }>;
  /** A request refused by the per-credential rate limits (management, server or client). */
  rateLimited(kind: string): void;
  /** A failed exchange of rate-limit counts with the other replicas (the limits then hold per replica). */
  rateLimitSyncFailed(): void;
  /** SDK event items accepted (202) that could not be stored afterwards (sdk/events.ts). */
  sdkEventsDropped(reason: DropReason, items: number): void;
}

// What requests that matched no operation are counted under: raw paths would let any client create
// unbounded label values (one series per probed URL).
export const unmatchedRoute = 'unmatched';

// Sub-millisecond to 10 s: most API answers take a few milliseconds; exports and slow queries take longer.
const durationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

// knex's pool is a tarn Pool; these are the parts of it we read.
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}

function poolOf(db: Db): TarnPool | undefined {
  const pool = (db.client as { pool?: Partial<TarnPool> }).pool;
  return pool && typeof pool.numUsed === 'function' ? (pool as TarnPool) : undefined;
}

/** The route template a request matched (`/api/v1/projects/:project`), set by @koa/router. */
function routeOf(ctx: Context): string {
  const route = (ctx as Context & { _matchedRoute?: unknown })._matchedRoute;
  return typeof route === 'string' ? route : unmatchedRoute;
}

export function createMetrics(db: Db): AppMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to finishing its response, by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: durationBuckets,
    registers: [registry],
  });

  const rateLimited = new Counter({
    name: 'ff_rate_limited_total',
    help: 'Requests refused with 429 by the per-credential rate limits, by credential kind.',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  // Every kind from the start, so a rate() over it is 0 rather than absent until the first refusal.
  for (const kind of ['management', 'server', 'client']) rateLimited.inc({ kind }, 0);
  const rateLimitSyncFailures = new Counter({
    name: 'ff_rate_limit_sync_failures_total',
    help: 'Failed exchanges of rate-limit counts with the other replicas through the database.',
    registers: [registry],
  });

  const sdkEventsDropped = new Counter({
    name: 'ff_sdk_events_dropped_total',
    help: 'SDK event items (summaries, exposures, tracked events) accepted with 202 and then not stored, by reason.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  for (const reason of dropReasons) sdkEventsDropped.inc({ reason }, 0);

  // Read at scrape time, so they cost nothing between scrapes.
  const poolGauge = (name: string, help: string, read: (p: TarnPool) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const pool = poolOf(db);
        this.set(pool ? read(pool) : 0);
      },
    });
  poolGauge('db_pool_used_connections', 'Database connections in use.', (p) => p.numUsed());
  poolGauge('db_pool_free_connections', 'Idle database connections in the pool.', (p) => p.numFree());
  poolGauge(
    'db_pool_pending_acquires',
    'Queries waiting for a database connection (sustained > 0: the pool is too small or queries too slow).',
    (p) => p.numPendingAcquires(),
  );
  poolGauge('db_pool_pending_creates', 'Database connections being opened.', (p) => p.numPendingCreates());
  poolGauge('db_pool_max_connections', 'The pool size limit.', (p) => p.max);

  return {
    async middleware(ctx, next) {
      const started = process.hrtime.bigint();
      // Recorded when the response has been sent (or the client went away), so the status is the
      // final one, set by the error middleware inside this one, and streamed bodies count in full.
      const done = () => {
        ctx.res.off('finish', done);
        ctx.res.off('close', done);
        const labels = { method: ctx.method, route: routeOf(ctx), status: String(ctx.res.statusCode) };
        requests.inc(labels);
        duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      };
      ctx.res.on('finish', done);
      ctx.res.on('close', done);
      await next();
    },
    async render() {
      const body = (await registry.metrics()) + '\n' + (await processMetrics().metrics());
      return { contentType: registry.contentType, body };
    },
    rateLimited(kind) {
      rateLimited.inc({ kind });
    },
    rateLimitSyncFailed() {
      rateLimitSyncFailures.inc();
    },
    sdkEventsDropped(reason, items) {
      sdkEventsDropped.inc({ reason }, items);
    },
  };
}
