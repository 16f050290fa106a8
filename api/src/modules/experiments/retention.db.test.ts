// Raw event retention, run directly with an injected time: a project's retention window, the server
// default, and an environment with a running experiment keeping what its results still read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixtureData } from '../../../test/api-fixture.ts';
import { createTestDb } from '../../../test/db.ts';
import type { TestDb } from '../../../test/db.ts';
import { defaultRetentionDays, runEventRetention } from './retention.ts';

let t: TestDb;
const now = new Date('2026-12-02T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const env: Record<string, string> = {};
let otherEnv: string;

beforeAll(async () => {
  t = await createTestDb();
  const { organizationId } = await seedFixtureData(t.db);
  const project = await t.db('projects').where({ organization_id: organizationId, key: 'demo' }).first('id');
  for (const key of ['development', 'staging']) {
    env[key] = (await t.db('environments').where({ project_id: project.id, key }).first('id')).id;
  }
  await t.db('projects').where({ id: project.id }).update({ event_retention_days: 30 });
  // A running experiment in development, started 50 days ago (metric windows default to 7 days).
  const flag = await t.db('flags').where({ project_id: project.id }).first('id');
  await t.db('experiments').insert({
    project_id: project.id,
    environment_id: env.development,
    flag_id: flag.id,
    key: 'long-runner',
    name: 'long-runner',
    variants: JSON.stringify([
      { key: 'a', weight: 1 },
      { key: 'b', weight: 1 },
    ]),
    salt: 's',
    status: 'running',
    started_at: daysAgo(50),
  });
  // Another organization's project without a retention of its own.
  const other = await t.db('projects').whereNot({ organization_id: organizationId }).first('id');
  const [created] = await t
    .db('environments')
    .insert({ project_id: other.id, key: 'prod', name: 'prod', color: '#000000' })
    .returning('id');
  otherEnv = created.id;
  const row = (environment_id: string, d: number, name: string) => ({
    environment_id,
    kind: 'custom',
    name,
    context_key: 'u',
    occurred_at: daysAgo(d),
  });
  await t.db('sdk_events').insert([
    row(env.staging!, 40, 'old'),
    row(env.staging!, 10, 'recent'),
    row(env.development!, 40, 'measured'), // inside the running experiment's reach
    row(env.development!, 60, 'before-experiment'), // before its start minus the 7-day window
    row(otherEnv, 400, 'no-retention'),
  ]);
});
afterAll(() => t.destroy());

const names = async (environmentId: string) =>
  (await t
    .db('sdk_events')
    .where({ environment_id: environmentId })
    .orderBy('name')
    .pluck('name')) as string[];

describe('raw event retention', () => {
  it('reads the server default from FF_EVENT_RETENTION_DAYS', () => {
    expect(defaultRetentionDays({ FF_EVENT_RETENTION_DAYS: '90' })).toBe(90);
    expect(defaultRetentionDays({ FF_EVENT_RETENTION_DAYS: 'soon' })).toBeNull();
    expect(defaultRetentionDays({})).toBeNull();
  });

  it("deletes past the project's window, keeps what a running experiment reads, and leaves projects without one", async () => {
    expect(await runEventRetention(t.db, now, null)).toBe(2);
    expect(await names(env.staging!)).toEqual(['recent']);
    expect(await names(env.development!)).toEqual(['measured']);
    expect(await names(otherEnv)).toEqual(['no-retention']);
  });

  it('applies the server default to projects without their own', async () => {
    expect(await runEventRetention(t.db, now, 365)).toBe(1);
    expect(await names(otherEnv)).toEqual([]);
  });
});
