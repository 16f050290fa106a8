// The scheduler on a real database: exactly-once execution with two replicas claiming at once, the
// missed-step policy, the base-changed rule, pause/resume/cancel, and who the audit log says acted.
// Time is injected (`now`), never waited for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixtureData } from '../../../test/api-fixture.ts';
import { createTestDb, onRealPostgres } from '../../../test/db.ts';
import type { TestDb } from '../../../test/db.ts';
import { createDb } from '../../db/knex.ts';
import type { Db } from '../../db/knex.ts';
import type { Actor } from '../../http/principal.ts';
import type { EnvironmentRow } from '../environments/store.ts';
import type { ProjectRow } from '../projects/store.ts';
import { findEnvironment, findProject, findProjectFlag } from '../../http/scope.ts';
import { createFlagConfigService } from '../flag-configs/service.ts';
import { createFlagService } from '../flags/service.ts';
import { MISSED_AFTER_MS, runDueSteps } from './executor.ts';
import { createScheduleService } from './service.ts';

let t: TestDb;
let project: ProjectRow;
let staging: EnvironmentRow;
let production: EnvironmentRow;
let admin: Actor;
let developer: Actor;
const T0 = new Date('2026-12-03T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function actorFor(email: string, organizationId: string): Promise<Actor> {
  const user = await t.db('users').where({ email }).first('id');
  return {
    organizationId,
    userId: user.id,
    email,
    tokenId: null,
    tokenName: 'test',
    requestId: null,
    source: { ip: null, userAgent: null },
  };
}

const rollout = (pct: number) => ({
  kind: 'setRollout' as const,
  weights: [
    { variation: 0, weight: pct * 1000 },
    { variation: 1, weight: 100_000 - pct * 1000 },
  ],
});

let flagCount = 0;
async function newFlag(): Promise<string> {
  const key = `sched-${++flagCount}`;
  await createFlagService(t.db).create(admin, project, { key, name: key, kind: 'boolean' } as never);
  return key;
}

const schedules = () => createScheduleService(t.db, () => T0);
const configs = () => createFlagConfigService(t.db);
/** The flag's configuration in `env`, read as GET …/flags/{flag}/environments/{env} does. */
const configAt = async (env: EnvironmentRow, key: string) =>
  configs().get(env, await findProjectFlag(t.db, project, key));
/** The weight of variation 0 in the fallthrough's rollout (undefined when it serves one variation). */
const firstWeight = (c: { fallthrough: object }) =>
  'rollout' in c.fallthrough
    ? (c.fallthrough as { rollout: { weights: { weight: number }[] } }).rollout.weights[0]?.weight
    : undefined;

beforeAll(async () => {
  t = await createTestDb();
  const { organizationId } = await seedFixtureData(t.db);
  project = await findProject(t.db, organizationId, 'demo');
  staging = await findEnvironment(t.db, project, 'staging');
  production = await findEnvironment(t.db, project, 'production');
  admin = await actorFor('admin@demo.local', organizationId);
  developer = await actorFor('dev@demo.local', organizationId);
});
afterAll(() => t.destroy());

describe('scheduled steps', () => {
  it('runs 100 steps due at the same instant exactly once across two replicas', async () => {
    const keys: string[] = [];
    for (let i = 0; i < 20; i++) keys.push(await newFlag());
    for (const key of keys) {
      await schedules().create(admin, project, staging, key, {
        steps: [5, 25, 50, 75, 100].map((pct) => ({
          at: minutes(10).toISOString(),
          actions: [rollout(pct)],
        })),
      });
    }
    // Two replicas: two connection pools on the same database when it is a server (so the claims really
    // race); PGlite is one process with one connection, so there both passes share it.
    const second: Db = onRealPostgres ? createDb(t.settings) : t.db;
    try {
      const [a, b] = await Promise.all([runDueSteps(t.db, minutes(10)), runDueSteps(second, minutes(10))]);
      expect(a.length + b.length).toBe(100);
      expect([...a, ...b].every((o) => o === 'done')).toBe(true);
    } finally {
      if (second !== t.db) await second.destroy();
    }
    const executed = await t
      .db('audit_log')
      .where({ action: 'flag_config.change', actor_token_name: 'scheduler' })
      .whereIn(
        'resource_key',
        keys.map((k) => `projects/demo/flags/${k}/environments/staging`),
      )
      .select('id', 'resource_key');
    expect(executed).toHaveLength(100);
    const steps = await t
      .db('schedule_steps as st')
      .join('schedules as s', 's.id', 'st.schedule_id')
      .whereIn('s.flag_id', t.db('flags').whereIn('key', keys).select('id'))
      .select('st.status', 'st.audit_id');
    expect(steps).toHaveLength(100);
    expect(steps.every((s) => s.status === 'done')).toBe(true);
    expect(new Set(steps.map((s) => String(s.audit_id))).size).toBe(100);
    for (const key of keys) {
      const config = await configAt(staging, key);
      // Five writes after the first version, the last one at 100%.
      expect(config.version).toBe(6);
      expect(firstWeight(config)).toBe(100_000);
    }
    expect(await runDueSteps(t.db, minutes(10))).toEqual([]);
  }, 120_000);

  it('writes each executed step as the scheduler acting for the person who scheduled it', async () => {
    const key = await newFlag();
    const s = await schedules().create(developer, project, staging, key, {
      comment: 'canary',
      steps: [{ at: minutes(1).toISOString(), actions: [{ kind: 'turnOn' }, rollout(5)] }],
    });
    expect(await runDueSteps(t.db, minutes(0))).toEqual([]);
    expect(await runDueSteps(t.db, minutes(1))).toEqual(['done']);
    const entry = await t
      .db('audit_log')
      .where({
        resource_key: `projects/demo/flags/${key}/environments/staging`,
        action: 'flag_config.change',
      })
      .first();
    expect(entry).toMatchObject({
      actor_email: 'dev@demo.local',
      actor_user_id: developer.userId,
      actor_token_name: 'scheduler',
      source_user_agent: 'ff-scheduler',
      request_id: `schedule/${s.id}/step/1`,
    });
    expect(entry.comment).toContain('canary');
    const done = await schedules().get(project, s.id);
    expect(done.status).toBe('completed');
    expect(done.steps[0]).toMatchObject({ status: 'done', resultVersion: 2 });
  });

  it('runs a step missed while every replica was down late by default, or skips it by policy', async () => {
    const late = await newFlag();
    const skipped = await newFlag();
    const run = await schedules().create(admin, project, staging, late, {
      steps: [{ at: minutes(1).toISOString(), actions: [{ kind: 'turnOn' }] }],
    });
    const skip = await schedules().create(admin, project, staging, skipped, {
      missedStepPolicy: 'skip',
      steps: [
        { at: minutes(1).toISOString(), actions: [{ kind: 'turnOn' }] },
        { at: minutes(600).toISOString(), actions: [rollout(50)] },
      ],
    });
    const restart = new Date(minutes(1).getTime() + MISSED_AFTER_MS + 1);
    expect((await runDueSteps(t.db, restart)).sort()).toEqual(['done', 'skipped']);
    expect((await configAt(staging, late)).on).toBe(true);
    expect((await configAt(staging, skipped)).on).toBe(false);
    expect((await schedules().get(project, run.id)).status).toBe('completed');
    const after = await schedules().get(project, skip.id);
    expect(after.status).toBe('active');
    expect(after.steps.map((st) => st.status)).toEqual(['skipped', 'pending']);
    expect(after.steps[0]!.detail).toContain('skipped by policy');
    // The next step, on time, runs.
    expect(await runDueSteps(t.db, minutes(600))).toEqual(['done']);
    expect((await schedules().get(project, skip.id)).status).toBe('completed');
  });

  it('rebases a step onto an independent change, and fails (with an audit entry) on a conflicting one', async () => {
    const independent = await newFlag();
    const conflicting = await newFlag();
    const steps = [{ at: minutes(5).toISOString(), actions: [rollout(25)] }];
    const a = await schedules().create(admin, project, staging, independent, { steps });
    const b = await schedules().create(admin, project, staging, conflicting, {
      steps: [...steps, { at: minutes(6).toISOString(), actions: [rollout(50)] }],
    });
    await configs().change(admin, project, staging, independent, undefined, {
      actions: [{ kind: 'addTargets', variation: 0, values: ['qa-team'] }],
    });
    await configs().change(admin, project, staging, conflicting, undefined, { actions: [rollout(10)] });

    expect((await runDueSteps(t.db, minutes(6))).sort()).toEqual(['failed', 'rebased']);
    const rebased = await configAt(staging, independent);
    expect(rebased.targets).toEqual([{ variation: 0, values: ['qa-team'] }]);
    expect(firstWeight(rebased)).toBe(25_000);
    expect((await schedules().get(project, a.id)).steps[0]!.detail).toMatch(/^rebased onto version 2/);

    // The conflicting one left the configuration as the person set it, and says why it stopped.
    expect(firstWeight(await configAt(staging, conflicting))).toBe(10_000);
    const failed = await schedules().get(project, b.id);
    expect(failed.status).toBe('failed');
    expect(failed.failure).toContain('fallthrough');
    expect(failed.steps.map((st) => st.status)).toEqual(['failed', 'cancelled']);
    const notice = await t
      .db('audit_log')
      .where({ action: 'schedule.fail', resource_key: `projects/demo/schedules/${b.id}` });
    expect(notice).toHaveLength(1);
  });

  it('fails a step whose author may no longer write the environment', async () => {
    const key = await newFlag();
    const s = await schedules().create(developer, project, staging, key, {
      steps: [{ at: minutes(1).toISOString(), actions: [{ kind: 'turnOn' }] }],
    });
    await t.db('memberships').where({ user_id: developer.userId }).update({ role: 'viewer' });
    try {
      expect(await runDueSteps(t.db, minutes(1))).toEqual(['failed']);
    } finally {
      await t.db('memberships').where({ user_id: developer.userId }).update({ role: 'developer' });
    }
    expect((await schedules().get(project, s.id)).failure).toContain('may no longer change staging');
    expect((await configAt(staging, key)).on).toBe(false);
  });

  it('pauses (the clock stops), resumes (what is left moves later by the pause) and cancels', async () => {
    const key = await newFlag();
    const at = (n: number) => minutes(n).toISOString();
    const s = await schedules().create(admin, project, production, key, {
      steps: [
        { at: at(10), actions: [rollout(5)] },
        { at: at(20), actions: [rollout(25)] },
        { at: at(30), actions: [rollout(100)] },
      ],
    });
    const owner = await actorFor('admin@demo.local', project.organization_id);
    const principal = { role: 'admin', adminProjects: new Set<string>() } as never;
    expect(await runDueSteps(t.db, minutes(10))).toEqual(['done']);
    const paused = await createScheduleService(t.db, () => minutes(12)).transition(
      principal,
      owner,
      project,
      s.id,
      'pause',
      undefined,
    );
    expect(paused.status).toBe('paused');
    expect(await runDueSteps(t.db, minutes(40))).toEqual([]);
    const resumed = await createScheduleService(t.db, () => minutes(42)).transition(
      principal,
      owner,
      project,
      s.id,
      'resume',
      undefined,
    );
    // Paused 30 minutes: 20 → 50, 30 → 60.
    expect(resumed.steps.map((st) => st.at)).toEqual([at(10), at(50), at(60)]);
    expect(await runDueSteps(t.db, minutes(49))).toEqual([]);
    expect(await runDueSteps(t.db, minutes(50))).toEqual(['done']);
    const cancelled = await createScheduleService(t.db, () => minutes(51)).transition(
      principal,
      owner,
      project,
      s.id,
      'cancel',
      'enough',
    );
    expect(cancelled.steps.map((st) => st.status)).toEqual(['done', 'done', 'cancelled']);
    expect(await runDueSteps(t.db, minutes(90))).toEqual([]);
    expect(firstWeight(await configAt(production, key))).toBe(25_000);
    await expect(
      createScheduleService(t.db, () => minutes(52)).transition(
        principal,
        owner,
        project,
        s.id,
        'resume',
        undefined,
      ),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('refuses steps in the past, out of order, or that could never apply', async () => {
    const key = await newFlag();
    await expect(
      schedules().create(admin, project, staging, key, {
        steps: [{ at: minutes(-2).toISOString(), actions: [{ kind: 'turnOn' }] }],
      }),
    ).rejects.toMatchObject({ status: 422, errors: [{ path: 'body.steps[0].at', rule: 'schedule-steps' }] });
    await expect(
      schedules().create(admin, project, staging, key, {
        steps: [
          { at: minutes(5).toISOString(), actions: [{ kind: 'turnOn' }] },
          { at: minutes(4).toISOString(), actions: [{ kind: 'turnOff' }] },
        ],
      }),
    ).rejects.toMatchObject({ status: 422, errors: [{ path: 'body.steps[1].at' }] });
    await expect(
      schedules().create(admin, project, staging, key, {
        steps: [{ at: minutes(5).toISOString(), actions: [{ kind: 'setOffVariation', variation: 7 }] }],
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(
      await t.db('schedules').where({ flag_id: t.db('flags').where({ key }).select('id') }),
    ).toHaveLength(0);
  });
});
