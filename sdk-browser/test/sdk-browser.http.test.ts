// @ff/sdk-browser's real client in Node against the real API (PGlite, or Postgres with DATABASE_URL):
// a client key made through the management API, values, a change made through the management API (what
// `ff flags on` sends) reaching the client over the stream, identify, and tracked events and evaluation
// summaries stored in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../api/src/logger.ts';
import { eventSink } from '../../api/src/modules/sdk/events.ts';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { createClient } from '../src/index.ts';
import type { Client } from '../src/index.ts';
import { memoryStorage } from './fake-api.ts';

const tunables = { FF_SSE_HEARTBEAT_MS: '200', FF_SSE_KEY_CHECK_MS: '100' };
let fx: ApiFixture;
let key: string;
const clients: Client[] = [];

beforeAll(async () => {
  Object.assign(process.env, tunables);
  fx = await startApiFixture();
  const res = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/staging/sdk-keys', {
    body: { kind: 'client', name: 'browser' },
  });
  expect(res.status).toBe(201);
  key = res.body.key as string;
}, 120_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await fx?.close();
  for (const k of Object.keys(tunables)) delete process.env[k];
}, 60_000);

function start(context: Record<string, unknown>) {
  const client = createClient({
    clientKey: key,
    baseUrl: fx.url,
    context,
    storage: memoryStorage(),
    flushInterval: 3_600_000,
  });
  clients.push(client);
  return client;
}

const turn = async (flag: string, on: boolean) => {
  const res = await fx.call('owner', 'PATCH', `/api/v1/projects/demo/flags/${flag}/environments/staging`, {
    body: { actions: [{ kind: on ? 'turnOn' : 'turnOff' }] },
  });
  expect(res.status).toBe(200);
};

describe('@ff/sdk-browser against the real API', () => {
  it('is ready with what POST /sdk/v1/evaluate answers, and a change arrives over the stream', async () => {
    const client = start({ key: 'user-ada', email: 'ada@example.com' });
    expect(await client.ready()).toBe('ready');
    const evaluated = await fetch(`${fx.url}/sdk/v1/evaluate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ context: { key: 'user-ada', email: 'ada@example.com' } }),
    });
    const { flags } = (await evaluated.json()) as { flags: Record<string, { value: unknown }> };
    expect(client.allFlags()).toEqual(
      Object.fromEntries(Object.entries(flags).map(([k, f]) => [k, f.value])),
    );
    expect(client.isEnabled('new-checkout')).toBe(false);

    const changed = new Promise<readonly string[]>((resolve) =>
      client.on('change', ({ keys }) => resolve(keys)),
    );
    await turn('new-checkout', true);
    expect(await changed).toEqual(['new-checkout']);
    expect(client.isEnabled('new-checkout')).toBe(true);
    await turn('new-checkout', false);
  });

  it('identifies another user with their values', async () => {
    const client = start({ key: 'user-ada', email: 'ada@example.com' });
    await client.ready();
    const adaBanner = client.getValue('banner-config', null);
    expect(await client.identify({ key: 'user-zed', email: 'zed@elsewhere.example' })).toBe('ready');
    expect(client.context.key).toBe('user-zed');
    expect(client.getValue('banner-config', null)).not.toEqual(adaBanner);
  });

  it('sends tracked events and evaluation summaries that land in the database', async () => {
    const client = start({ key: 'user-track' });
    await client.ready();
    client.isEnabled('new-checkout');
    client.track('browser-purchase', 12.5);
    await client.flush();
    await eventSink(fx.db, createLogger({ level: 'silent' })).drain();
    const events = await fx.db('sdk_events').where({ name: 'browser-purchase' }).select();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ context_key: 'user-track' });
    const counters = await fx.db('sdk_evaluation_counters').where({ flag_key: 'new-checkout' }).select();
    expect(counters.length).toBeGreaterThan(0);
  });
});
