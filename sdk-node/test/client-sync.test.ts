// The client against a scripted API (fake fetch, no sockets): the stream, reconnects, polling, refused
// payloads and keys. The same behaviours run against the real API in sdk-node.http.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientOptions } from '../src/options.ts';
import type { Client } from '../src/client.ts';
import type { ChangeEvent, ErrorEvent } from '../src/types.ts';
import { boolFlag, ruleset } from './builders.ts';
import { clientOf, fakeApi, until } from './fake-api.ts';
import type { FakeApi } from './fake-api.ts';

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

function start(api: FakeApi, extra: ClientOptions = {}) {
  const client = clientOf(api, clients, extra);
  const changes: ChangeEvent[] = [];
  const errors: ErrorEvent[] = [];
  client.on('change', (c) => changes.push(c));
  client.on('error', (e) => errors.push(e));
  return { client, changes, errors };
}

describe('streaming', () => {
  it('becomes ready on the first put, sends the key, and applies patches and deletes', async () => {
    const api = fakeApi();
    const { client, changes } = start(api);
    const stream = await api.waitForStream(1);
    expect(stream.lastEventId).toBeUndefined();
    expect(api.requests[0]!.headers.get('authorization')).toBe('Bearer ff_srv_test');
    expect(client.isEnabled('a', 'u')).toBe(false);
    stream.send('put', ruleset(3, [boolFlag('a'), boolFlag('b')]), 3);
    expect(await client.ready({ timeout: 1_000 })).toEqual({
      ok: true,
      status: 'ready',
      source: 'server',
      version: 3,
    });
    expect(client.isEnabled('a', 'u')).toBe(true);
    stream.send('patch', { version: 4, kind: 'flag', key: 'a', value: boolFlag('a', { on: false }) }, 4);
    await until(() => client.version === 4);
    expect(client.isEnabled('a', 'u')).toBe(false);
    stream.send('delete', { version: 5, kind: 'flag', key: 'b' }, 5);
    await until(() => client.version === 5);
    expect(client.evaluate('b', 'u')).toMatchObject({ reason: 'ERROR', errorCode: 'FLAG_NOT_FOUND' });
    expect(changes.map((c) => [c.version, c.flags])).toEqual([
      [3, ['a', 'b']],
      [4, ['a']],
      [5, ['b']],
    ]);
  });

  it('a stream cut mid-event reconnects with Last-Event-ID and loses no change', async () => {
    const api = fakeApi();
    const { client } = start(api);
    const first = await api.waitForStream(1);
    first.send('put', ruleset(10, [boolFlag('a')]), 10);
    await client.ready({ timeout: 1_000 });
    // Half of a patch, then the connection breaks: the partial event must not be applied.
    first.write('id: 11\nevent: patch\ndata: {"version":11,"kind":"flag","key":"a",');
    first.cut();
    const second = await api.waitForStream(2);
    expect(second.lastEventId).toBe('10');
    expect(client.version).toBe(10);
    // The server replays what the client missed.
    second.send('patch', { version: 11, kind: 'flag', key: 'a', value: boolFlag('a', { on: false }) }, 11);
    await until(() => client.version === 11);
    expect(client.isEnabled('a', 'u')).toBe(false);
    expect(client.status).toBe('ready');
  });

  it('a payload failing the schema is refused: the last good ruleset stays, an error event says why', async () => {
    const api = fakeApi();
    const { client, errors } = start(api);
    const stream = await api.waitForStream(1);
    stream.send('put', ruleset(1, [boolFlag('a')]), 1);
    await client.ready({ timeout: 1_000 });
    stream.send(
      'put',
      { version: 2, flags: { a: { ...boolFlag('a'), variations: 'broken' } }, segments: {} },
      2,
    );
    stream.send(
      'patch',
      { version: 3, kind: 'flag', key: 'a', value: boolFlag('a', { offVariation: 5 }) },
      3,
    );
    stream.write('event: put\ndata: {not json\n\n');
    await until(() => errors.filter((e) => e.kind === 'payload').length === 3);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/flags\.a\.variations/);
    expect(client.version).toBe(1);
    expect(client.isEnabled('a', 'u')).toBe(true);
  });

  it('a refused key (401) stops everything cleanly: status failed, no more requests', async () => {
    const api = fakeApi();
    api.stream = (n) => (n === 1 ? 'open' : { status: 401, body: { title: 'revoked' } });
    api.config = () => ({ status: 401 });
    const { client, errors } = start(api);
    const stream = await api.waitForStream(1);
    stream.send('put', ruleset(1, [boolFlag('a')]), 1);
    await client.ready({ timeout: 1_000 });
    stream.end(); // the server closes the revoked key's stream
    await until(() => client.status === 'failed');
    expect(errors.some((e) => e.kind === 'auth')).toBe(true);
    const seen = api.requests.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(api.requests.length).toBe(seen);
    expect(client.isEnabled('a', 'u')).toBe(true); // the last good ruleset keeps serving
    expect(await client.ready({ timeout: 10 })).toMatchObject({ ok: false, status: 'failed', version: 1 });
  });
});

describe('outages', () => {
  it('API unreachable at start: ready() resolves with a failed status within the timeout; bootstrap serves', async () => {
    const api = fakeApi();
    api.stream = () => 'network-error';
    api.config = () => 'network-error';
    const { client } = start(api, { bootstrap: ruleset(2, [boolFlag('a', { on: false })]) });
    const t0 = Date.now();
    const ready = await client.ready({ timeout: 300 });
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(ready).toMatchObject({ ok: false, status: 'timeout', source: 'bootstrap', version: 2 });
    expect(ready.error).toMatch(/ECONNREFUSED/);
    expect(client.isEnabled('a', 'u', true)).toBe(false); // from the bootstrap
    expect(client.isEnabled('unknown', 'u', true)).toBe(true); // the call's default
  });

  it('500s back off instead of storming, and polling with ETags keeps the client current meanwhile', async () => {
    const api = fakeApi();
    api.stream = () => ({ status: 500 });
    let served = 0;
    api.config = (headers) => {
      if (headers.get('if-none-match') === '"7"') return { status: 304 };
      served++;
      return { status: 200, body: ruleset(7, [boolFlag('a')]), headers: { etag: '"7"' } };
    };
    const { client } = start(api, { pollInterval: 100 });
    expect(await client.ready({ timeout: 1_000 })).toMatchObject({ ok: true, version: 7 });
    await new Promise((r) => setTimeout(r, 1_500));
    // Delays of 20–40, 40–80, 80–160, 160–320, then 200–400 ms: at most ~9 attempts in 1.5 s (a storm would be hundreds).
    const streamAttempts = api.count('/sdk/v1/stream');
    expect(streamAttempts).toBeGreaterThanOrEqual(4);
    expect(streamAttempts).toBeLessThanOrEqual(10);
    const gaps = api.requests
      .filter((r) => r.path === '/sdk/v1/stream')
      .map((r, i, all) => (i === 0 ? 0 : r.at - all[i - 1]!.at));
    expect(gaps.at(-1)).toBeGreaterThanOrEqual(190);
    expect(served).toBe(1); // later polls were 304s
    expect(api.count('/sdk/v1/config')).toBeGreaterThan(5);
  });

  it('serves the last good ruleset while the stream is down (status stale, ready() still ok)', async () => {
    const api = fakeApi();
    api.stream = (n) => (n === 1 ? 'open' : { status: 503 });
    const { client } = start(api);
    const stream = await api.waitForStream(1);
    stream.send('put', ruleset(2, [boolFlag('a')]), 2);
    await client.ready({ timeout: 1_000 });
    stream.cut();
    await until(() => api.count('/sdk/v1/stream') >= 3);
    expect(client.status).toBe('stale');
    expect(client.isEnabled('a', 'u')).toBe(true);
    expect(await client.ready({ timeout: 10 })).toMatchObject({ ok: true, status: 'ready', version: 2 });
  });

  it('timeouts count as failures and back off too', async () => {
    const api = fakeApi();
    api.stream = () => 'hang';
    api.config = () => 'hang';
    const { client, errors } = start(api, { requestTimeout: 50 });
    await new Promise((r) => setTimeout(r, 800));
    expect(api.count('/sdk/v1/stream')).toBeLessThanOrEqual(7);
    expect(errors.some((e) => /timed out after 50 ms/.test(e.message))).toBe(true);
    expect(client.status).toBe('initializing');
  });

  it('a silent stream (no heartbeat within the idle timeout) is reopened', async () => {
    const api = fakeApi();
    const { client } = start(api, { streamIdleTimeout: 100 });
    const first = await api.waitForStream(1);
    first.send('put', ruleset(1, [boolFlag('a')]), 1);
    await client.ready({ timeout: 1_000 });
    const second = await api.waitForStream(2, 2_000);
    expect(second.lastEventId).toBe('1');
  });

  it('polls only, with stream: false', async () => {
    const api = fakeApi();
    api.config = () => ({ status: 200, body: ruleset(4, [boolFlag('a')]) });
    const { client } = start(api, { stream: false });
    expect(await client.ready({ timeout: 1_000 })).toMatchObject({ ok: true, version: 4 });
    expect(api.count('/sdk/v1/stream')).toBe(0);
  });
});
