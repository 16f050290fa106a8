// npm run bench:insights — insights at scale (issue 14, item 5), on real Postgres:
//   1. A year of usage for 1,000 flags × 3 environments × 3 variations, as the API keeps it with the
//      default retention: daily counters for 365 days (3.3 M rows) and hourly counters for the last 31
//      days (6.7 M rows; FF_BENCH_HOURLY_DAYS=365 keeps a whole year of hours, 78.8 M rows, if the disk
//      and your patience allow). Generated with generate_series straight into the tables.
//   2. The project summary (GET …/insights/summary: totals, top 10 flags with 14-day sparklines, never
//      evaluated flags, stale flags, streams) and one flag's 90-day series by day (GET
//      …/flags/{flag}/usage), and its 7-day series by hour: the service calls the handlers make, timed
//      in this process (p50/p95 of 20 runs after 2 warm-ups).
//   3. The intake: 100 SDK processes (100 server keys) each POSTing one batch of 100 summaries (50 flags ×
//      2 variations) per round, as every 10 s; the API runs as its own process (npm start's entry) so its
//      CPU time can be read from /proc, and so is the CPU time of the Postgres backends serving it. Cost
//      per round / 10 s = % of one core.
// A fresh database on DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432/postgres), dropped
// afterwards. It prints figures; it never fails on them.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDb } from '../api/src/db/knex.ts';
import { migrateLatest } from '../api/src/db/migrate.ts';
import { createInsightsService } from '../api/src/modules/insights/service.ts';
import * as store from '../api/src/modules/insights/store.ts';
import { findFlag } from '../api/src/modules/flags/store.ts';
import { generateToken } from '../api/src/security/secrets.ts';

const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const FLAGS = 1000;
const VARIATIONS = 3;
const DAILY_DAYS = Number(process.env.FF_BENCH_DAILY_DAYS) || 365;
const HOURLY_DAYS = Number(process.env.FF_BENCH_HOURLY_DAYS) || 31;
const SDKS = 100;
const ROUNDS = Number(process.env.FF_BENCH_ROUNDS) || 10;
const SUMMARY_FLAGS = 50;
const load = () => loadavg()[0]!.toFixed(1);
const ms = (ns: bigint) => Number(ns) / 1e6;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (CLK_TCK 100)
}

async function timed(label: string, runs: number, fn: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 2; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(ms(process.hrtime.bigint() - t));
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`  ${label.padEnd(44)} p50 ${p(0.5).padStart(7)} ms   p95 ${p(0.95).padStart(7)} ms`);
}

const name = `ff_bench_insights_${randomBytes(4).toString('hex')}`;
const url = withDatabase(serverUrl, name);
console.log(`bench:insights on ${new URL(serverUrl).host} (database ${name}), load ${load()}`);
await admin(`create database "${name}"`);
const db = createDb({ databaseUrl: url });
let api: ReturnType<typeof spawn> | undefined;
try {
  await migrateLatest(db);
  const [org] = await db('organizations').insert({ key: 'bench', name: 'Bench' }).returning('id');
  const [project] = await db('projects')
    .insert({ organization_id: org.id, key: 'big', name: 'Big' })
    .returning('*');
  const envs = (await db('environments')
    .insert(
      ['development', 'staging', 'production'].map((key, i) => ({
        project_id: project.id,
        key,
        name: key,
        color: '#000000',
        sort_order: i,
      })),
    )
    .returning(['id', 'key'])) as { id: string; key: string }[];
  const variations = JSON.stringify(['a', 'b', 'c'].map((v) => ({ name: v, value: v })));
  const flagRows = (await db('flags')
    .insert(
      Array.from({ length: FLAGS }, (_, i) => ({
        project_id: project.id,
        key: `flag-${String(i).padStart(4, '0')}`,
        name: `Flag ${i}`,
        kind: 'string',
        variations,
      })),
    )
    .returning(['id', 'key'])) as { id: string; key: string }[];
  const config = JSON.stringify({
    on: true,
    offVariation: 0,
    prerequisites: [],
    targets: [],
    rules: [],
    fallthrough: {
      rollout: {
        bucketBy: 'key',
        weights: [
          { variation: 0, weight: 34000 },
          { variation: 1, weight: 33000 },
          { variation: 2, weight: 33000 },
        ],
      },
    },
  });
  for (let i = 0; i < flagRows.length; i += 500) {
    await db('flag_configs').insert(
      flagRows
        .slice(i, i + 500)
        .flatMap((f) => envs.map((e) => ({ flag_id: f.id, environment_id: e.id, config }))),
    );
  }

  // 1. The data. Counts vary by flag (a long tail) so "top flags" has an answer.
  let t = process.hrtime.bigint();
  await db.raw(
    `insert into sdk_evaluation_daily (environment_id, flag_key, variation, day, count)
     select e.id, 'flag-' || lpad(f::text, 4, '0'), v, d::date, 1 + (100000 / (f + 1)) * (v + 1) + (random() * 100)::int
     from environments e, generate_series(0, ${FLAGS - 1}) f, generate_series(0, ${VARIATIONS - 1}) v,
          generate_series(current_date - ${DAILY_DAYS - 1}, current_date, interval '1 day') d
     where e.project_id = ?`,
    [project.id],
  );
  const dailyRows = FLAGS * VARIATIONS * envs.length * DAILY_DAYS;
  console.log(
    `  daily counters:  ${dailyRows.toLocaleString('en')} rows in ${(ms(process.hrtime.bigint() - t) / 1000).toFixed(0)} s`,
  );
  t = process.hrtime.bigint();
  await db.raw(
    `insert into sdk_evaluation_counters (environment_id, flag_key, variation, hour, count)
     select e.id, 'flag-' || lpad(f::text, 4, '0'), v, h, 1 + (5000 / (f + 1)) * (v + 1) + (random() * 10)::int
     from environments e, generate_series(0, ${FLAGS - 1}) f, generate_series(0, ${VARIATIONS - 1}) v,
          generate_series(date_trunc('hour', now()) - interval '${HOURLY_DAYS * 24 - 1} hours', date_trunc('hour', now()), interval '1 hour') h
     where e.project_id = ?`,
    [project.id],
  );
  const hourlyRows = FLAGS * VARIATIONS * envs.length * HOURLY_DAYS * 24;
  console.log(
    `  hourly counters: ${hourlyRows.toLocaleString('en')} rows in ${(ms(process.hrtime.bigint() - t) / 1000).toFixed(0)} s`,
  );
  // What the intake keeps beside the counters: per-flag daily and per-environment hourly totals.
  await db.raw(
    `insert into sdk_flag_daily (environment_id, day, flag_key, count)
     select environment_id, day, flag_key, sum(count) from sdk_evaluation_daily group by 1, 2, 3`,
  );
  await db.raw(
    `insert into sdk_evaluation_totals (environment_id, hour, count)
     select environment_id, hour, sum(count) from sdk_evaluation_counters group by 1, 2`,
  );
  await db.raw(
    `insert into sdk_flag_usage (environment_id, flag_key, first_evaluated_at, last_evaluated_at)
     select e.id, 'flag-' || lpad(f::text, 4, '0'), now() - interval '${DAILY_DAYS} days', now()
     from environments e, generate_series(0, ${FLAGS - 1}) f where e.project_id = ? and f % 10 <> 0`,
    [project.id],
  );
  await db.raw('analyze');

  // 2. Reads.
  console.log(`reads (in process; load ${load()}):`);
  const service = createInsightsService(db);
  const now = () => new Date();
  // The route hands the service the flag row it resolved; so does the bench.
  const flag42 = (await findFlag(db, project.id, 'flag-0042'))!;
  await timed('project summary (top 10, 14-day sparklines)', 20, () =>
    service.summary(project, now(), 10, 14),
  );
  await timed("a flag's 90-day series by day (3 envs)", 20, () =>
    service.flagUsage(project, flag42, { granularity: 'day' }, now()),
  );
  await timed("a flag's 7-day series by hour (3 envs)", 20, () =>
    service.flagUsage(project, flag42, { granularity: 'hour' }, now()),
  );
  await timed('stale flags (1,000 flags)', 20, () => service.stale(project, now()));
  const envIds = envs.map((e) => e.id);
  await timed('  of which: totals 24 h / 7 d / 30 d', 10, () => store.evaluationTotals(db, envIds, now()));
  await timed('  of which: top 10 flags', 10, () => store.topFlags(db, envIds, now(), 10, 14));
  await timed('  of which: never evaluated', 10, () => store.neverEvaluated(db, project.id, envIds));

  // 3. Intake through a separate API process.
  const keys = Array.from({ length: SDKS }, () => generateToken('server'));
  await db('sdk_keys').insert(
    keys.map((k, i) => ({
      environment_id: envs[i % envs.length]!.id,
      kind: 'server',
      name: `sdk ${i}`,
      prefix: k.prefix,
      hash: k.hash,
    })),
  );
  const port = 4800 + Math.floor(Math.random() * 400);
  const base = `http://127.0.0.1:${port}`;
  api = spawn(
    process.execPath,
    ['--conditions=@ff/source', fileURLToPath(new URL('../api/src/main.ts', import.meta.url))],
    {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error('the API did not become ready within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  const backends = async () =>
    (
      (await db.raw('select pid from pg_stat_activity where datname = ? and pid <> pg_backend_pid()', [name]))
        .rows as { pid: number }[]
    ).map((r) => r.pid);
  const pgCpu = (pids: number[]) =>
    pids.reduce((s, pid) => {
      try {
        return s + cpuSeconds(pid);
      } catch {
        return s;
      }
    }, 0);
  const batch = (round: number, sdk: number) => {
    const start = Date.now() - 10_000;
    const summaries = [];
    for (let f = 0; f < SUMMARY_FLAGS; f++) {
      const flag = `flag-${String((sdk * 7 + f * 13) % FLAGS).padStart(4, '0')}`;
      for (let v = 0; v < 2; v++)
        summaries.push({
          flag,
          variation: v,
          count: 1 + ((round + 1 + f + v) % 500),
          start,
          end: start + 10_000,
        });
    }
    return JSON.stringify({ batchId: `r${round}-s${sdk}-${randomBytes(6).toString('hex')}`, summaries });
  };
  const post = (round: number, sdk: number) =>
    fetch(`${base}/sdk/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys[sdk]!.secret}`, 'content-type': 'application/json' },
      body: batch(round, sdk),
    }).then((r) => {
      if (r.status !== 202)
        return r.text().then((t) => {
          throw new Error(`POST /sdk/v1/events → ${r.status}: ${t}`);
        });
    });
  const stored = async () => Number((await db('sdk_event_batches').count({ n: '*' }))[0]!.n);
  // A warm-up round (key lookups cached, connections open), then the measured ones.
  await Promise.all(keys.map((_, s) => post(-1, s)));
  while ((await stored()) < SDKS) await new Promise((r) => setTimeout(r, 100));
  const pids = await backends();
  const apiBefore = cpuSeconds(api.pid!);
  const pgBefore = pgCpu(pids);
  const wall = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(keys.map((_, s) => post(round, s)));
    const expected = SDKS * (round + 2);
    const deadline = Date.now() + 120_000;
    while ((await stored()) < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
  const wallS = ms(process.hrtime.bigint() - wall) / 1000;
  const apiCpu = (cpuSeconds(api.pid!) - apiBefore) / ROUNDS;
  const pgCpuRound = (pgCpu(pids) - pgBefore) / ROUNDS;
  console.log(
    `intake: ${SDKS} SDK processes × 1 batch of ${SUMMARY_FLAGS * 2} summaries per round, ${ROUNDS} rounds in ${wallS.toFixed(1)} s (load ${load()}):`,
  );
  console.log(
    `  API process   ${(apiCpu * 1000).toFixed(0).padStart(5)} ms CPU per round = ${((apiCpu / 10) * 100).toFixed(2)}% of one core at one round every 10 s`,
  );
  console.log(
    `  Postgres      ${(pgCpuRound * 1000).toFixed(0).padStart(5)} ms CPU per round = ${((pgCpuRound / 10) * 100).toFixed(2)}% of one core (its ${pids.length} backends for this database)`,
  );
  console.log(
    `  together      ${(((apiCpu + pgCpuRound) / 10) * 100).toFixed(2)}% of one core (aim: under 5%)`,
  );
} finally {
  api?.kill('SIGTERM');
  await db.destroy();
  await admin(`drop database if exists "${name}" with (force)`);
}
