// Evaluation through the public client: fallbacks, types, contexts, allFlags, events, files, offline.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../src/client.ts';
import type { Client } from '../src/client.ts';
import type { ClientOptions } from '../src/options.ts';
import type { ErrorEvent } from '../src/types.ts';
import { boolFlag, ruleset, segment, stringFlag } from './builders.ts';
import { fakeApi, tick } from './fake-api.ts';

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  vi.useRealTimers();
});
function client(options: ClientOptions): Client {
  const c = createClient(options);
  clients.push(c);
  return c;
}

const demo = ruleset(
  9,
  [
    boolFlag('new-checkout', {
      targets: [{ variation: 1, values: ['banned'] }],
      rules: [
        {
          id: 'pro',
          clauses: [{ attribute: 'plan', op: 'in', values: ['pro'] }],
          serve: { variation: 0 },
        },
      ],
      fallthrough: { variation: 1 },
    }),
    boolFlag(
      'beta',
      {
        rules: [
          {
            id: 'b',
            clauses: [{ attribute: 'key', op: 'segmentMatch', values: ['testers'] }],
            serve: { variation: 0 },
          },
        ],
        fallthrough: { variation: 1 },
      },
      { clientSide: true },
    ),
    stringFlag('banner', ['hello', 'bye']),
    {
      ...boolFlag('max-items'),
      kind: 'number',
      variations: [{ name: 'ten', value: 10 }],
      clientSide: true,
      config: { ...boolFlag('x').config, offVariation: 0 },
    },
  ],
  [segment('testers', ['alice'])],
);

describe('evaluation', () => {
  const offline = () => client({ offline: true, bootstrap: demo });

  it('evaluates with the engine: rules, targets, segments, a bare string as { key }', () => {
    const c = offline();
    expect(c.isEnabled('new-checkout', { key: 'u', plan: 'pro' })).toBe(true);
    expect(c.isEnabled('new-checkout', { key: 'banned', plan: 'pro' })).toBe(false);
    expect(c.isEnabled('new-checkout', 'u')).toBe(false);
    expect(c.isEnabled('beta', 'alice')).toBe(true);
    expect(c.getValue('banner', 'u', 'default')).toBe('hello');
    expect(c.getValue('max-items', 'u', 0)).toBe(10);
    expect(c.getVariant('banner', 'u')).toBe('hello');
    expect(c.evaluate('new-checkout', { key: 'u', plan: 'pro' })).toEqual({
      flagKey: 'new-checkout',
      value: true,
      variationIndex: 0,
      variant: 'on',
      reason: 'TARGETING_MATCH',
      ruleId: 'pro',
      ruleIndex: 0,
      flagVersion: 1,
    });
  });

  it('falls back to the call’s default, then the fallbacks map, then false/null', () => {
    const c = client({ offline: true, bootstrap: demo, fallbacks: { missing: true, 'other-missing': 'fb' } });
    expect(c.isEnabled('missing', 'u')).toBe(true);
    expect(c.isEnabled('missing', 'u', false)).toBe(false);
    expect(c.isEnabled('nothing', 'u')).toBe(false);
    expect(c.getValue('other-missing', 'u')).toBe('fb');
    expect(c.getValue('other-missing', 'u', 'mine')).toBe('mine');
    expect(c.getValue('nothing', 'u')).toBeNull();
    expect(c.getVariant('nothing', 'u')).toBeUndefined();
    expect(c.evaluate('nothing', 'u', 'd')).toMatchObject({
      value: 'd',
      reason: 'ERROR',
      errorCode: 'FLAG_NOT_FOUND',
    });
    expect(c.isEnabled('constructor', 'u')).toBe(false); // no prototype leaks into fallbacks
  });

  it('a value of another type than the default is TYPE_MISMATCH and serves the default', () => {
    const c = offline();
    expect(c.isEnabled('banner' as string, 'u', true)).toBe(true);
    expect(c.getValue('banner', 'u', 5)).toBe(5);
    expect(c.evaluate('banner', 'u', 5)).toMatchObject({
      value: 5,
      reason: 'ERROR',
      errorCode: 'TYPE_MISMATCH',
    });
    expect(c.getValue('banner', 'u', { a: 1 })).toEqual({ a: 1 });
  });

  it('never throws, whatever the context', () => {
    const c = offline();
    const hostile = {
      get plan(): string {
        throw new Error('boom');
      },
    };
    for (const context of [null, undefined, 42, [], hostile, Object.create(null)]) {
      expect(() => c.isEnabled('new-checkout', context as never)).not.toThrow();
      expect(() => c.getValue('banner', context as never, 'x')).not.toThrow();
      expect(() => c.evaluate('new-checkout', context as never)).not.toThrow();
      expect(() => c.allFlags(context as never)).not.toThrow();
      expect(() => c.track('e', context as never)).not.toThrow();
    }
    expect(c.evaluate('new-checkout', hostile as never)).toMatchObject({
      reason: 'ERROR',
      errorCode: 'GENERAL',
    });
  });

  it('allFlags: client-side flags only, in the ClientFlagValue shape (no message)', () => {
    const c = offline();
    expect(c.allFlags('alice')).toEqual({
      beta: {
        value: true,
        variationIndex: 0,
        variant: 'on',
        reason: 'TARGETING_MATCH',
        ruleId: 'b',
        ruleIndex: 0,
      },
      banner: { value: 'hello', variationIndex: 0, variant: 'hello', reason: 'DEFAULT' },
      'max-items': { value: 10, variationIndex: 0, variant: 'ten', reason: 'DEFAULT' },
    });
  });

  it('before any data, evaluations serve fallbacks with PROVIDER_NOT_READY', () => {
    const api = fakeApi();
    api.stream = () => 'hang';
    const c = client({ sdkKey: 'k', baseUrl: 'http://x', fetch: api.fetch, sendEvents: false });
    expect(c.status).toBe('initializing');
    expect(c.evaluate('a', 'u', true)).toMatchObject({ value: true, errorCode: 'PROVIDER_NOT_READY' });
  });
});

describe('an operator this SDK does not know (a newer server’s)', () => {
  // The engine defines it: the clause never matches, so only its rule is skipped. The ruleset is not
  // refused (rule SDK-1 of the conformance suite no longer covers it), at first or in a patch.
  const withNewOp = (version: number, op: string) =>
    ruleset(version, [
      boolFlag('gated', {
        rules: [
          {
            id: 'new',
            clauses: [{ attribute: 'plan', op: op as 'in', values: ['pro'] }],
            serve: { variation: 0 },
          },
          { id: 'old', clauses: [{ attribute: 'key', op: 'in', values: ['ada'] }], serve: { variation: 0 } },
        ],
        fallthrough: { variation: 1 },
      }),
      boolFlag('other'),
    ]);

  it('keeps the ruleset and skips only the rules with that clause, in a put and in a patch', async () => {
    const errors: ErrorEvent[] = [];
    const api = fakeApi();
    const c = client({ sdkKey: 'k', baseUrl: 'http://x', fetch: api.fetch, sendEvents: false });
    c.on('error', (e) => errors.push(e));
    const changed = () => new Promise<void>((resolve) => void c.on('change', () => resolve()));
    const stream = await api.waitForStream(1);
    stream.send('put', withNewOp(1, 'inTheFuture'), 1);
    expect(await c.ready({ timeout: 60_000 })).toMatchObject({ ok: true, source: 'server', version: 1 });
    expect(c.isEnabled('gated', { key: 'bob', plan: 'pro' })).toBe(false);
    expect(c.isEnabled('gated', { key: 'ada', plan: 'pro' })).toBe(true);
    expect(c.isEnabled('other', 'bob')).toBe(true);
    // A patch with a known operator makes the first rule match; one with an unknown one skips it again.
    let next = changed();
    stream.send(
      'patch',
      { version: 2, kind: 'flag', key: 'gated', value: withNewOp(2, 'in').flags.gated },
      2,
    );
    await next;
    expect(c.isEnabled('gated', { key: 'bob', plan: 'pro' })).toBe(true);
    next = changed();
    stream.send(
      'patch',
      { version: 3, kind: 'flag', key: 'gated', value: withNewOp(3, 'alsoNew').flags.gated },
      3,
    );
    await next;
    expect(c.isEnabled('gated', { key: 'bob', plan: 'pro' })).toBe(false);
    expect(c.isEnabled('gated', { key: 'ada', plan: 'pro' })).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('offline, bootstrap and snapshot', () => {
  it('offline: no request at all; ready() says offline', async () => {
    const api = fakeApi();
    const c = client({ offline: true, sdkKey: 'k', baseUrl: 'http://x', fetch: api.fetch, bootstrap: demo });
    expect(await c.ready()).toEqual({ ok: true, status: 'offline', source: 'bootstrap', version: 9 });
    c.track('purchase', 'u', 3);
    await c.close();
    expect(api.requests).toEqual([]);
  });

  it('without sdkKey or baseUrl it reports the problem and serves defaults instead of throwing', async () => {
    const errors: ErrorEvent[] = [];
    const c = client({ sdkKey: 'k' });
    c.on('error', (e) => errors.push(e));
    expect(await c.ready({ timeout: 100 })).toMatchObject({ ok: false, status: 'failed' });
    expect(errors[0]?.message).toMatch(/baseUrl are required/);
    expect(c.isEnabled('x', 'u', true)).toBe(true);
  });

  it('bootstrap from a file; an invalid bootstrap is ignored with an error event', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ff-sdk-'));
    const file = join(dir, 'flags.json');
    await writeFile(file, JSON.stringify(demo));
    const c = client({ offline: true, bootstrap: file });
    expect(await c.ready()).toMatchObject({ ok: true, source: 'bootstrap', version: 9 });
    expect(c.getValue('banner', 'u', '')).toBe('hello');

    const errors: ErrorEvent[] = [];
    const bad = client({ offline: true, bootstrap: { flags: { x: { key: 'y' } } } as never });
    bad.on('error', (e) => errors.push(e));
    const missing = client({ offline: true, bootstrap: join(dir, 'nope.json') });
    missing.on('error', (e) => errors.push(e));
    await Promise.all([bad.ready(), missing.ready()]);
    expect(bad.isEnabled('x', 'u')).toBe(false);
    // The object bootstrap is checked synchronously (before the listener); the missing file later.
    expect(errors.map((e) => e.kind)).toEqual(['file']);
  });

  it('snapshotFile: written after server data, read at the next start while the API is down', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ff-sdk-'));
    const snapshotFile = join(dir, 'snapshot.json');
    const api = fakeApi();
    const first = client({
      sdkKey: 'k',
      baseUrl: 'http://x',
      fetch: api.fetch,
      snapshotFile,
      sendEvents: false,
    });
    (await api.waitForStream(1)).send('put', demo, 9);
    await first.ready({ timeout: 1_000 });
    await first.close();
    expect(JSON.parse(await readFile(snapshotFile, 'utf8'))).toEqual(demo);

    const down = fakeApi();
    down.stream = () => 'network-error';
    down.config = () => 'network-error';
    const older = ruleset(3, [boolFlag('new-checkout', { on: false })]);
    const second = client({
      sdkKey: 'k',
      baseUrl: 'http://x',
      fetch: down.fetch,
      snapshotFile,
      bootstrap: older,
      sendEvents: false,
    });
    // The snapshot is read from disk: wait for it to be installed (an event), not for a duration.
    await new Promise<void>((resolve) =>
      second.on('change', (change) => change.source === 'snapshot' && resolve()),
    );
    expect(await second.ready({ timeout: 1 })).toMatchObject({ ok: false, source: 'snapshot', version: 9 });
    expect(second.isEnabled('new-checkout', { key: 'u', plan: 'pro' })).toBe(true);
  });
});

describe('events', () => {
  it('counts evaluations per flag and variation and flushes them in one batch, with tracked events', async () => {
    const api = fakeApi();
    const c = client({ sdkKey: 'k', baseUrl: 'http://x', fetch: api.fetch, flushInterval: 60_000 });
    (await api.waitForStream(1)).send('put', demo, 9);
    await c.ready({ timeout: 1_000 });
    for (let i = 0; i < 5; i++) c.isEnabled('new-checkout', { key: 'u', plan: 'pro' });
    c.isEnabled('new-checkout', 'u');
    c.getValue('banner', 'u', 'x');
    c.isEnabled('Not A Key', 'u'); // cannot name a flag: left out of the batch
    c.isEnabled('nope', 'u');
    c.track('purchase', { key: 'u', plan: 'pro' }, 42.5);
    c.track('no-key', {}); // the server needs a context key: left out
    await c.flush();
    const posts = api.requests.filter((r) => r.path === '/sdk/v1/events');
    expect(posts).toHaveLength(1);
    const body = JSON.parse(posts[0]!.body!);
    const rows = body.summaries.map((s: { flag: string; variation: number | null; count: number }) => [
      s.flag,
      s.variation,
      s.count,
    ]);
    expect(rows).toEqual([
      ['new-checkout', 0, 5],
      ['new-checkout', 1, 1],
      ['banner', 0, 1],
      ['nope', null, 1],
    ]);
    expect(body.summaries[0].end).toBeGreaterThanOrEqual(body.summaries[0].start);
    expect(body.events).toEqual([
      { name: 'purchase', contextKey: 'u', value: 42.5, timestamp: expect.any(Number) },
    ]);
    await c.flush();
    expect(api.count('/sdk/v1/events')).toBe(1); // nothing new, nothing sent
  });

  it('send failures never reach the app: one retry, then an error event; close() flushes', async () => {
    vi.useFakeTimers();
    const api = fakeApi();
    api.events = () => ({ status: 503 });
    const errors: ErrorEvent[] = [];
    const c = client({ sdkKey: 'k', baseUrl: 'http://x', fetch: api.fetch, flushInterval: 20 });
    c.on('error', (e) => errors.push(e));
    c.track('a', 'u');
    await tick(20); // the flush timer: a 503
    expect(api.count('/sdk/v1/events')).toBe(1);
    expect(errors.filter((e) => e.kind === 'events')).toEqual([]);
    await tick(20); // the one retry, after min(1 s, flushInterval): a 503 again, reported
    expect(api.count('/sdk/v1/events')).toBe(2);
    expect(errors.filter((e) => e.kind === 'events')).toHaveLength(1);
    api.events = () => 'network-error';
    c.track('b', 'u');
    const closing = c.close();
    await tick(20); // close() flushes, and a network error is retried once too
    await closing;
    expect(api.count('/sdk/v1/events')).toBe(4);
    expect(errors.filter((e) => e.kind === 'events')).toHaveLength(2);
  });

  it('a full queue drops new events and says so', async () => {
    const api = fakeApi();
    const errors: ErrorEvent[] = [];
    const c = client({
      sdkKey: 'k',
      baseUrl: 'http://x',
      fetch: api.fetch,
      maxEventQueue: 2,
      flushInterval: 60_000,
    });
    c.on('error', (e) => errors.push(e));
    for (let i = 0; i < 5; i++) c.track('e', 'u', i);
    await c.flush();
    const body = JSON.parse(api.requests.find((r) => r.path === '/sdk/v1/events')!.body!);
    expect(body.events.map((e: { value: number }) => e.value)).toEqual([0, 1]);
    expect(errors.map((e) => e.message)).toContain('3 tracked events dropped: the queue of 2 was full');
  });
});
