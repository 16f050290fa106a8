// When the client counts as stale, and the `status` events that say so, against a scripted API (no
// sockets); and the OpenFeature provider handed a client that is already stale. The cut-and-restore story
// through real sockets and the real API is in openfeature-stale.http.test.ts. The clock is fake: tick(ms)
// runs what falls due in that time, so reconnect and poll delays are exact on any machine.
import { OpenFeature, ProviderEvents, ProviderStatus } from '@openfeature/server-sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientOptions } from '../src/options.ts';
import type { Client } from '../src/client.ts';
import { FfProvider } from '../src/openfeature.ts';
import type { StatusEvent } from '../src/types.ts';
import { boolFlag, ruleset } from './builders.ts';
import { clientOf, fakeApi, tick } from './fake-api.ts';
import type { FakeApi } from './fake-api.ts';

const clients: Client[] = [];
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(async () => {
  await OpenFeature.close();
  await Promise.all(clients.splice(0).map((c) => c.close()));
  vi.useRealTimers();
});

function start(api: FakeApi, extra: ClientOptions = {}) {
  const client = clientOf(api, clients, extra);
  const statuses: StatusEvent[] = [];
  client.on('status', (s) => statuses.push(s));
  return { client, statuses };
}

/** A config endpoint that serves `doc` (304 once the client has its version) or fails with a 500. */
function configServing(doc: ReturnType<typeof ruleset>, up: () => boolean) {
  return (headers: Headers) => {
    if (!up()) return { status: 500 };
    return headers.get('if-none-match') === `"${doc.version}"`
      ? { status: 304 }
      : { status: 200, body: doc, headers: { etag: `"${doc.version}"` } };
  };
}

describe('client status: stale means no working connection', () => {
  const doc = ruleset(1, [boolFlag('a')]);

  it('a lost stream whose poll succeeds is not stale (a recycled connection is no outage)', async () => {
    const api = fakeApi();
    api.config = configServing(doc, () => true);
    const { client, statuses } = start(api);
    (await api.waitForStream(1)).send('put', doc, 1);
    await client.ready({ timeout: 1_000 });
    api.streams[0]!.cut();
    await tick();
    expect(api.count('/sdk/v1/config')).toBe(1); // the poll after the cut
    await tick(40); // clientOf's first reconnect delay: 20–40 ms
    const second = api.streams[1]!;
    second.send('patch', { version: 2, kind: 'flag', key: 'a', value: boolFlag('a', { on: false }) }, 2);
    await tick();
    expect(client.version).toBe(2);
    expect(statuses).toEqual([{ status: 'ready', previous: 'initializing' }]);
    expect(client.status).toBe('ready');
  });

  it('stream down and its poll failing: stale, with why; a poll that succeeds later makes it ready', async () => {
    const api = fakeApi();
    let up = false;
    api.stream = (n) => (n === 1 ? 'open' : { status: 503 });
    api.config = configServing(doc, () => up);
    const { client, statuses } = start(api, { pollInterval: 50 });
    (await api.waitForStream(1)).send('put', doc, 1);
    await client.ready({ timeout: 1_000 });
    api.streams[0]!.cut();
    await tick();
    expect(client.status).toBe('stale');
    expect(statuses.at(-1)).toEqual({
      status: 'stale',
      previous: 'ready',
      reason: expect.stringMatching(
        /^stream lost \(.+\), poll failed \(GET \/sdk\/v1\/config answered 500\)$/,
      ) as unknown,
    });
    // The last good ruleset keeps serving, and ready() still counts it.
    expect(client.evaluate('a', 'u')).toMatchObject({ value: true, reason: 'DEFAULT' });
    expect(await client.ready({ timeout: 10 })).toMatchObject({ ok: true, status: 'ready', version: 1 });
    up = true;
    await tick(50); // the next poll: one poll interval after the failed one
    expect(client.status).toBe('ready');
    expect(statuses.map((s) => s.status)).toEqual(['ready', 'stale', 'ready']);
    expect(api.streams).toHaveLength(1); // the stream never came back: the poll alone was enough
  });

  it('the stream reopening ends staleness, even while polls still fail', async () => {
    const api = fakeApi();
    api.stream = (n) => (n === 2 ? { status: 503 } : 'open');
    api.config = () => ({ status: 500 });
    const { client, statuses } = start(api);
    (await api.waitForStream(1)).send('put', doc, 1);
    await client.ready({ timeout: 1_000 });
    api.streams[0]!.cut();
    await tick();
    expect(client.status).toBe('stale');
    await tick(40 + 80); // two reconnects: the first refused (503), the second opens
    expect(api.streams).toHaveLength(2);
    expect(api.streams[1]!.lastEventId).toBe('1');
    expect(client.status).toBe('ready');
    expect(statuses.map((s) => s.status)).toEqual(['ready', 'stale', 'ready']);
  });

  it('with stream: false, a failing poll makes it stale and the next good one ready', async () => {
    const api = fakeApi();
    let up = true;
    api.config = configServing(doc, () => up);
    const { client, statuses } = start(api, { stream: false, pollInterval: 30 });
    await client.ready({ timeout: 1_000 });
    up = false;
    await tick(30);
    expect(client.status).toBe('stale');
    expect(statuses.at(-1)).toEqual({
      status: 'stale',
      previous: 'ready',
      reason: 'poll failed (GET /sdk/v1/config answered 500)',
    });
    up = true;
    await tick(40); // after a failure the poll waits its period or the backoff delay (20–40 ms)
    expect(client.status).toBe('ready');
    expect(statuses.map((s) => s.status)).toEqual(['ready', 'stale', 'ready']);
    expect(api.count('/sdk/v1/stream')).toBe(0);
  });

  it('a refused key is failed, not stale, and close() is the last status', async () => {
    const api = fakeApi();
    api.stream = (n) => (n === 1 ? 'open' : { status: 401 });
    api.config = () => ({ status: 401 });
    const { client, statuses } = start(api);
    (await api.waitForStream(1)).send('put', doc, 1);
    await client.ready({ timeout: 1_000 });
    api.streams[0]!.end();
    await tick();
    expect(client.status).toBe('failed');
    await client.close();
    expect(statuses).toEqual([
      { status: 'ready', previous: 'initializing' },
      {
        status: 'failed',
        previous: 'ready',
        reason: expect.stringMatching(/refused the SDK key \(401\)/) as unknown,
      },
      { status: 'closed', previous: 'failed' },
    ]);
  });
});

describe('FfProvider and a client that is already stale', () => {
  it('reports PROVIDER_STALE right after initialize, and keeps serving the last ruleset', async () => {
    const api = fakeApi();
    api.stream = (n) => (n === 1 ? 'open' : { status: 503 });
    api.config = () => ({ status: 500 });
    const { client } = start(api, { pollInterval: 50 });
    (await api.waitForStream(1)).send('put', ruleset(1, [boolFlag('a')]), 1);
    await client.ready({ timeout: 1_000 });
    api.streams[0]!.cut();
    await tick();
    expect(client.status).toBe('stale');
    // OpenFeature schedules its own events on timers: from here on the clock is real again, and the
    // client's pending reconnect and poll (on the fake one) never fire, so it stays stale.
    vi.useRealTimers();

    const of = OpenFeature.getClient('handed-stale');
    const stale = new Promise<string | undefined>((resolve) =>
      of.addHandler(ProviderEvents.Stale, (details) => resolve(details?.message)),
    );
    await OpenFeature.setProviderAndWait('handed-stale', new FfProvider(client));
    expect(await stale).toMatch(/no working connection/);
    expect(of.providerStatus).toBe(ProviderStatus.STALE);
    expect(await of.getBooleanDetails('a', false)).toMatchObject({ value: true, reason: 'DEFAULT' });
  });
});
