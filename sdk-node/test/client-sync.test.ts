// The client against a scripted API (fake fetch, no sockets): the stream, reconnects, polling, refused
// payloads and keys. The same behaviours run against the real API in sdk-node.http.test.ts.
//
// Time is the subject here (backoff, poll periods, timeouts), so it is a fake clock: tick(ms) moves it on
// and runs whatever falls due, and every delay below is exact, whatever else the machine is doing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientOptions } from '../src/options.ts';
import type { Client } from '../src/client.ts';
import type { ChangeEvent, ErrorEvent, ReadyResult } from '../src/types.ts';
import { boolFlag, ruleset } from './builders.ts';
import { clientOf, fakeApi, tick } from './fake-api.ts';
import type { FakeApi } from './fake-api.ts';

const clients: Client[] = [];
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  vi.useRealTimers();
});

function start(api: FakeApi, extra: ClientOptions = {}) {
  const client = clientOf(api, clients, extra);
  const changes: ChangeEvent[] = [];
  const errors: ErrorEvent[] = [];
  client.on('change', (c) => changes.push(c));
  client.on('error', (e) => errors.push(e));
  return { client, changes, errors };
}

/** Times between consecutive requests to `path`, in (fake) ms. */
function gaps(api: FakeApi, path: string): number[] {
  const at = api.requests.filter((r) => r.path === path).map((r) => r.at);
  return at.slice(1).map((t, i) => t - at[i]!);
}

/** The reconnect delays of clientOf's backoff (40 ms doubling to 400 ms): attempt i waits [c/2, c]. */
const ceiling = (i: number) => Math.min(400, 40 * 2 ** i);

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
    await tick();
    expect(client.version).toBe(4);
    expect(client.isEnabled('a', 'u')).toBe(false);
    stream.send('delete', { version: 5, kind: 'flag', key: 'b' }, 5);
    await tick();
    expect(client.version).toBe(5);
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
    await tick(ceiling(0) / 2 - 1);
    expect(api.streams).toHaveLength(1); // the first reconnect waits 20–40 ms
    await tick(ceiling(0) / 2 + 1);
    const second = api.streams[1]!;
    expect(second.lastEventId).toBe('10');
    expect(client.version).toBe(10);
    // The server replays what the client missed.
    second.send('patch', { version: 11, kind: 'flag', key: 'a', value: boolFlag('a', { on: false }) }, 11);
    await tick();
    expect(client.version).toBe(11);
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
    await tick();
    expect(errors.filter((e) => e.kind === 'payload')).toHaveLength(3);
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
    await tick();
    expect(client.status).toBe('failed');
    expect(errors.some((e) => e.kind === 'auth')).toBe(true);
    // Nothing left scheduled, and nothing sent in the next ten minutes (reconnects, polls).
    expect(vi.getTimerCount()).toBe(0);
    const seen = api.requests.length;
    await tick(600_000);
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
    let ready: ReadyResult | undefined;
    void client.ready({ timeout: 300 }).then((r) => (ready = r));
    await tick(299);
    expect(ready).toBeUndefined(); // still trying (reconnects every 20–400 ms meanwhile)
    await tick(1);
    expect(ready).toMatchObject({ ok: false, status: 'timeout', source: 'bootstrap', version: 2 });
    expect(ready!.error).toMatch(/ECONNREFUSED/);
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
    await tick(5_000);
    // Reconnects wait 20–40, 40–80, 80–160, 160–320, then 200–400 ms each (a storm would be hundreds in 5 s).
    const waits = gaps(api, '/sdk/v1/stream');
    expect(waits.length).toBeGreaterThanOrEqual(15);
    waits.forEach((ms, i) => {
      expect(ms, `reconnect ${i + 1}`).toBeGreaterThanOrEqual(ceiling(i) / 2);
      expect(ms, `reconnect ${i + 1}`).toBeLessThanOrEqual(ceiling(i));
    });
    // Meanwhile the poll runs on its own period: the first at once, then every 100 ms, all 304s.
    expect(served).toBe(1);
    expect(gaps(api, '/sdk/v1/config')).toEqual(Array.from({ length: 50 }, () => 100));
  });

  it('serves the last good ruleset while the stream is down (status stale, ready() still ok)', async () => {
    const api = fakeApi();
    api.stream = (n) => (n === 1 ? 'open' : { status: 503 });
    const { client } = start(api);
    const stream = await api.waitForStream(1);
    stream.send('put', ruleset(2, [boolFlag('a')]), 2);
    await client.ready({ timeout: 1_000 });
    stream.cut();
    await tick(ceiling(0) + ceiling(1));
    expect(api.count('/sdk/v1/stream')).toBe(3);
    expect(client.status).toBe('stale');
    expect(client.isEnabled('a', 'u')).toBe(true);
    expect(await client.ready({ timeout: 10 })).toMatchObject({ ok: true, status: 'ready', version: 2 });
  });

  it('timeouts count as failures and back off too', async () => {
    const api = fakeApi();
    api.stream = () => 'hang';
    api.config = () => 'hang';
    const { client, errors } = start(api, { requestTimeout: 50 });
    await tick(3_000);
    // Each attempt waits 50 ms for an answer, then its backoff delay, before the next.
    const waits = gaps(api, '/sdk/v1/stream');
    expect(waits.length).toBeGreaterThanOrEqual(6);
    waits.forEach((ms, i) => {
      expect(ms, `reconnect ${i + 1}`).toBeGreaterThanOrEqual(50 + ceiling(i) / 2);
      expect(ms, `reconnect ${i + 1}`).toBeLessThanOrEqual(50 + ceiling(i));
    });
    expect(errors.some((e) => /timed out after 50 ms/.test(e.message))).toBe(true);
    expect(client.status).toBe('initializing');
  });

  it('a silent stream (no heartbeat within the idle timeout) is reopened', async () => {
    const api = fakeApi();
    const { client } = start(api, { streamIdleTimeout: 100 });
    const first = await api.waitForStream(1);
    first.send('put', ruleset(1, [boolFlag('a')]), 1);
    await client.ready({ timeout: 1_000 });
    await tick(99);
    expect(api.streams).toHaveLength(1);
    // Silent for 100 ms: dropped, and reopened after the first backoff delay (20–40 ms).
    await tick(1 + ceiling(0));
    expect(api.streams).toHaveLength(2);
    expect(api.streams[1]!.lastEventId).toBe('1');
  });

  it('polls only, with stream: false', async () => {
    const api = fakeApi();
    api.config = () => ({ status: 200, body: ruleset(4, [boolFlag('a')]) });
    const { client } = start(api, { stream: false });
    expect(await client.ready({ timeout: 1_000 })).toMatchObject({ ok: true, version: 4 });
    expect(api.count('/sdk/v1/stream')).toBe(0);
  });
});
