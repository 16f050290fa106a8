// @ff/sdk-node against the real API (PGlite, or Postgres with DATABASE_URL): keys made through the
// management API, changes made through it reaching the client over the stream, events stored, a revoked
// key, and a server that is down at start, stopped and restarted on the same port.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../api/src/app.ts';
import { createLogger } from '../../api/src/logger.ts';
import { listen } from '../../api/src/server.ts';
import type { RunningServer } from '../../api/src/server.ts';
import { startApiFixture, seedFixtureData } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { createTestDb } from '../../api/test/db.ts';
import type { TestDb } from '../../api/test/db.ts';
import { createClient } from '../src/client.ts';
import type { Client } from '../src/client.ts';
import type { ClientOptions } from '../src/options.ts';
import type { ChangeEvent, ErrorEvent } from '../src/types.ts';
import { whenClient } from './fake-api.ts';

const tunables = { FF_SSE_HEARTBEAT_MS: '200', FF_SSE_KEY_CHECK_MS: '100' };
const clients: Client[] = [];
let fx: ApiFixture;

beforeAll(async () => {
  Object.assign(process.env, tunables);
  fx = await startApiFixture();
}, 120_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await fx?.close();
  for (const k of Object.keys(tunables)) delete process.env[k];
}, 60_000);

async function createKey(env: string, kind: 'server' | 'client', via = fx) {
  const res = await via.call('owner', 'POST', `/api/v1/projects/demo/environments/${env}/sdk-keys`, {
    body: { kind, name: `sdk-node ${kind} key` },
  });
  expect(res.status).toBe(201);
  return { secret: res.body.key as string, id: res.body.id as string };
}

/** A client that records its requests, changes and errors. */
function start(options: ClientOptions) {
  const requests: string[] = [];
  const client = createClient({
    initialBackoff: 100,
    maxBackoff: 1_000,
    flushInterval: 60_000,
    ...options,
    fetch: (url, init) => {
      requests.push(`${init.method ?? 'GET'} ${new URL(url).pathname}`);
      return fetch(url, init);
    },
  });
  clients.push(client);
  const changes: ChangeEvent[] = [];
  const errors: ErrorEvent[] = [];
  client.on('change', (c) => changes.push(c));
  client.on('error', (e) => errors.push(e));
  return { client, requests, changes, errors };
}

async function turn(flag: string, env: string, on: boolean, via = fx) {
  const res = await via.call('owner', 'PATCH', `/api/v1/projects/demo/flags/${flag}/environments/${env}`, {
    body: { actions: [{ kind: on ? 'turnOn' : 'turnOff' }] },
  });
  expect(res.status).toBe(200);
}

describe('against the real API', () => {
  it('serves the environment’s ruleset; allFlags equals what POST /sdk/v1/evaluate answers a client key', async () => {
    const server = await createKey('staging', 'server');
    const browser = await createKey('staging', 'client');
    const { client } = start({ sdkKey: server.secret, baseUrl: fx.url, sendEvents: false });
    const ready = await client.ready({ timeout: 10_000 });
    expect(ready).toMatchObject({ ok: true, status: 'ready', source: 'server' });
    const config = await fetch(`${fx.url}/sdk/v1/config`, {
      headers: { authorization: `Bearer ${server.secret}` },
    });
    expect(ready.version).toBe(((await config.json()) as { version: number }).version);
    for (const context of [
      { key: 'user-1' },
      { key: 'user-2', plan: 'pro', country: 'US' },
      { key: 'alice' },
    ]) {
      const res = await fetch(`${fx.url}/sdk/v1/evaluate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${browser.secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ context }),
      });
      expect(client.allFlags(context)).toEqual(((await res.json()) as { flags: unknown }).flags);
    }
  });

  it('a change made through the management API reaches the client over the stream', async () => {
    const key = await createKey('development', 'server');
    const { client, changes } = start({ sdkKey: key.secret, baseUrl: fx.url, sendEvents: false });
    await client.ready({ timeout: 10_000 });
    const before = client.version!;
    const seen = changes.length;
    await turn('new-checkout', 'development', false);
    await whenClient(
      client,
      () => changes.slice(seen).some((c) => c.flags.includes('new-checkout')),
      'the change',
    );
    expect(client.version).toBeGreaterThan(before);
    expect(client.evaluate('new-checkout', 'user-1')).toMatchObject({ reason: 'DISABLED' });
    await turn('new-checkout', 'development', true);
    await whenClient(
      client,
      () => client.evaluate('new-checkout', 'user-1').reason !== 'DISABLED',
      'turned on',
    );
  });

  it('evaluation summaries and tracked events are stored', async () => {
    const key = await createKey('staging', 'server');
    const { client } = start({ sdkKey: key.secret, baseUrl: fx.url });
    await client.ready({ timeout: 10_000 });
    for (let i = 0; i < 3; i++) client.isEnabled('new-checkout', `user-${i}`);
    client.isEnabled('no-such-flag', 'user-1');
    client.track('checkout-completed', { key: 'user-1' }, 99.5);
    await client.flush();
    // Accepted at once (202), stored asynchronously: poll the tables.
    const counters = async () =>
      (await fx.db('sdk_evaluation_counters').whereIn('flag_key', ['new-checkout', 'no-such-flag']).select())
        .map((r) => [r.flag_key, r.variation, Number(r.count)])
        .sort();
    let rows: unknown[] = [];
    await vi.waitFor(
      async () => {
        rows = await counters();
        expect(rows.length).toBeGreaterThanOrEqual(2);
      },
      { timeout: 20_000, interval: 50 },
    );
    const total = (rows as [string, number, number][]).reduce(
      (sum, [flag, , n]) => (flag === 'new-checkout' ? sum + n : sum),
      0,
    );
    expect(total).toBe(3);
    expect(rows).toContainEqual(['no-such-flag', -1, 1]);
    const events = await fx.db('sdk_events').where({ name: 'checkout-completed' }).select();
    expect(events.map((e) => [e.context_key, e.value])).toEqual([['user-1', 99.5]]);
  });

  it('a revoked key stops the client cleanly: status failed, an auth error, the last ruleset served', async () => {
    const key = await createKey('staging', 'server');
    const { client, errors } = start({ sdkKey: key.secret, baseUrl: fx.url, sendEvents: false });
    await client.ready({ timeout: 10_000 });
    const res = await fx.call(
      'owner',
      'DELETE',
      `/api/v1/projects/demo/environments/staging/sdk-keys/${key.id}`,
    );
    expect([200, 204]).toContain(res.status);
    await whenClient(client, () => client.status === 'failed', 'status failed');
    expect(errors.some((e) => e.kind === 'auth')).toBe(true);
    // That nothing is sent afterwards, ever, is shown on a fake clock in client-sync.test.ts: no timer is
    // left and ten minutes pass without a request (waiting here could only show "not within N ms").
    expect(client.isEnabled('new-checkout', 'user-1', true)).toBeTypeOf('boolean'); // still serving
  });
});

/** A free TCP port on loopback (the server is started on it later). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('a server that is down, stopped and restarted', () => {
  let testDb: TestDb;
  let port: number;
  let running: RunningServer | undefined;
  const logger = createLogger({ level: 'silent' });
  const up = async () => {
    running = await listen(createApp({ db: testDb.db, logger }), { port, host: '127.0.0.1', logger });
  };
  const down = async () => {
    await running?.close(2_000);
    running = undefined;
  };
  let tokens: Awaited<ReturnType<typeof seedFixtureData>>['tokens'];
  const manage = async (method: string, path: string, body?: unknown) =>
    fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens.owner}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    testDb = await createTestDb();
    tokens = (await seedFixtureData(testDb.db)).tokens;
    port = await freePort();
  }, 120_000);
  afterAll(async () => {
    await down();
    await testDb?.destroy();
  }, 60_000);

  it('unreachable at start: ready() fails within its timeout, bootstrap serves; the client recovers once the API is up', async () => {
    const bootstrap = {
      version: 1,
      flags: {
        'new-checkout': {
          key: 'new-checkout',
          kind: 'boolean' as const,
          variations: [
            { name: 'on', value: true },
            { name: 'off', value: false },
          ],
          config: {
            on: true,
            offVariation: 1,
            prerequisites: [],
            targets: [],
            rules: [],
            fallthrough: { variation: 0 },
          },
        },
      },
      segments: {},
    };
    const { client } = start({
      sdkKey: 'ff_srv_not-yet',
      baseUrl: `http://127.0.0.1:${port}`,
      bootstrap,
      sendEvents: false,
    });
    // That ready() gives up at its timeout, no later, is shown on a fake clock in client-sync.test.ts.
    const ready = await client.ready({ timeout: 500 });
    expect(ready).toMatchObject({ ok: false, status: 'timeout', source: 'bootstrap' });
    expect(ready.error).toMatch(/ECONNREFUSED|fetch failed/);
    expect(client.isEnabled('new-checkout', 'u')).toBe(true);
    expect(client.isEnabled('unknown-flag', 'u', true)).toBe(true);
    await client.close();

    // The real key exists only once the API runs; the same client shape then becomes ready by itself.
    await up();
    const res = await manage('POST', '/api/v1/projects/demo/environments/development/sdk-keys', {
      kind: 'server',
    });
    const key = ((await res.json()) as { key: string }).key;
    await down();
    const second = start({ sdkKey: key, baseUrl: `http://127.0.0.1:${port}`, bootstrap, sendEvents: false });
    expect(await second.client.ready({ timeout: 300 })).toMatchObject({ ok: false, source: 'bootstrap' });
    await up();
    expect(await second.client.ready({ timeout: 15_000 })).toMatchObject({ ok: true, source: 'server' });
    expect(second.changes.at(-1)?.source).toBe('server');

    // Stopped: the last good ruleset keeps serving. A change made while the client is away (right after
    // the restart, before it reconnects) is not lost.
    const version = second.client.version!;
    await down();
    await whenClient(second.client, () => second.client.status === 'stale', 'stale');
    expect(second.client.isEnabled('new-checkout', 'u', false)).toBeTypeOf('boolean');
    await up();
    const off = await manage('PATCH', '/api/v1/projects/demo/flags/new-checkout/environments/development', {
      actions: [{ kind: 'turnOff' }],
    });
    expect(off.status).toBe(200);
    const disabled = () => second.client.evaluate('new-checkout', 'u').reason === 'DISABLED';
    await whenClient(second.client, disabled, 'the change made while away');
    expect(second.client.version).toBeGreaterThan(version);
    expect(second.client.status).toBe('ready');
  }, 90_000);
});
