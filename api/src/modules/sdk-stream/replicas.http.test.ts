// THE multi-node test: two API processes (`node api/src/main.ts`, as `npm start` runs them) on one
// Postgres database, on different ports. A change made through replica A reaches a stream held open on
// replica B (and the other way round), through Postgres LISTEN/NOTIFY: they share nothing else.
// It needs a real Postgres server, so it runs only with DATABASE_URL (CI sets it); PGlite is one
// process by construction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, onRealPostgres } from '../../../test/db.ts';
import { spawnMain, waitForListening } from '../../../test/spawn.ts';
import type { SpawnedMain } from '../../../test/spawn.ts';
import { openSse } from '../../../test/sse-client.ts';
import type { SseClient, SseMessage } from '../../../test/sse-client.ts';

const owner = 'ff_pat_two-replicas-share-one-database-0001';
const replicas: { proc: SpawnedMain; url: string }[] = [];
const streams: SseClient[] = [];
let database: { url: string; drop(): Promise<void> } | undefined;

async function start(): Promise<{ proc: SpawnedMain; url: string }> {
  const proc = spawnMain({
    DATABASE_URL: database!.url,
    PORT: '0',
    FF_BOOTSTRAP_TOKEN: owner,
    FF_SSE_HEARTBEAT_MS: '1000',
  });
  // A bound on a failure only (a loaded machine starts a replica slowly).
  const replica = { proc, url: await waitForListening(proc, 240_000) };
  replicas.push(replica);
  return replica;
}

async function api(base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${owner}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

const toggle = (base: string, flag: string, on: boolean) =>
  api(base, 'PATCH', `/api/v1/projects/demo/flags/${flag}/environments/staging`, {
    actions: [{ kind: on ? 'turnOn' : 'turnOff' }],
  });

const json = (e: SseMessage) => JSON.parse(e.data);

describe.skipIf(!onRealPostgres)('two API replicas on one Postgres database (needs DATABASE_URL)', () => {
  let a: { url: string };
  let b: { url: string };
  let serverKey: string;
  let clientKey: string;

  beforeAll(async () => {
    database = await createEmptyPostgresDatabase();
    // One after the other: the first migrates and seeds, the second finds it done.
    a = await start();
    b = await start();
    const keys = '/api/v1/projects/demo/environments/staging/sdk-keys';
    serverKey = (await api(a.url, 'POST', keys, { kind: 'server', name: 'replica test' })).key;
    clientKey = (await api(b.url, 'POST', keys, { kind: 'client', name: 'replica test' })).key;
  }, 600_000); // two replicas started one after the other, each bounded at 240 s

  afterAll(async () => {
    for (const s of streams) s.close();
    for (const r of replicas) r.proc.child.kill('SIGTERM');
    await Promise.all(replicas.map((r) => r.proc.exited));
    await database?.drop();
  }, 60_000);

  async function stream(base: string, key: string, query = ''): Promise<SseClient> {
    const s = await openSse(`${base}/sdk/v1/stream${query}`, { authorization: `Bearer ${key}` });
    streams.push(s);
    expect(s.status).toBe(200);
    expect((await s.next()).event).toBe('put');
    return s;
  }

  it('delivers a flag changed through replica A to a stream held open on replica B', async () => {
    const onB = await stream(b.url, serverKey);
    const mark = onB.events.length;
    const after = await toggle(a.url, 'new-checkout', true);
    // How fast is bench:propagation's question; here only that it arrives.
    const patch = await onB.next((e) => e.event === 'patch', 20_000, mark);
    expect(json(patch)).toMatchObject({ kind: 'flag', key: 'new-checkout', value: { config: { on: true } } });
    expect(after.version).toBe(json(patch).value.version);
    expect(Number(patch.id)).toBe(json(patch).version);
  });

  it('delivers the other way round too, to server and client streams alike, with rising ids', async () => {
    const onA = await stream(a.url, serverKey);
    const ctx = Buffer.from(JSON.stringify({ key: 'user-ada' })).toString('base64url');
    const clientOnA = await stream(a.url, clientKey, `?context=${ctx}`);
    const marks = [onA.events.length, clientOnA.events.length];
    await toggle(b.url, 'new-checkout', false);
    await toggle(b.url, 'new-checkout', true);
    const isFlag = (e: SseMessage) => e.event === 'patch' && json(e).key === 'new-checkout';
    const first = await onA.next(isFlag, 20_000, marks[0]);
    const second = await onA.next(isFlag, 20_000, onA.events.indexOf(first) + 1);
    expect(Number(second.id)).toBe(Number(first.id) + 1);
    expect(json(second).value.config.on).toBe(true);
    // user-ada is a beta tester: on in staging serves her the beta rule's variation.
    const clientPatch = await clientOnA.next(
      (e) => isFlag(e) && json(e).value.value === true,
      20_000,
      marks[1],
    );
    expect(json(clientPatch).value).toMatchObject({ reason: 'TARGETING_MATCH', ruleId: 'beta-testers' });
  });

  it('keeps the SDK config of replica B current after a change through A (its cache follows the bus)', async () => {
    const config = async () =>
      (await (
        await fetch(`${b.url}/sdk/v1/config`, { headers: { authorization: `Bearer ${serverKey}` } })
      ).json()) as { version: number; flags: Record<string, { config: { on: boolean } }> };
    const before = await config();
    const onB = await stream(b.url, serverKey);
    const mark = onB.events.length;
    await toggle(a.url, 'checkout-flow', false);
    const patch = await onB.next((e) => e.event === 'patch', 20_000, mark);
    const after = await config();
    expect(after.version).toBe(json(patch).version);
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.flags['checkout-flow']?.config.on).toBe(false);
  });
});
