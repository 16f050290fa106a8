// Insights on a real database: the intake counts a batch once however many sinks (replicas) see it, the
// daily counters and first/last evaluation follow the hourly ones, retention drops each project's rows
// past its own windows, credential counts add up across recorders, and stream counts are the sum of
// fresh heartbeats.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '../../../test/db.ts';
import type { TestDb } from '../../../test/db.ts';
import type { Logger } from '../../logger.ts';
import { createEventSink } from '../sdk/events.ts';
import type { EventBatch } from '../sdk/events.ts';
import { connectionsFreshMs, reportConnections } from './connections.ts';
import { createCredentialUsageRecorder } from './credential-usage.ts';
import { credentialCounts, flagSeries, openStreams } from './store.ts';
import { runInsightsRetention } from './worker.ts';

let t: TestDb;
let projectId: string;
let envA: string;
let envB: string;
const logger = { info: vi.fn(), error: vi.fn(), warn: vi.fn() } as unknown as Logger;

beforeAll(async () => {
  t = await createTestDb();
  const [org] = await t.db('organizations').insert({ key: 'ins', name: 'Insights' }).returning('id');
  const [project] = await t
    .db('projects')
    .insert({ organization_id: org.id, key: 'p', name: 'P' })
    .returning('id');
  projectId = project.id;
  const envs = await t
    .db('environments')
    .insert([
      { project_id: projectId, key: 'a', name: 'A', color: '#000000' },
      { project_id: projectId, key: 'b', name: 'B', color: '#000000', sort_order: 1 },
    ])
    .returning('id');
  envA = envs[0].id;
  envB = envs[1].id;
});
afterAll(() => t?.destroy());

const h10 = Date.UTC(2026, 10, 20, 10);
const h11 = Date.UTC(2026, 10, 20, 11);
// The arrival clock is after every window, so nothing is clamped.
const arrival = () => Date.UTC(2026, 10, 21);
const batch = (
  batchId: string | undefined,
  flag: string,
  start: number,
  counts: [number | null, number][],
): EventBatch => ({
  ...(batchId === undefined ? {} : { batchId }),
  summaries: counts.map(([variation, count]) => ({ flag, variation, count, start, end: start + 10_000 })),
});
const hourly = async (flag: string) =>
  (
    await t
      .db('sdk_evaluation_counters')
      .where({ flag_key: flag })
      .orderBy(['environment_id', 'hour', 'variation'])
      .select('environment_id', 'variation', 'hour', 'count')
  ).map((r) => [
    r.environment_id === envA ? 'a' : 'b',
    r.variation,
    new Date(r.hour).getTime(),
    Number(r.count),
  ]);

describe('idempotent intake', () => {
  it('counts a batch once when two replicas (sinks) and a retry deliver it; batches without an id always count', async () => {
    const one = createEventSink(t.db, logger, { now: arrival });
    const two = createEventSink(t.db, logger, { now: arrival });
    const b1 = () =>
      batch('batch-1', 'idem', h10, [
        [0, 5],
        [1, 2],
      ]);
    one.accept(envA, b1(), 100);
    two.accept(envA, b1(), 100);
    one.accept(envA, b1(), 100); // the same replica, the same write
    one.accept(envA, batch('batch-2', 'idem', h11, [[0, 1]]), 100);
    two.accept(envA, batch(undefined, 'idem', h11, [[null, 3]]), 100);
    two.accept(envA, batch(undefined, 'idem', h11, [[null, 3]]), 100);
    await Promise.all([one.drain(), two.drain()]);
    expect(await hourly('idem')).toEqual([
      ['a', 0, h10, 5],
      ['a', 1, h10, 2],
      ['a', -1, h11, 6],
      ['a', 0, h11, 1],
    ]);
    // The same batch id in another environment is another batch.
    one.accept(envB, b1(), 100);
    await one.drain();
    expect((await hourly('idem')).filter(([e]) => e === 'b')).toEqual([
      ['b', 0, h10, 5],
      ['b', 1, h10, 2],
    ]);
  });

  it('keeps daily counters and first/last evaluation with the hourly ones', async () => {
    const s = createEventSink(t.db, logger, { now: arrival });
    s.accept(envA, batch('d-1', 'daily', h10, [[0, 4]]), 100);
    s.accept(
      envA,
      batch('d-2', 'daily', h11, [
        [0, 6],
        [1, 1],
      ]),
      100,
    );
    await s.drain();
    const days = await flagSeries(t.db, [envA], 'daily', 'day', new Date(h10), new Date(h11));
    expect(days.map((r) => [r.variation, r.at.toISOString(), r.count])).toEqual([
      [0, '2026-11-20T00:00:00.000Z', 10],
      [1, '2026-11-20T00:00:00.000Z', 1],
    ]);
    const usage = await t.db('sdk_flag_usage').where({ flag_key: 'daily' }).first();
    expect(new Date(usage.first_evaluated_at).getTime()).toBe(h10);
    expect(new Date(usage.last_evaluated_at).getTime()).toBe(h11 + 10_000);
  });
});

describe('retention worker', () => {
  it("drops hours and days past each project's windows, old batch ids, credential days and dead heartbeats", async () => {
    const now = new Date(Date.UTC(2026, 11, 2, 12));
    const day = 86_400_000;
    await t.db('insights_settings').insert({
      project_id: projectId,
      stale_after_days: 30,
      hourly_retention_days: 2,
      daily_retention_days: 10,
    });
    const row = (hoursAgo: number) => ({
      environment_id: envB,
      flag_key: 'ret',
      variation: 0,
      hour: new Date(now.getTime() - hoursAgo * 3_600_000),
      count: 1,
    });
    await t.db('sdk_evaluation_counters').insert([row(1), row(47), row(49), row(24 * 30)]);
    await t.db('sdk_evaluation_daily').insert(
      [1, 9, 11, 300].map((d) => ({
        environment_id: envB,
        flag_key: 'ret',
        variation: 0,
        day: new Date(now.getTime() - d * day).toISOString().slice(0, 10),
        count: 1,
      })),
    );
    await t.db('sdk_event_batches').insert([
      { environment_id: envB, batch_id: 'old', received_at: new Date(now.getTime() - 2 * day) },
      { environment_id: envB, batch_id: 'new', received_at: new Date(now.getTime() - 60_000) },
    ]);
    await reportConnections(
      t.db,
      'dead-replica',
      new Map([[envB, 3]]),
      new Date(now.getTime() - 2 * 3_600_000),
    );

    const org = await t.db('organizations').first('id');
    const [other] = await t
      .db('projects')
      .insert({ organization_id: org.id, key: 'q', name: 'Q' })
      .returning('id');
    const [{ id: otherEnv }] = await t
      .db('environments')
      .insert({ project_id: other.id, key: 'a', name: 'A', color: '#000000' })
      .returning('id');
    await t.db('sdk_evaluation_counters').insert({ ...row(24 * 30), environment_id: otherEnv });

    await runInsightsRetention(t.db, now);

    const hours = await t
      .db('sdk_evaluation_counters')
      .where({ flag_key: 'ret', environment_id: envB })
      .orderBy('hour')
      .select('hour');
    expect(hours.map((h) => (now.getTime() - new Date(h.hour).getTime()) / 3_600_000)).toEqual([47, 1]);
    const days = await t
      .db('sdk_evaluation_daily')
      .where({ flag_key: 'ret' })
      .orderBy('day')
      .select(t.db.raw(`to_char(day, 'YYYY-MM-DD') as day`));
    expect(days.map((d) => d.day)).toEqual(['2026-11-23', '2026-12-01']);
    expect(
      (
        await t
          .db('sdk_event_batches')
          .where({ environment_id: envB })
          .whereIn('batch_id', ['old', 'new'])
          .select('batch_id')
      ).map((r) => r.batch_id),
    ).toEqual(['new']);
    expect(await t.db('sdk_stream_connections').where({ replica_id: 'dead-replica' })).toEqual([]);
    // Another project keeps the default windows (31 days of hours): its 30-day-old hour stays.
    expect(
      await t.db('sdk_evaluation_counters').where({ environment_id: otherEnv, flag_key: 'ret' }),
    ).toHaveLength(1);
  });
});

describe('credential usage', () => {
  it('adds the counts of several recorders (replicas) per credential and day, keeping the last use', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    let clock = Date.UTC(2026, 11, 2, 9);
    const r1 = createCredentialUsageRecorder(t.db, logger, { now: () => clock });
    const r2 = createCredentialUsageRecorder(t.db, logger, { now: () => clock });
    for (let i = 0; i < 5; i++) r1.record('server', id);
    clock += 60_000;
    for (let i = 0; i < 3; i++) r2.record('server', id);
    await Promise.all([r1.flush(), r2.flush()]);
    clock = Date.UTC(2026, 11, 1, 9); // yesterday
    r1.record('server', id);
    await r1.flush();
    const counts = await credentialCounts(t.db, [id], new Date(Date.UTC(2026, 11, 2, 12)));
    expect(counts.get(id)).toEqual({
      lastUsedAt: new Date(Date.UTC(2026, 11, 2, 9, 1)),
      requests24h: 9,
      requests7d: 9,
      requests30d: 9,
    });
    expect((await credentialCounts(t.db, [id], new Date(Date.UTC(2026, 11, 20)))).get(id)!.requests7d).toBe(
      0,
    );
  });
});

describe('stream connections', () => {
  it('sums the replicas whose heartbeat is fresh; a replica that stops reporting stops counting', async () => {
    const now = new Date(Date.UTC(2026, 11, 2, 12));
    await reportConnections(
      t.db,
      'r1',
      new Map([
        [envA, 2],
        [envB, 1],
      ]),
      now,
    );
    await reportConnections(t.db, 'r2', new Map([[envA, 5]]), new Date(now.getTime() - 10_000));
    await reportConnections(
      t.db,
      'r3',
      new Map([[envA, 7]]),
      new Date(now.getTime() - connectionsFreshMs - 1),
    );
    expect(await openStreams(t.db, [envA, envB], now, connectionsFreshMs)).toEqual(
      new Map([
        [envA, 7],
        [envB, 1],
      ]),
    );
    // r1's streams on B closed: its next report removes the row.
    await reportConnections(t.db, 'r1', new Map([[envA, 2]]), now);
    expect(await openStreams(t.db, [envA, envB], now, connectionsFreshMs)).toEqual(new Map([[envA, 7]]));
  });
});
