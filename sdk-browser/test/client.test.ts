// The browser client against a scripted API (test/fake-api.ts): time on fake timers, waits on events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../src/index.ts';
import type { Client, ClientOptions } from '../src/index.ts';
import { fakeApi, flag, memoryStorage } from './fake-api.ts';

const base = 'https://flags.example.com';
let clients: Client[] = [];
function client(api: ReturnType<typeof fakeApi>, opts: Partial<ClientOptions> = {}): Client {
  const c = createClient({
    clientKey: 'ff_cli_test',
    baseUrl: base,
    fetch: api.fetch,
    storage: memoryStorage(),
    ...opts,
  });
  clients.push(c);
  return c;
}
const changes = (c: Client) => {
  const seen: string[][] = [];
  c.on('change', ({ keys }) => seen.push([...keys].sort()));
  return seen;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
  vi.useRealTimers();
});

describe('values over the stream', () => {
  it('is ready with the put, serves every accessor, and applies patches and deletes', async () => {
    const api = fakeApi({});
    const c = client(api, { context: { key: 'ada', plan: 'pro' } });
    const s = await api.nextStream();
    expect(s.context).toEqual({ key: 'ada', plan: 'pro' });
    expect(api.requests[0]!.headers.authorization).toBe('Bearer ff_cli_test');
    s.send('put', { version: 3, flags: { 'new-checkout': flag(true, 0, 'on'), limit: flag(5, 1) } }, 3);
    expect(await c.ready()).toBe('ready');
    expect(c.isEnabled('new-checkout')).toBe(true);
    expect(c.getValue('limit', 0)).toBe(5);
    expect(c.getVariant('new-checkout')).toBe('on');
    expect(c.getDetail('limit', 0)).toEqual({
      value: 5,
      variant: 'v1',
      reason: 'FALLTHROUGH',
      errorCode: undefined,
    });
    expect(c.getDetail('limit', 'x')).toMatchObject({ value: 'x', errorCode: 'TYPE_MISMATCH' });
    expect(c.getDetail('missing', 1)).toMatchObject({ value: 1, errorCode: 'FLAG_NOT_FOUND' });
    expect(c.allFlags()).toEqual({ 'new-checkout': true, limit: 5 });

    const seen = changes(c);
    const changed = new Promise((r) => c.on('change', r));
    s.send('patch', { version: 4, kind: 'flag', key: 'limit', value: flag(7, 2) }, 4);
    await changed;
    expect(c.getValue('limit', 0)).toBe(7);
    const deleted = new Promise((r) => c.on('change', r));
    s.send('delete', { version: 5, kind: 'flag', key: 'new-checkout' }, 5);
    await deleted;
    expect(c.isEnabled('new-checkout')).toBe(false);
    expect(seen).toEqual([['limit'], ['new-checkout']]);
  });

  it('reconnects with backoff and Last-Event-ID after the stream ends', async () => {
    const api = fakeApi({});
    const c = client(api, { context: { key: 'ada' } });
    const s = await api.nextStream();
    s.send('put', { version: 3, flags: { a: flag(true) } }, 3);
    await c.ready();
    const next = api.nextStream();
    s.end();
    await vi.advanceTimersByTimeAsync(1000);
    const again = await next;
    expect(again.lastEventId).toBe('3');
    expect(c.status).toBe('ready');
  });

  it('falls back to an evaluation when the stream cannot open, and retries the stream later', async () => {
    const api = fakeApi({
      stream: 503,
      evaluate: () => ({ status: 200, body: { version: 1, flags: { a: flag('x') } } }),
    });
    const c = client(api, { context: { key: 'ada' } });
    expect(await c.ready()).toBe('ready');
    expect(c.getValue('a', '')).toBe('x');
    expect(api.requests.map((r) => new URL(r.url).pathname)).toEqual(['/sdk/v1/stream', '/sdk/v1/evaluate']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.requests.filter((r) => r.url.includes('/stream'))).toHaveLength(2);
  });

  it('resolves ready as failed on a refused key, reports it, and stops', async () => {
    const api = fakeApi({ stream: 401 });
    const c = client(api);
    const errors: string[] = [];
    c.on('error', ({ message }) => errors.push(message));
    expect(await c.ready()).toBe('failed');
    expect(errors[0]).toMatch(/client key was refused \(401\): nope/);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(api.requests.filter((r) => !r.url.endsWith('/events'))).toHaveLength(1);
    expect(c.getValue('a', 'default')).toBe('default');
  });

  it('never hangs: ready resolves as stale after readyTimeout', async () => {
    const api = fakeApi({});
    const c = client(api, { readyTimeout: 2000 });
    const ready = c.ready();
    await api.nextStream();
    await vi.advanceTimersByTimeAsync(2000);
    expect(await ready).toBe('stale');
  });
});

describe('starting', () => {
  it('does nothing before start (a client rendered on the server leaves no request and no timer)', () => {
    const api = fakeApi({});
    const c = client(api, { autoStart: false, bootstrap: { a: flag(true) } });
    expect(c.isEnabled('a')).toBe(true);
    expect(api.requests).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts again after close, with a fresh ready (React StrictMode mounts effects twice)', async () => {
    const api = fakeApi({});
    const c = client(api, { context: { key: 'ada' } });
    await c.close();
    expect(await c.ready()).toBe('closed');
    c.start();
    expect(c.status).toBe('initializing');
    (await api.nextStream()).send('put', { version: 1, flags: { a: flag(true) } });
    expect(await c.ready()).toBe('ready');
  });
});

describe('cache, bootstrap and the anonymous key', () => {
  it('serves the last values of the same key and context before the network answers', async () => {
    const storage = memoryStorage();
    const api = fakeApi({});
    const first = client(api, { storage, context: { key: 'ada' } });
    (await api.nextStream()).send('put', { version: 1, flags: { a: flag(42) } });
    await first.ready();
    const second = client(fakeApi({}), { storage, context: { key: 'ada' } });
    expect(second.status).toBe('initializing');
    expect(second.getValue('a', 0)).toBe(42);
    expect(client(fakeApi({}), { storage, context: { key: 'bob' } }).getValue('a', 0)).toBe(0);
    expect(
      client(fakeApi({}), { storage, context: { key: 'ada' }, clientKey: 'ff_cli_other' }).getValue('a', 0),
    ).toBe(0);
  });

  it('keeps at most five contexts', async () => {
    const storage = memoryStorage();
    for (let i = 0; i < 8; i++) {
      const api = fakeApi({});
      const c = client(api, { storage, context: { key: `user-${i}` } });
      (await api.nextStream()).send('put', { version: 1, flags: { a: flag(i) } });
      await c.ready();
    }
    expect([...storage.data.keys()].filter((k) => k.startsWith('ff:values:'))).toHaveLength(5);
    expect(client(fakeApi({}), { storage, context: { key: 'user-7' } }).getValue('a', -1)).toBe(7);
    expect(client(fakeApi({}), { storage, context: { key: 'user-0' } }).getValue('a', -1)).toBe(-1);
  });

  it('serves bootstrap values at once', () => {
    const c = client(fakeApi({}), { bootstrap: { a: flag(true) } });
    expect(c.isEnabled('a')).toBe(true);
  });

  it('gives a context without key a stable anonymous key kept in storage', async () => {
    const storage = memoryStorage();
    const a = client(fakeApi({}), { storage, context: { plan: 'free' } });
    const b = client(fakeApi({}), { storage });
    expect(a.context.key).toEqual(expect.any(String));
    expect(b.context.key).toBe(a.context.key);
    expect(a.context.plan).toBe('free');
  });
});

describe('identify', () => {
  it('switches context in one request, swaps values at once, and reports only changed values', async () => {
    const api = fakeApi({});
    const c = client(api, { context: { key: 'ada' } });
    const s1 = await api.nextStream();
    s1.send('put', { version: 1, flags: { a: flag(1), b: flag('same'), gone: flag(true) } });
    await c.ready();
    const seen = changes(c);
    const before = api.requests.length;
    const done = c.identify({ key: 'bob' });
    const s2 = await api.nextStream();
    expect(s1.aborted).toBe(true);
    expect(s2.context).toEqual({ key: 'bob' });
    expect(c.getValue('a', 0)).toBe(1);
    s2.send('put', { version: 1, flags: { a: flag(2, 1), b: flag('same') } });
    expect(await done).toBe('ready');
    expect(api.requests.length - before).toBe(1);
    expect(c.allFlags()).toEqual({ a: 2, b: 'same' });
    expect(seen).toEqual([['a', 'gone']]);
  });
});

describe('identify that times out', () => {
  it("resolves stale, not ready, while the previous context's values are still served", async () => {
    const api = fakeApi({});
    const c = client(api, { context: { key: 'ada' }, readyTimeout: 3000 });
    (await api.nextStream()).send('put', { version: 1, flags: { a: flag(1) } });
    await c.ready();
    const done = c.identify({ key: 'bob' });
    await api.nextStream();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await done).toBe('stale');
    expect(c.status).toBe('stale');
  });
});

describe('polling without a stream', () => {
  it('evaluates every pollInterval and reports only flags whose value changed', async () => {
    let n = 0;
    const api = fakeApi({
      evaluate: () => ({ status: 200, body: { version: ++n, flags: { a: flag(n > 1), b: flag('b') } } }),
    });
    const c = client(api, { stream: false, pollInterval: 10_000 });
    expect(await c.ready()).toBe('ready');
    const seen = changes(c);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(c.isEnabled('a')).toBe(true);
    expect(seen).toEqual([['a']]);
    expect(api.requests.every((r) => !r.url.includes('/stream'))).toBe(true);
  });
});

describe('events', () => {
  it('batches evaluation summaries and tracked events to /sdk/v1/events, with keepalive', async () => {
    const api = fakeApi({});
    const c = client(api, { context: { key: 'ada' }, flushInterval: 5000 });
    (await api.nextStream()).send('put', { version: 1, flags: { a: flag(true, 0), b: flag(3, 1) } });
    await c.ready();
    c.isEnabled('a');
    c.isEnabled('a');
    c.getValue('b', 'wrong type');
    // Not a key the API served: the browser SDK has no key rule (no engine), so it is left out rather
    // than risk a batch the server refuses whole.
    c.getValue('Not A Key!', 1);
    c.track('purchase', 20);
    c.track('signup');
    await vi.advanceTimersByTimeAsync(5000);
    const sent = api.requests.filter((r) => r.url.endsWith('/sdk/v1/events'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.keepalive).toBe(true);
    const body = sent[0]!.body as {
      summaries: { flag: string; variation: number | null; count: number }[];
      events: unknown[];
    };
    expect(body.summaries.map(({ flag, variation, count }) => ({ flag, variation, count }))).toEqual([
      { flag: 'a', variation: 0, count: 2 },
      { flag: 'b', variation: null, count: 1 },
    ]);
    expect(body.events).toEqual([
      { name: 'purchase', contextKey: 'ada', value: 20, timestamp: expect.any(Number) },
      { name: 'signup', contextKey: 'ada', timestamp: expect.any(Number) },
    ]);
  });

  it('records an exposure the first time a context reads a flag the API marked inExperiment, once per page session', async () => {
    const api = fakeApi({});
    const c = client(api, { context: { key: 'ada' }, flushInterval: 5000 });
    const exposures = () =>
      api.requests
        .filter((r) => r.url.endsWith('/sdk/v1/events'))
        .map((r) => (r.body as { exposures?: unknown[] }).exposures ?? []);
    (await api.nextStream()).send('put', {
      version: 1,
      flags: { x: { ...flag('treatment', 1), inExperiment: true }, a: flag(true, 0) },
    });
    await c.ready();
    c.getValue('x', 0); // a type mismatch serves the default: not an exposure
    expect(c.getVariant('x')).toBe('v1');
    c.getValue('x', 'control');
    c.isEnabled('a'); // not in an experiment
    await vi.advanceTimersByTimeAsync(5000);
    expect(exposures()).toEqual([
      [{ flag: 'x', variation: 1, contextKey: 'ada', timestamp: expect.any(Number) }],
    ]);
    c.getVariant('x');
    await vi.advanceTimersByTimeAsync(5000);
    expect(exposures()[1]).toEqual([]); // the summary is sent, the exposure not again

    // Another context is exposed on its own; coming back to the first one is not a new exposure.
    const switching = c.identify({ key: 'bob' });
    (await api.nextStream()).send('put', {
      version: 1,
      flags: { x: { ...flag('control', 0), inExperiment: true }, a: flag(true, 0) },
    });
    await switching;
    c.getVariant('x');
    const back = c.identify({ key: 'ada' });
    (await api.nextStream()).send('put', {
      version: 1,
      flags: { x: { ...flag('treatment', 1), inExperiment: true }, a: flag(true, 0) },
    });
    await back;
    c.getVariant('x');
    await c.flush();
    expect(exposures()[2]).toEqual([
      { flag: 'x', variation: 0, contextKey: 'bob', timestamp: expect.any(Number) },
    ]);
  });

  it('exposes a flag read from a bootstrap without markers once the marked value arrives unchanged', async () => {
    const api = fakeApi({});
    const c = client(api, {
      context: { key: 'ada' },
      bootstrap: { x: flag('treatment', 1), y: flag('b', 1) },
      flushInterval: 5000,
    });
    c.getVariant('x'); // read before the API answered: no marker yet
    (await api.nextStream()).send('put', {
      version: 1,
      flags: {
        x: { ...flag('treatment', 1), inExperiment: true },
        y: { ...flag('b', 1), inExperiment: true }, // never read: no exposure
      },
    });
    await c.ready(); // same value: nothing re-renders, no second read comes
    await vi.advanceTimersByTimeAsync(5000);
    const sent = api.requests.filter((r) => r.url.endsWith('/sdk/v1/events'));
    expect(sent.map((r) => (r.body as { exposures?: unknown[] }).exposures)).toEqual([
      [{ flag: 'x', variation: 1, contextKey: 'ada', timestamp: expect.any(Number) }],
    ]);
  });

  it('records nothing with sendEvents: false', async () => {
    const api = fakeApi({});
    const c = client(api, { context: { key: 'ada' }, sendEvents: false });
    (await api.nextStream()).send('put', {
      version: 1,
      flags: { x: { ...flag('t', 1), inExperiment: true } },
    });
    await c.ready();
    c.getVariant('x');
    await c.close();
    expect(api.requests.filter((r) => r.url.endsWith('/sdk/v1/events'))).toEqual([]);
  });

  it('never throws at the call site: bad listeners and odd input are contained', async () => {
    const api = fakeApi({});
    const c = client(api, { context: { key: 'ada' } });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    c.on('change', () => {
      throw new Error('listener bug');
    });
    (await api.nextStream()).send('put', { version: 1, flags: { a: flag(true) } });
    expect(await c.ready()).toBe('ready');
    expect(() => c.track('x'.repeat(500), Number.NaN)).not.toThrow();
    expect(c.getValue('a', false)).toBe(true);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
