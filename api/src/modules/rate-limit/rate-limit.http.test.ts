// Per-credential rate limits over HTTP: headers on every limited response, 429 as problem+json (or in
// OFREP's shape), the refusals counted in /metrics, and two API instances on one database holding the
// limit between them within the tolerance limiter.ts states. Every response goes through the fixture's
// contract check against openapi.yaml.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixtureData, startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { expectValidResponse } from '../../../test/contract.ts';
import { createTestDb } from '../../../test/db.ts';
import type { TestDb } from '../../../test/db.ts';
import { startTestServer } from '../../../test/server.ts';
import type { TestServer } from '../../../test/server.ts';
import { createKey, withKey } from '../sdk/test-helpers.ts';
import { createRateLimiter } from './limiter.ts';
import type { RateLimiter, RateLimitSettings } from './limiter.ts';
import { createCountStore } from './store.ts';

const limits: RateLimitSettings = {
  management: 4,
  server: 2,
  client: 0,
  windowSeconds: 3600,
  syncMs: 60_000,
};

const rateLimitHeaders = (res: { headers: Headers }) => ({
  limit: res.headers.get('ratelimit-limit'),
  remaining: res.headers.get('ratelimit-remaining'),
  reset: Number(res.headers.get('ratelimit-reset')),
});

describe('rate limits on one API instance', () => {
  let fx: ApiFixture;
  let serverKey: string;
  let clientKey: string;
  beforeAll(async () => {
    fx = await startApiFixture({ app: { rateLimits: limits } });
    serverKey = (await createKey(fx, 'staging', 'server')).secret;
    clientKey = (await createKey(fx, 'staging', 'client')).secret;
  });
  afterAll(() => fx?.close());

  it('sends RateLimit-* on each response of a token, then 429 with Retry-After until the window ends', async () => {
    const seen = [];
    for (let i = 0; i < 4; i++) {
      const res = await fx.call('viewer', 'GET', '/api/v1/me');
      expect(res.status).toBe(200);
      seen.push(rateLimitHeaders(res));
    }
    expect(seen.map((h) => [h.limit, h.remaining])).toEqual([
      ['4', '3'],
      ['4', '2'],
      ['4', '1'],
      ['4', '0'],
    ]);
    for (const h of seen) {
      expect(h.reset).toBeGreaterThanOrEqual(1);
      expect(h.reset).toBeLessThanOrEqual(3600);
    }

    const refused = await fx.call('viewer', 'GET', '/api/v1/projects');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: 'https://ff.dev/problems/too-many-requests',
      status: 429,
      detail: expect.stringMatching(
        /^This API token made its 4 requests for the current window; try again in \d+ s\.$/,
      ),
    });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(rateLimitHeaders(refused)).toEqual({ limit: '4', remaining: '0', reset: retryAfter });
    expect(retryAfter).toBeGreaterThanOrEqual(seen[3]!.reset - 1);

    // Another token of the same user's organization has its own budget.
    const other = await fx.call('developer', 'GET', '/api/v1/me');
    expect(other.status).toBe(200);
    expect(rateLimitHeaders(other).remaining).toBe('3');
  });

  it('limits a server key on /sdk and answers OFREP in OFREP’s error shape with Retry-After', async () => {
    for (const remaining of ['1', '0']) {
      const res = await withKey(fx, serverKey, 'GET', '/sdk/v1/config');
      expect(res.status).toBe(200);
      expect(rateLimitHeaders(res)).toMatchObject({ limit: '2', remaining });
    }
    const refused = await withKey(fx, serverKey, 'GET', '/sdk/v1/config');
    expect(refused.status).toBe(429);
    expect(refused.body.detail).toMatch(/^This server SDK key made its 2 requests/);

    const ofrep = await withKey(fx, serverKey, 'POST', '/ofrep/v1/evaluate/flags/new-checkout', {
      body: { context: { targetingKey: 'user-1' } },
      via: 'x-api-key',
    });
    expect(ofrep.status).toBe(429);
    expect(ofrep.headers.get('content-type')).toMatch(/^application\/json/);
    expect(ofrep.body).toEqual({
      errorDetails: expect.stringMatching(/^This server SDK key made its 2 requests/),
    });
    expect(Number(ofrep.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('leaves a kind whose limit is 0 unlimited, without RateLimit fields', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await withKey(fx, clientKey, 'POST', '/sdk/v1/evaluate', {
        body: { context: { key: 'u' } },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBeNull();
    }
  });

  it('sends no RateLimit fields on public routes', async () => {
    const res = await fx.call('anonymous', 'GET', '/healthz');
    expect(res.headers.get('ratelimit-limit')).toBeNull();
  });

  it('counts the refusals in /metrics by credential kind', async () => {
    const res = await fx.call('anonymous', 'GET', '/metrics');
    const text = res.body as string;
    expect(text).toMatch(/^ff_rate_limited_total\{kind="management"\} 1$/m);
    expect(text).toMatch(/^ff_rate_limited_total\{kind="server"\} 2$/m);
    expect(text).toMatch(/^ff_rate_limited_total\{kind="client"\} 0$/m);
    expect(text).toMatch(/^ff_rate_limit_sync_failures_total 0$/m);
  });
});

describe('two API instances on one database', () => {
  let testDb: TestDb;
  let owner: string;
  const instances: { server: TestServer; limiter: RateLimiter }[] = [];
  // One clock for both instances, moved by the test; syncs happen when the test says.
  let now = Date.UTC(2026, 0, 1, 12, 0, 30);
  const settings: RateLimitSettings = { ...limits, management: 4, windowSeconds: 60 };

  beforeAll(async () => {
    testDb = await createTestDb();
    owner = (await seedFixtureData(testDb.db)).tokens.owner;
    for (let i = 0; i < 2; i++) {
      const limiter = createRateLimiter({ settings, store: createCountStore(testDb.db), now: () => now });
      instances.push({ server: await startTestServer({ testDb, app: { rateLimiter: limiter } }), limiter });
    }
  });
  afterAll(async () => {
    for (const { server } of instances) await server.close();
    await testDb?.destroy();
  });

  async function me(instance: number): Promise<{ status: number; remaining: string | null }> {
    const res = await fetch(`${instances[instance]!.server.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${owner}` },
    });
    const text = await res.text();
    expectValidResponse('getMe', res.status, res.headers, JSON.parse(text));
    return { status: res.status, remaining: res.headers.get('ratelimit-remaining') };
  }
  const sync = (instance: number) => instances[instance]!.limiter.sync();

  it('holds the limit across both, over-admitting at most what the other admitted since the last sync', async () => {
    const [a, b] = [0, 1];
    expect(await me(a)).toEqual({ status: 200, remaining: '3' });
    expect(await me(a)).toEqual({ status: 200, remaining: '2' });
    expect(await me(a)).toEqual({ status: 200, remaining: '1' });
    await sync(a);
    // B has not seen this token in this window: it reads the shared count first, so it knows of A's 3.
    expect(await me(b)).toEqual({ status: 200, remaining: '0' });
    expect(await me(b)).toEqual({ status: 429, remaining: '0' });
    // A has not synced since B admitted one: it admits one more, exactly B's unseen admission.
    expect(await me(a)).toEqual({ status: 200, remaining: '0' });
    expect(await me(a)).toEqual({ status: 429, remaining: '0' });
    await sync(b);
    await sync(a);
    expect(await me(a)).toEqual({ status: 429, remaining: '0' });
    expect(await me(b)).toEqual({ status: 429, remaining: '0' });
    const [row] = await testDb.db('rate_limit_counts').select('count');
    expect(Number(row.count)).toBe(5); // limit 4 + the 1 the stated tolerance allows here

    // The next window starts from zero on both.
    now += 60_000;
    expect(await me(b)).toEqual({ status: 200, remaining: '3' });
    await sync(b);
    expect(await me(a)).toEqual({ status: 200, remaining: '2' });
  });
});
