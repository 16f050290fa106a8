// npm run bench:experiments — experiments at scale (issue 15, item 7), on real Postgres:
//   1. GET /api/v1/projects/{p}/experiments/{e}/results with 1,000,000 exposed units and 10,000,000
//      tracked events (generated with generate_series straight into the tables), for a binomial
//      metric (purchase within 7 days) and a sum metric (revenue, capped), timed from request to 200.
//   2. The event intake of one API replica: tracked events POSTed to /sdk/v1/events in batches of 5,000
//      by 4 concurrent senders, timed until every one is stored (the route answers 202 and writes in the
//      background, so what counts is rows in sdk_events, not answers).
// The API runs in this process (createApp + listen) on DATABASE_URL's server, in a fresh database that
// is dropped afterwards (without DATABASE_URL it runs on in-memory PGlite with FF_BENCH_UNITS scaled
// down, which is not the figure asked for). FF_BENCH_UNITS (default 1,000,000) exposed units,
// FF_BENCH_EVENTS (default 10,000,000) events, FF_BENCH_INTAKE (default 400,000) intake events.
// It prints figures; it never fails.
//
// Figures, PostgreSQL 15 on the 2-core machine shared with other engineers' test runs (1-minute load):
//   results, 1M units × 10M events, 2 metrics   4 MB work_mem, JIT on: min 34.7 s  median 36.6 s (load 26.6)
//                                               256 MB, JIT off:      min 21.5 s  median 32.7 s (load 11.1)
//   intake, 400,000 events, one replica         4,044 events/s stored (load 29.6); 13,579 events/s (load 11.5)
// Both miss the aims (2 s, 20,000 events/s). Results scan the events of each metric's name and group
// 1M units per metric on every call; the next step is a per-(experiment, unit) rollup the intake keeps
// (see api/src/modules/experiments/README.md).
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { createApp } from '../api/src/app.ts';
import { createDb } from '../api/src/db/knex.ts';
import { migrateLatest } from '../api/src/db/migrate.ts';
import { createLogger } from '../api/src/logger.ts';
import { seedDemo } from '../api/src/seed/seed.ts';
import { listen } from '../api/src/server.ts';

const serverUrl = process.env.DATABASE_URL || undefined;
const UNITS = Number(process.env.FF_BENCH_UNITS) || (serverUrl ? 1_000_000 : 20_000);
const EVENTS = Number(process.env.FF_BENCH_EVENTS) || (serverUrl ? 10_000_000 : 200_000);
const INTAKE = Number(process.env.FF_BENCH_INTAKE) || 400_000;
const RUNS = 5;
const token = `ff_pat_${randomBytes(32).toString('base64url')}`;
const load = () => loadavg()[0]!.toFixed(1);

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bench reads a few known fields
async function call(base: string, method: string, path: string, body?: unknown, auth = token): Promise<any> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const database = `ff_bench_experiments_${randomBytes(4).toString('hex')}`;
  let databaseUrl: string | undefined;
  if (serverUrl !== undefined) {
    const u = new URL(serverUrl);
    u.pathname = `/${database}`;
    databaseUrl = u.toString();
    await admin(`create database "${database}"`);
  }
  const db = createDb({ databaseUrl, dataDir: 'memory://' });
  const logger = createLogger({ level: 'silent' });
  let running: Awaited<ReturnType<typeof listen>> | undefined;
  const where = serverUrl === undefined ? 'PGlite' : 'Postgres';
  try {
    await migrateLatest(db);
    await seedDemo(db, { bootstrapToken: token });
    running = await listen(createApp({ db, logger }), { port: 0, host: '127.0.0.1', logger });
    const base = running.url;
    const p = '/api/v1/projects/demo';
    await call(base, 'POST', `${p}/metrics`, { key: 'purchase-7d', kind: 'binomial', event: 'purchase' });
    await call(base, 'POST', `${p}/metrics`, { key: 'revenue', kind: 'sum', event: 'revenue', cap: 500 });
    await call(base, 'POST', `${p}/experiments`, {
      key: 'bench-pricing',
      environment: 'development',
      variants: [
        { key: 'control', weight: 50 },
        { key: 'treatment', weight: 50 },
      ],
      primaryMetric: 'purchase-7d',
      secondaryMetrics: ['revenue'],
    });
    await call(base, 'POST', `${p}/experiments/bench-pricing/transitions`, { action: 'launch' });
    const { id: experimentId, environment_id: environmentId } = (await db('experiments')
      .where({ key: 'bench-pricing' })
      .first('id', 'environment_id')) as { id: string; environment_id: string };

    // 1,000,000 exposed units over the last 7 days; 10,000,000 events over 1.5 × as many context keys
    // (a third of them never exposed), 20 % purchases, 10 % revenue, the rest other names.
    let t = performance.now();
    await db.raw(
      `insert into experiment_exposures (experiment_id, unit, variant, first_seen, last_seen)
       select cast(? as uuid), 'u' || g, g % 2, now() - interval '7 days' + (g % 518400) * interval '1 second',
              now() - interval '1 day'
         from generate_series(1, cast(? as integer)) g`,
      [experimentId, UNITS],
    );
    console.log(`generated ${UNITS.toLocaleString('en')} exposed units in ${seconds(performance.now() - t)}`);
    t = performance.now();
    // Generating 10,000,000 rows into an indexed table costs far more than building the index after: the
    // bench drops migration 011's index for the load and builds the same one again (not what the intake
    // does: it inserts into the indexed table, as measured below).
    const index = (await db.raw(
      `select indexdef from pg_indexes where indexname = 'sdk_events_custom_name'`,
    )) as {
      rows: { indexdef: string }[];
    };
    await db.raw('drop index sdk_events_custom_name');
    const chunk = 1_000_000;
    for (let from = 1; from <= EVENTS; from += chunk) {
      await db.raw(
        `insert into sdk_events (environment_id, kind, name, context_key, value, occurred_at)
         select cast(? as uuid), 'custom',
                case when g % 10 < 2 then 'purchase' when g % 10 = 2 then 'revenue' else 'page-view' end,
                'u' || (1 + (g * 7919) % cast(? as bigint)),
                case when g % 10 = 2 then (g % 997) / 3.0 else null end,
                now() - interval '8 days' + (g % 691200) * interval '1 second'
           from generate_series(cast(? as bigint), cast(? as bigint)) g`,
        [environmentId, Math.round(UNITS * 1.5), from, Math.min(EVENTS, from + chunk - 1)],
      );
    }
    await db.raw(index.rows[0]!.indexdef);
    await db.raw('analyze experiment_exposures');
    await db.raw('analyze sdk_events');
    console.log(
      `generated ${EVENTS.toLocaleString('en')} tracked events in ${seconds(performance.now() - t)}`,
    );

    const times: number[] = [];
    let last: { units: { units: number }[] } | undefined;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      last = await call(base, 'GET', `${p}/experiments/bench-pricing/results`);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const units = last!.units.map((u: { units: number }) => u.units).join(' / ');
    console.log(
      `results, ${UNITS.toLocaleString('en')} units × ${EVENTS.toLocaleString('en')} events, 2 metrics (${where}): ` +
        `min ${times[0]!.toFixed(0)} ms  median ${times[Math.floor(RUNS / 2)]!.toFixed(0)} ms  max ${times.at(-1)!.toFixed(0)} ms ` +
        `(n=${RUNS}, units ${units}, load ${load()})`,
    );

    // Intake: tracked events in batches of 5,000 from 4 concurrent senders, until all are stored.
    const { key } = await call(base, 'POST', `${p}/environments/development/sdk-keys`, {
      kind: 'server',
      name: 'bench',
    });
    const batch = 5_000;
    const batches = Math.ceil(INTAKE / batch);
    const bodies = Array.from({ length: batches }, (_, b) =>
      JSON.stringify({
        events: Array.from({ length: Math.min(batch, INTAKE - b * batch) }, (_, i) => ({
          name: 'bench-intake',
          contextKey: `u${b * batch + i}`,
          value: i % 100,
          timestamp: Date.now(),
        })),
      }),
    );
    t = performance.now();
    let next = 0;
    let refused = 0;
    const sender = async () => {
      while (next < batches) {
        const body = bodies[next++]!;
        for (;;) {
          const res = await fetch(`${base}/sdk/v1/events`, {
            method: 'POST',
            headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
            body,
          });
          await res.arrayBuffer();
          if (res.status === 202) break;
          // 503: the server's queue is full; send again, as SDKs do.
          refused++;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    await Promise.all([sender(), sender(), sender(), sender()]);
    const accepted = performance.now() - t;
    for (;;) {
      const [row] = (await db('sdk_events')
        .where({ environment_id: environmentId, name: 'bench-intake' })
        .count({ n: '*' })) as {
        n: string;
      }[];
      if (Number(row!.n) >= INTAKE) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const stored = performance.now() - t;
    console.log(
      `intake, ${INTAKE.toLocaleString('en')} tracked events in batches of ${batch} from 4 senders (${where}, one replica): ` +
        `${Math.round(INTAKE / (stored / 1000)).toLocaleString('en')} events/s stored ` +
        `(all accepted in ${seconds(accepted)}, stored in ${seconds(stored)}, ${refused} batches retried after 503, load ${load()})`,
    );
  } finally {
    await running?.close(2000);
    await db.destroy();
    if (serverUrl !== undefined) await admin(`drop database if exists "${database}" with (force)`);
  }
}

await main();
