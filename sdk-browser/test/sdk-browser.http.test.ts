// @ff/sdk-browser's real client in Node against the real API (PGlite, or Postgres with DATABASE_URL):
// a client key made through the management API, values, a change made through the management API (what
// `ff flags on` sends) reaching the client over the stream, identify, and tracked events and evaluation
// summaries stored in the database, and automatic experiment exposures.
import { enrolledVariant } from '@ff/engine';
import { createClient as createServerClient } from '@ff/sdk-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../api/src/logger.ts';
import { eventSink } from '../../api/src/modules/sdk/events.ts';
import { drainEvents } from '../../api/src/modules/sdk/test-helpers.ts';
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

function start(context: Record<string, unknown>, fetch?: typeof globalThis.fetch) {
  const client = createClient({
    clientKey: key,
    baseUrl: fx.url,
    context,
    storage: memoryStorage(),
    flushInterval: 3_600_000,
    ...(fetch ? { fetch } : {}),
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

  it("records one exposure per enrolled unit of a running experiment's flag, none for other flags", async () => {
    const created = await fx.call('owner', 'POST', '/api/v1/projects/demo/experiments', {
      body: {
        key: 'browser-banner',
        environment: 'staging',
        allocation: 50,
        variants: [
          { key: 'control', weight: 1 },
          { key: 'treatment', weight: 1 },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const flag = await fx.call('owner', 'GET', '/api/v1/projects/demo/flags/browser-banner');
    const visible = await fx.call('owner', 'PATCH', '/api/v1/projects/demo/flags/browser-banner', {
      headers: { 'if-match': flag.headers.get('etag')! },
      body: { clientSide: true },
    });
    expect(visible.status, JSON.stringify(visible.body)).toBe(200);
    const launched = await fx.call(
      'owner',
      'POST',
      '/api/v1/projects/demo/experiments/browser-banner/transitions',
      {
        body: { action: 'launch' },
      },
    );
    expect(launched.status, JSON.stringify(launched.body)).toBe(200);

    // What the clients report, as the API receives it.
    const reported: { flag: string; variation: number; contextKey: string }[] = [];
    const recording: typeof globalThis.fetch = (url, init) => {
      if (String(url).endsWith('/sdk/v1/events') && typeof init?.body === 'string')
        reported.push(...((JSON.parse(init.body) as { exposures?: typeof reported }).exposures ?? []));
      return fetch(url, init);
    };
    const split = { weights: [1, 1], allocation: 50, salt: 'experiment:browser-banner' };
    const units = Array.from({ length: 16 }, (_, i) => `banner-user-${i}`);
    for (const unit of units) {
      const client = start({ key: unit }, recording);
      expect(await client.ready()).toBe('ready');
      // Served what the experiment enrolls the unit in (control outside the allocation).
      expect(client.getVariant('browser-banner')).toBe(
        enrolledVariant(split, unit) === 1 ? 'treatment' : 'control',
      );
      client.getValue('browser-banner', 'x');
      client.isEnabled('new-checkout');
      await client.flush();
      client.getVariant('browser-banner');
      await client.close();
    }
    const enrolled = units.filter((u) => enrolledVariant(split, u) !== null);

    // sdk-node's allFlags, what a page is bootstrapped with, is the very same shape, marker included.
    const serverKey = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/staging/sdk-keys', {
      body: { kind: 'server', name: 'page server' },
    });
    const server = createServerClient({
      sdkKey: serverKey.body.key as string,
      baseUrl: fx.url,
      sendEvents: true,
    });
    try {
      await server.ready();
      for (const unit of [enrolled[0]!, units.find((u) => !enrolled.includes(u))!]) {
        const evaluated = await fetch(`${fx.url}/sdk/v1/evaluate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ context: { key: unit } }),
        });
        const { flags } = (await evaluated.json()) as { flags: Record<string, { inExperiment?: true }> };
        expect(flags['browser-banner']!.inExperiment).toBe(enrolled.includes(unit) ? true : undefined);
        expect(server.allFlags({ key: unit })).toEqual(flags);
      }
    } finally {
      await server.close();
    }
    expect(enrolled.length).toBeGreaterThan(0);
    expect(enrolled.length).toBeLessThan(units.length);
    // Reported once per enrolled unit (two reads, two flushes), for the experiment's flag only.
    expect(reported.map((x) => x.contextKey).sort()).toEqual([...enrolled].sort());
    expect(new Set(reported.map((x) => x.flag))).toEqual(new Set(['browser-banner']));

    await drainEvents(fx);
    const experiment = await fx.db('experiments').where({ key: 'browser-banner' }).first('id');
    const rows = (await fx
      .db('experiment_exposures')
      .where({ experiment_id: experiment.id })
      .select('unit', 'variant')) as { unit: string; variant: number }[];
    expect(rows.sort((a, b) => a.unit.localeCompare(b.unit))).toEqual(
      [...enrolled].sort().map((unit) => ({ unit, variant: enrolledVariant(split, unit) })),
    );
  });
});
