// Done-when of issue 14: sdk-node clients evaluate known numbers of times against TWO API replicas on
// one database, and the usage API reads back exactly those counts per variation and hour. The clock is
// injected (Date faked, timers real) so each SDK window starts in a chosen past hour, and each client is
// flushed explicitly; the replicas' intake queues are drained before reading. Also: a batch retried to
// both replicas counts once; the summary, stale list, settings and credential usage through HTTP.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from '@ff/sdk-node';
import type { Client } from '@ff/sdk-node';
import { createDb } from '../../db/knex.ts';
import type { Db } from '../../db/knex.ts';
import { createLogger } from '../../logger.ts';
import type { OperationId } from '../../generated/operations.ts';
import { operationFor, seedFixtureData } from '../../../test/api-fixture.ts';
import { validateResponse } from '../../../test/contract.ts';
import { createTestDb, onRealPostgres } from '../../../test/db.ts';
import type { TestDb } from '../../../test/db.ts';
import { startTestServer } from '../../../test/server.ts';
import type { TestServer } from '../../../test/server.ts';
import { eventSink } from '../sdk/events.ts';
import { credentialUsageRecorder } from './credential-usage.ts';

const logger = createLogger({ level: 'silent' });
let testDb: TestDb;
let dbB: Db;
let a: TestServer;
let b: TestServer;
let owner: string;
let viewer: string;
let developer: string;
const clients: Client[] = [];

beforeAll(async () => {
  testDb = await createTestDb();
  const data = await seedFixtureData(testDb.db);
  owner = data.tokens.owner;
  viewer = data.tokens.viewer;
  developer = data.tokens.developer;
  // Replica B: its own app, and on PostgreSQL its own connection pool, on the same database.
  dbB = onRealPostgres ? createDb(testDb.settings) : testDb.db;
  a = await startTestServer({ testDb });
  b = await startTestServer({ testDb: { ...testDb, db: dbB } });
}, 120_000);

afterAll(async () => {
  vi.useRealTimers();
  await Promise.all(clients.map((c) => c.close()));
  await a?.close();
  await b?.close();
  if (onRealPostgres) await dbB?.destroy();
  await testDb?.destroy();
}, 60_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function call<T = any>(base: string, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed =
    text !== '' && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
  const op = operationFor(method, path);
  if (op) {
    const issues = validateResponse(op.operationId as OperationId, res.status, res.headers, parsed);
    if (issues.length > 0)
      throw new Error(`${method} ${path} → ${res.status} violates openapi.yaml: ${issues.join('; ')}`);
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

const drain = async () => {
  await eventSink(testDb.db, logger).drain();
  await eventSink(dbB, logger).drain();
};

const hourMs = 3_600_000;
const thisHour = Math.floor(Date.now() / hourMs) * hourMs;
const h1 = thisHour - 3 * hourMs;
const h2 = thisHour - 2 * hourMs;

describe('evaluation counts through two replicas', () => {
  let serverKey: string;

  beforeAll(async () => {
    const created = await call(a.url, owner, 'POST', '/api/v1/projects/demo/flags', {
      key: 'tiers',
      name: 'Tiers',
      kind: 'string',
      variations: ['gold', 'silver', 'bronze'].map((v) => ({ name: v, value: v })),
    });
    expect(created.status).toBe(201);
    const patch = await call(
      a.url,
      owner,
      'PATCH',
      '/api/v1/projects/demo/flags/tiers/environments/staging',
      {
        actions: [
          { kind: 'turnOn' },
          { kind: 'addTargets', variation: 0, values: ['u-gold'] },
          { kind: 'addTargets', variation: 1, values: ['u-silver'] },
          { kind: 'addTargets', variation: 2, values: ['u-bronze'] },
        ],
      },
    );
    expect(patch.status).toBe(200);
    const key = await call(a.url, owner, 'POST', '/api/v1/projects/demo/environments/staging/sdk-keys', {
      kind: 'server',
      name: 'insights',
    });
    serverKey = key.body.key;
  });

  it('reads back exactly the evaluations per variation and hour', async () => {
    // Only Date is faked: the SDK's windows and the server's arrival times follow it; sockets and timers are real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(h1 + 5 * 60_000);
    const make = (base: string) => {
      const c = createClient({ sdkKey: serverKey, baseUrl: base, flushInterval: 3_600_000, stream: false });
      clients.push(c);
      return c;
    };
    const [c1, c2, c3] = [make(a.url), make(a.url), make(b.url)];
    for (const c of [c1, c2, c3]) expect((await c.ready({ timeout: 30_000 })).ok).toBe(true);
    const evaluate = (c: Client, key: string, n: number) => {
      for (let i = 0; i < n; i++) c.getValue('tiers', { key }, 'none');
    };
    // Hour 1: 7 gold, 2 silver, 1 bronze across both replicas.
    evaluate(c1, 'u-gold', 3);
    evaluate(c1, 'u-silver', 2);
    evaluate(c3, 'u-gold', 4);
    evaluate(c3, 'u-bronze', 1);
    await Promise.all([c1.flush(), c3.flush()]);
    // Hour 2: an empty flush starts each window in the new hour, then 5 silver and 6 bronze.
    vi.setSystemTime(h2 + 10 * 60_000);
    await Promise.all([c2.flush(), c3.flush()]);
    evaluate(c2, 'u-silver', 5);
    evaluate(c3, 'u-bronze', 6);
    await Promise.all([c2.flush(), c3.flush()]);
    vi.useRealTimers();
    await drain();

    const from = new Date(h1 - hourMs).toISOString();
    const usage = await call(
      b.url,
      viewer,
      'GET',
      `/api/v1/projects/demo/flags/tiers/usage?granularity=hour&environment=staging&from=${from}`,
    );
    expect(usage.status).toBe(200);
    const got = (
      usage.body.series as { variationName: string; points: { time: string; count: number }[] }[]
    ).map((s) => [s.variationName, s.points.map((p) => [p.time, p.count])]);
    const at = (t: number) => new Date(t).toISOString();
    expect(got).toEqual([
      ['gold', [[at(h1), 7]]],
      [
        'silver',
        [
          [at(h1), 2],
          [at(h2), 5],
        ],
      ],
      [
        'bronze',
        [
          [at(h1), 1],
          [at(h2), 6],
        ],
      ],
    ]);
    expect(
      usage.body.environments.find((e: { environment: string }) => e.environment === 'staging'),
    ).toMatchObject({
      total: 21,
      firstEvaluatedAt: at(h1 + 5 * 60_000),
      lastEvaluatedAt: at(h2 + 10 * 60_000),
    });
    // By day: the same 21 in one UTC day (or two, when the hours straddle midnight).
    const days = await call(
      a.url,
      viewer,
      'GET',
      '/api/v1/projects/demo/flags/tiers/usage?granularity=day&environment=staging',
    );
    const perVariation = (days.body.series as { variation: number; total: number }[]).map((s) => [
      s.variation,
      s.total,
    ]);
    expect(perVariation).toEqual([
      [0, 7],
      [1, 7],
      [2, 7],
    ]);
  });

  it('counts a batch retried to both replicas once', async () => {
    const start = h1 + 30 * 60_000;
    const batch = {
      batchId: 'retried-batch-0001',
      summaries: [{ flag: 'tiers', variation: 0, count: 100, start, end: start + 10_000 }],
    };
    for (const base of [a.url, b.url, a.url]) {
      const res = await fetch(`${base}/sdk/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${serverKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(batch),
      });
      expect(res.status).toBe(202);
    }
    await drain();
    const usage = await call(
      a.url,
      viewer,
      'GET',
      `/api/v1/projects/demo/flags/tiers/usage?granularity=hour&environment=staging&from=${new Date(h1).toISOString()}&to=${new Date(h1).toISOString()}`,
    );
    expect(usage.body.series.find((s: { variation: number }) => s.variation === 0).points).toEqual([
      { time: new Date(h1).toISOString(), count: 107 },
    ]);
  });

  it('summarises the project: totals, top flags with a daily sparkline, never-evaluated flags', async () => {
    const res = await call(a.url, viewer, 'GET', '/api/v1/projects/demo/insights/summary?top=5&days=7');
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.project).toBe('demo');
    expect(s.evaluations.last30d).toBe(121);
    expect(s.evaluations.last24h).toBe(121);
    expect(s.topFlags[0]).toMatchObject({ flag: 'tiers', evaluations: 121 });
    expect(s.topFlags[0].daily).toHaveLength(7);
    expect(s.topFlags[0].daily.reduce((x: number, y: number) => x + y, 0)).toBe(121);
    expect(s.neverEvaluated).not.toContain('tiers');
    expect(s.neverEvaluated.length).toBe(s.flags - 1);
    expect(s.connections.map((c: { environment: string }) => c.environment)).toContain('staging');
  });

  it('counts SDK key requests across replicas', async () => {
    await credentialUsageRecorder(testDb.db, logger).flush();
    await credentialUsageRecorder(dbB, logger).flush();
    const res = await call(a.url, owner, 'GET', '/api/v1/projects/demo/insights/sdk-keys');
    expect(res.status).toBe(200);
    const key = res.body.items.find((k: { name: string }) => k.name === 'insights');
    // 3 config fetches (ready) + 6 event posts + 3 raw posts, at least; clients may have polled since.
    expect(key.requests24h).toBeGreaterThanOrEqual(12);
    expect(key.lastUsedAt).not.toBeNull();
    expect((await call(a.url, viewer, 'GET', '/api/v1/projects/demo/insights/sdk-keys')).status).toBe(403);
    const tokens = await call(a.url, owner, 'GET', '/api/v1/insights/api-tokens');
    expect(tokens.body.items.find((t: { lastUsedAt: string | null }) => t.lastUsedAt !== null)).toBeDefined();
  });
});

describe('stale flags and settings over HTTP', () => {
  it('lists stale flags with the project window; a project admin changes it (audited, If-Match)', async () => {
    const settings = await call(a.url, viewer, 'GET', '/api/v1/projects/demo/insights/settings');
    expect(settings.body).toMatchObject({ staleAfterDays: 30, isDefault: true, version: 0 });
    // Make the demo flags 40 days old: never evaluated for 40 days is stale at 30.
    await testDb
      .db('flags')
      .whereNot({ key: 'tiers' })
      .update({ created_at: new Date(Date.now() - 40 * 86_400_000) });
    const stale = await call(a.url, viewer, 'GET', '/api/v1/projects/demo/insights/stale');
    expect(stale.body.staleAfterDays).toBe(30);
    expect(stale.body.items.length).toBeGreaterThan(0);
    expect(stale.body.items.every((i: { reason: string }) => i.reason === 'never-evaluated')).toBe(true);
    expect(stale.body.items.map((i: { flag: string }) => i.flag)).not.toContain('tiers');

    expect(
      (
        await call(a.url, developer, 'PUT', '/api/v1/projects/demo/insights/settings', {
          staleAfterDays: 60,
          hourlyRetentionDays: 31,
          dailyRetentionDays: 400,
        })
      ).status,
    ).toBe(403);
    const put = await call(b.url, owner, 'PUT', '/api/v1/projects/demo/insights/settings', {
      staleAfterDays: 60,
      hourlyRetentionDays: 31,
      dailyRetentionDays: 400,
    });
    expect(put.status).toBe(200);
    expect(put.headers.get('etag')).toBe('"1"');
    const stale412 = await fetch(`${a.url}/api/v1/projects/demo/insights/settings`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json', 'if-match': '"0"' },
      body: JSON.stringify({ staleAfterDays: 10, hourlyRetentionDays: 31, dailyRetentionDays: 400 }),
    });
    expect(stale412.status).toBe(412);
    expect((await call(a.url, viewer, 'GET', '/api/v1/projects/demo/insights/stale')).body).toMatchObject({
      staleAfterDays: 60,
      items: [],
    });
    const audit = await call(a.url, owner, 'GET', '/api/v1/audit?resourceType=insights_settings');
    expect(audit.body.items).toHaveLength(1);
  });
});
