// When the client counts as stale, and the `status` events that say so, against a scripted API (no
// sockets); and the OpenFeature provider handed a client that is already stale. The cut-and-restore story
// through real sockets and the real API is in openfeature-stale.http.test.ts.
import { OpenFeature, ProviderEvents, ProviderStatus } from '@openfeature/server-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientOptions } from '../src/options.ts';
import type { Client } from '../src/client.ts';
import { FfProvider } from '../src/openfeature.ts';
import type { StatusEvent } from '../src/types.ts';
import { boolFlag, ruleset } from './builders.ts';
import { clientOf, fakeApi, until } from './fake-api.ts';
import type { FakeApi } from './fake-api.ts';

const clients: Client[] = [];
afterEach(async () => {
  await OpenFeature.close();
  await Promise.all(clients.splice(0).map((c) => c.close()));
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
    await until(() => api.count('/sdk/v1/config') === 1, 1_000, 'the poll after the cut');
    const second = await api.waitForStream(2);
    second.send('patch', { version: 2, kind: 'flag', key: 'a', value: boolFlag('a', { on: false }) }, 2);
    await until(() => client.version === 2);
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
    await until(() => client.status === 'stale', 2_000, 'stale');
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
    await until(() => client.status === 'ready', 2_000, 'ready again');
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
    await until(() => client.status === 'stale', 2_000, 'stale');
    const reopened = await api.waitForStream(2);
    expect(reopened.lastEventId).toBe('1');
    await until(() => client.status === 'ready', 2_000, 'ready again');
    expect(statuses.map((s) => s.status)).toEqual(['ready', 'stale', 'ready']);
  });

  it('with stream: false, a failing poll makes it stale and the next good one ready', async () => {
    const api = fakeApi();
    let up = true;
    api.config = configServing(doc, () => up);
    const { client, statuses } = start(api, { stream: false, pollInterval: 30 });
    await client.ready({ timeout: 1_000 });
    up = false;
    await until(() => client.status === 'stale', 2_000, 'stale');
    expect(statuses.at(-1)).toEqual({
      status: 'stale',
      previous: 'ready',
      reason: 'poll failed (GET /sdk/v1/config answered 500)',
    });
    up = true;
    await until(() => client.status === 'ready', 2_000, 'ready again');
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
    await until(() => client.status === 'failed', 2_000, 'failed');
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
    await until(() => client.status === 'stale', 2_000, 'stale');

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
