// npm run bench:propagation — toggle-to-SDK latency: how long after a flag toggle is sent to the
// management API an SDK's open stream sees the patch. Two API processes (npm start's entry) run on one
// fresh database of the real Postgres server (FF_BENCH_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/test, whose server gets a new database that is dropped afterwards).
// 200 toggles (FF_BENCH_TOGGLES) one after the other, each waiting for its patch, first with the stream
// on the replica that takes the write, then on the other one (Postgres NOTIFY between them). It prints
// p50/p99/max; it never fails.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openSse } from '../api/test/sse-client.ts';
import type { SseClient } from '../api/test/sse-client.ts';

const serverUrl = process.env.FF_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const toggles = Number(process.env.FF_BENCH_TOGGLES ?? 200);
const warmup = 10;
const token = `ff_pat_${randomBytes(32).toString('base64url')}`;
const mainTs = fileURLToPath(new URL('../api/src/main.ts', import.meta.url));
// The replicas seed a database that is dropped afterwards: the CLI profile their first start writes goes
// to a directory of their own, never the user's `local` profile.
const cliConfigDir = mkdtempSync(join(tmpdir(), 'ff-bench-propagation-'));

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const children: ChildProcess[] = [];
process.on('exit', () => {
  children.forEach((c) => c.kill('SIGKILL'));
  rmSync(cliConfigDir, { recursive: true, force: true });
});

async function startReplica(databaseUrl: string): Promise<string> {
  const child = spawn(process.execPath, ['--conditions=@ff/source', mainTs], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      FF_BOOTSTRAP_TOKEN: token,
      FF_CONFIG_DIR: cliConfigDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = /ff (?:is running at|listening on) (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`an API replica exited with ${code}`)));
  });
}

async function call(base: string, method: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Toggles through `writer` while `stream` is open; the ms from sending each toggle to its patch. */
async function run(
  writer: string,
  stream: SseClient,
  n: number,
): Promise<{ event: number[]; write: number[] }> {
  const path = '/api/v1/projects/demo/flags/new-checkout/environments/staging';
  const times: number[] = [];
  const writes: number[] = [];
  let on = false;
  for (let i = 0; i < n; i++) {
    on = !on;
    const from = stream.events.length;
    const sent = performance.now();
    const [, patch] = await Promise.all([
      call(writer, 'PATCH', path, { actions: [{ kind: on ? 'turnOn' : 'turnOff' }] }).then(() =>
        writes.push(performance.now() - sent),
      ),
      stream.next(
        (e) => {
          if (e.event !== 'patch') return false;
          const d = JSON.parse(e.data) as { key: string; value: { config: { on: boolean } } };
          return d.key === 'new-checkout' && d.value.config.on === on;
        },
        10_000,
        from,
      ),
    ]);
    times.push(patch.at - sent);
  }
  return { event: times, write: writes };
}

function report(name: string, times: number[]): void {
  const s = [...times].sort((a, b) => a - b);
  const f = (v: number) => `${v.toFixed(1)} ms`.padStart(9);
  console.log(
    `${name.padEnd(40)} p50 ${f(pct(s, 50))}  p99 ${f(pct(s, 99))}  max ${f(s.at(-1)!)}  (n=${s.length})`,
  );
}

const database = `ff_bench_propagation_${randomBytes(4).toString('hex')}`;
const dbUrl = new URL(serverUrl);
dbUrl.pathname = `/${database}`;
await admin(`create database "${database}"`);
try {
  // One after the other: the first migrates and seeds the new database.
  const a = await startReplica(dbUrl.toString());
  const b = await startReplica(dbUrl.toString());
  const { key } = (await call(a, 'POST', '/api/v1/projects/demo/environments/staging/sdk-keys', {
    kind: 'server',
    name: 'propagation bench',
  })) as { key: string };
  const headers = { authorization: `Bearer ${key}` };
  const onA = await openSse(`${a}/sdk/v1/stream`, headers);
  const onB = await openSse(`${b}/sdk/v1/stream`, headers);
  await Promise.all([onA.next(), onB.next()]);

  console.log(`toggle → SSE patch, ${toggles} sequential toggles each (Postgres ${dbUrl.host}, 2 replicas)`);
  await run(a, onA, warmup);
  const one = await run(a, onA, toggles);
  report('one replica (write and stream on A)', one.event);
  await run(a, onB, warmup);
  const two = await run(a, onB, toggles);
  report('across replicas (write on A, stream on B)', two.event);
  // For scale: the toggle's own HTTP round trip (PATCH → 200), which the figures above include.
  report('the toggle request alone (PATCH → 200)', [...one.write, ...two.write]);
  console.log('aim: p99 under 100 ms across replicas');
  onA.close();
  onB.close();
} finally {
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(
    children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r)))),
  );
  await admin(`drop database if exists "${database}" with (force)`);
}
