// Rate limits across two API processes (`node api/src/main.ts`, as `npm start` runs them) on one
// Postgres database, configured only through FF_RATE_LIMIT_* as an operator would: an SDK key that moves
// to the other replica once its use there has been shared is judged by everything it used. (The bound on
// over-admission while counts are still in flight is shown exactly, with a driven clock, in
// rate-limit.http.test.ts.) Needs a real Postgres server, so it runs only with DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/knex.ts';
import type { Db } from '../../db/knex.ts';
import { createEmptyPostgresDatabase, onRealPostgres } from '../../../test/db.ts';
import { spawnMain, waitForListening } from '../../../test/spawn.ts';
import type { SpawnedMain } from '../../../test/spawn.ts';

const owner = 'ff_pat_rate-limits-across-two-replicas-0001';
const limit = 10;
const replicas: SpawnedMain[] = [];
let database: { url: string; drop(): Promise<void> } | undefined;
let db: Db | undefined;

async function start(): Promise<string> {
  const proc = spawnMain({
    DATABASE_URL: database!.url,
    PORT: '0',
    FF_BOOTSTRAP_TOKEN: owner,
    FF_RATE_LIMIT_SERVER_SDK: String(limit),
    // One window for the whole test (a day, aligned to UTC midnight), and a quick exchange of counts.
    FF_RATE_LIMIT_WINDOW_SECONDS: '86400',
    FF_RATE_LIMIT_SYNC_MS: '50',
  });
  replicas.push(proc);
  return waitForListening(proc, 60_000);
}

async function config(base: string, key: string): Promise<{ status: number; remaining: string | null }> {
  const res = await fetch(`${base}/sdk/v1/config`, { headers: { authorization: `Bearer ${key}` } });
  await res.arrayBuffer();
  if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  return { status: res.status, remaining: res.headers.get('ratelimit-remaining') };
}

/** Waits until the replicas' shared count for a key reaches `n` (a replica flushed what it admitted). */
async function sharedCountReaches(keyId: string, n: number): Promise<void> {
  // A bound on failure only, generous for a busy machine: the sync runs every FF_RATE_LIMIT_SYNC_MS.
  const deadline = Date.now() + 120_000;
  for (;;) {
    const row = await db!('rate_limit_counts')
      .where({ key: `server:${keyId}` })
      .first('count');
    if (Number(row?.count ?? 0) >= n) return;
    if (Date.now() > deadline) throw new Error(`the shared count of ${keyId} did not reach ${n}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!onRealPostgres)('rate limits across two API replicas (needs DATABASE_URL)', () => {
  let a: string;
  let b: string;

  beforeAll(async () => {
    database = await createEmptyPostgresDatabase();
    // One after the other: the first migrates and seeds, the second finds it done.
    a = await start();
    b = await start();
    db = createDb({ databaseUrl: database.url });
  }, 120_000);

  afterAll(async () => {
    for (const r of replicas) r.child.kill('SIGTERM');
    await Promise.all(replicas.map((r) => r.exited));
    await db?.destroy();
    await database?.drop();
  }, 60_000);

  async function serverKey(): Promise<{ key: string; id: string }> {
    const res = await fetch(`${a}/api/v1/projects/demo/environments/staging/sdk-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'server', name: 'rate limit replicas' }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { key: string; id: string };
  }

  it('refuses on replica B a key that used its limit on replica A', async () => {
    const { key, id } = await serverKey();
    for (let i = 1; i <= limit; i++)
      expect(await config(a, key)).toEqual({ status: 200, remaining: String(limit - i) });
    expect((await config(a, key)).status).toBe(429);
    await sharedCountReaches(id, limit);
    expect(await config(b, key)).toEqual({ status: 429, remaining: '0' });
  }, 300_000);

  it('gives a key split over both replicas exactly its limit in total', async () => {
    const { key, id } = await serverKey();
    for (let i = 0; i < 6; i++) expect((await config(a, key)).status).toBe(200);
    await sharedCountReaches(id, 6);
    const onB = [];
    for (let i = 0; i < 6; i++) onB.push(await config(b, key));
    expect(onB.map((r) => r.status)).toEqual([200, 200, 200, 200, 429, 429]);
    await sharedCountReaches(id, limit);
    const [row] = await db!('rate_limit_counts')
      .where({ key: `server:${id}` })
      .select('count');
    expect(Number(row.count)).toBe(limit);
  }, 300_000);
});
