import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/db.ts';
import type { TestDb } from '../../test/db.ts';
import { migrateLatest, migrationConfig, migrationNames, pendingMigrations } from './migrate.ts';

const domainTables = [
  'organizations',
  'users',
  'memberships',
  'projects',
  'environments',
  'flags',
  'flag_configs',
  'segments',
  'segment_members',
  'api_tokens',
  'sdk_keys',
  'audit_log',
  'sdk_evaluation_counters',
  'sdk_events',
  // 009 insights
  'sdk_event_batches',
  'sdk_evaluation_daily',
  'sdk_evaluation_totals',
  'sdk_flag_daily',
  'sdk_flag_usage',
  'credential_usage',
  'sdk_stream_connections',
  'insights_settings',
  'rate_limit_counts',
  // 010 code references
  'code_reference_repositories',
  'code_references',
  // 012 change control
  'schedules',
  'schedule_steps',
  'webhooks',
  'webhook_deliveries',
  'webhook_attempts',
  'change_requests',
  // 011 experiments
  'experiments',
  'experiment_assignments',
  'experiment_exposures',
  'metric_definitions',
  // 014 experiment rollups
  'experiment_metric_series',
  'experiment_unit_values',
];

async function publicTables(t: TestDb): Promise<string[]> {
  const rows = await t
    .db('information_schema.tables')
    .where({ table_schema: 'public', table_type: 'BASE TABLE' })
    .pluck('table_name');
  return (rows as string[]).filter((n) => !n.startsWith('ff_migrations')).sort();
}

describe('migrations', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ migrated: false });
  });
  afterAll(() => t.destroy());

  it('go up, all the way down, and up again', async () => {
    expect(await pendingMigrations(t.db)).toEqual(migrationNames);

    expect(await migrateLatest(t.db)).toEqual(migrationNames);
    expect(await publicTables(t)).toEqual([...domainTables].sort());
    expect(await pendingMigrations(t.db)).toEqual([]);

    await t.db.migrate.rollback(migrationConfig, true);
    expect(await publicTables(t)).toEqual([]);
    expect(await pendingMigrations(t.db)).toEqual(migrationNames);

    expect(await migrateLatest(t.db)).toEqual(migrationNames);
    expect(await publicTables(t)).toEqual([...domainTables].sort());
  });

  it('keeps its bookkeeping in ff_migrations', async () => {
    const names = await t.db('ff_migrations').orderBy('id').pluck('name');
    expect(names).toEqual(migrationNames);
  });

  it('enforces the constraints the domain relies on', async () => {
    const [org] = await t.db('organizations').insert({ key: 'o', name: 'O' }).returning('id');
    await t.db('users').insert({ email: 'Ada@Example.com' });
    // Emails are unique regardless of case.
    await expect(t.db('users').insert({ email: 'ada@example.com' })).rejects.toThrow(/unique/);
    const [project] = await t
      .db('projects')
      .insert({ organization_id: org.id, key: 'p', name: 'P' })
      .returning('id');
    await expect(
      t.db('projects').insert({ organization_id: org.id, key: 'p', name: 'again' }),
    ).rejects.toThrow(/unique/);
    await expect(
      t.db('flags').insert({ project_id: project.id, key: 'f', name: 'F', kind: 'colour', variations: '[]' }),
    ).rejects.toThrow(/flags_kind_check/);
    const [env] = await t
      .db('environments')
      .insert({ project_id: project.id, key: 'dev', name: 'Dev' })
      .returning('*');
    expect(env).toMatchObject({ protected: false, version: 1 });
    // Deleting the organization removes everything under it.
    await t.db('organizations').where({ id: org.id }).del();
    expect(await t.db('environments').count('* as n').first()).toEqual({ n: 0 });
  });
});
