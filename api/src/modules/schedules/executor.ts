// The scheduler: executes due steps, each exactly once across every replica. One transaction per step
// holds the schedule row (FOR UPDATE SKIP LOCKED: another replica skips it and takes another schedule),
// the configuration write, its audit entry and the step's bookkeeping, so a step is either done with
// its write or not done at all (a replica killed mid-step rolls back; the next pass does it). Steps of
// one schedule run in order because the schedule row, not the step, is what is claimed.
import type { Knex } from 'knex';
import { sameConfig } from '@ff/engine/config-equality';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import { HttpError } from '../../http/errors.ts';
import { can } from '../../http/permissions.ts';
import type { Actor, Principal, Role } from '../../http/principal.ts';
import { findEnvironmentById } from '../environments/store.ts';
import type { EnvironmentRow } from '../environments/store.ts';
import { findProjectById } from '../projects/store.ts';
import { applyActions } from '../flag-configs/actions.ts';
import { configResource, openConfig, saveConfig, validateFor } from '../flag-configs/service.ts';
import { loadReferences } from '../flag-configs/references.ts';
import type { StoredConfig } from '../flag-configs/store.ts';
import { decideRebase } from './rebase.ts';
import {
  findSchedule,
  scheduleResource,
  scheduleView,
  stepsOf,
  updateSchedule,
  updateStep,
} from './store.ts';
import type { ScheduleEntry, StepRow } from './store.ts';

/** A step first seen more than this long after its time was missed (every replica was down). */
export const MISSED_AFTER_MS = 60_000;
/** Steps one pass executes at most (the next pass goes on). */
const MAX_STEPS_PER_PASS = 500;
/** The token name audit entries of executed steps carry: the scheduler, acting for the person. */
export const SCHEDULER_NAME = 'scheduler';

/** What happened to one claimed step. */
export type StepOutcome = 'done' | 'unchanged' | 'rebased' | 'skipped' | 'failed';

function schedulerActor(s: ScheduleEntry, position: number): Actor {
  return {
    organizationId: s.organization_id,
    userId: s.created_by_user_id,
    email: s.created_by_email,
    tokenId: null,
    tokenName: SCHEDULER_NAME,
    requestId: `schedule/${s.id}/step/${position}`,
    source: { ip: null, userAgent: 'ff-scheduler' },
  };
}

/** Whether the person who scheduled may still write this environment (they may have left or lost a role). */
async function stillAllowed(trx: Knex, s: ScheduleEntry, env: EnvironmentRow): Promise<boolean> {
  if (s.created_by_user_id === null) return false;
  const rows = (await trx('memberships')
    .where({ organization_id: s.organization_id, user_id: s.created_by_user_id, status: 'active' })
    .select('role', 'project_id')) as { role: Role; project_id: string | null }[];
  return rows.some((m) => {
    const p = {
      role: m.role,
      adminProjects: new Set(m.role === 'project_admin' && m.project_id ? [m.project_id] : []),
    } as unknown as Principal;
    return can(p, 'flags:write', { projectId: s.project_id, protectedEnvironment: env.protected });
  });
}

const reasonOf = (err: unknown): string => {
  if (err instanceof HttpError) {
    const issues = (err as HttpError & { errors?: { path: string; message: string }[] }).errors;
    return issues?.length ? issues.map((i) => `${i.path}: ${i.message}`).join('; ') : err.message;
  }
  throw err;
};

/** Claims the schedule with the earliest due step no other replica holds; undefined when none is due. */
async function claim(trx: Knex, now: Date): Promise<ScheduleEntry | undefined> {
  const row = (await trx('schedules as s')
    .where('s.status', 'active')
    .whereExists((q) =>
      q
        .select(trx.raw('1'))
        .from('schedule_steps as st')
        .whereRaw('st.schedule_id = s.id')
        .where('st.status', 'pending')
        .where('st.run_at', '<=', now),
    )
    .orderBy('s.created_at')
    .forUpdate()
    .skipLocked()
    .first('s.id', 's.project_id')) as { id: string; project_id: string } | undefined;
  return row ? findSchedule(trx, row.project_id, row.id) : undefined;
}

async function failStep(
  uow: UnitOfWork,
  s: ScheduleEntry,
  step: StepRow,
  steps: StepRow[],
  reason: string,
  now: Date,
): Promise<StepOutcome> {
  const before = scheduleView(s, steps);
  const failure = `step ${step.position} failed: ${reason}`;
  await updateStep(uow.trx, step.id, { status: 'failed', executed_at: now, detail: reason });
  await uow
    .trx('schedule_steps')
    .where({ schedule_id: s.id, status: 'pending' })
    .update({ status: 'cancelled' });
  await updateSchedule(uow.trx, s.id, { status: 'failed', failure }, now);
  const after = scheduleView(
    { ...s, status: 'failed', failure, updated_at: now },
    (await stepsOf(uow.trx, [s.id])).get(s.id)!,
  );
  await uow.audit({
    action: 'schedule.fail',
    resourceType: 'schedule',
    resource: scheduleResource(s.project_key, s.id),
    before,
    after,
    comment: failure,
  });
  return 'failed';
}

/** Executes (or skips, or fails) the next step of one claimed schedule, inside the unit of work. */
async function executeStep(uow: UnitOfWork, actor: Actor, s: ScheduleEntry, now: Date): Promise<StepOutcome> {
  const { trx } = uow;
  const steps = (await stepsOf(trx, [s.id])).get(s.id)!;
  const step = steps.find((st) => st.status === 'pending')!;
  Object.assign(actor, schedulerActor(s, step.position));
  const last = !steps.some((st) => st.status === 'pending' && st.position > step.position);
  const progress = `step ${step.position}/${steps.length} of schedule ${s.id}`;

  if (s.missed_step_policy === 'skip' && now.getTime() - new Date(step.run_at).getTime() > MISSED_AFTER_MS) {
    const before = scheduleView(s, steps);
    const detail = `missed (due ${new Date(step.run_at).toISOString()}, no replica was running); skipped by policy`;
    await updateStep(trx, step.id, { status: 'skipped', executed_at: now, detail });
    if (last) await updateSchedule(trx, s.id, { status: 'completed' }, now);
    else await updateSchedule(trx, s.id, {}, now);
    const after = scheduleView(
      { ...s, status: last ? 'completed' : s.status, updated_at: now },
      (await stepsOf(trx, [s.id])).get(s.id)!,
    );
    await uow.audit({
      action: 'schedule.skip_step',
      resourceType: 'schedule',
      resource: scheduleResource(s.project_key, s.id),
      before,
      after,
      comment: `${progress}: ${detail}`,
    });
    return 'skipped';
  }

  // A project cannot vanish under a claimed schedule either (its delete cascades to the schedule).
  const project = (await findProjectById(trx, s.project_id))!;
  // The schedule's environment cannot vanish under a claimed schedule (ON DELETE CASCADE takes the schedule).
  const env = (await findEnvironmentById(trx, s.environment_id))!;
  if (!(await stillAllowed(trx, s, env))) {
    return failStep(
      uow,
      s,
      step,
      steps,
      `${s.created_by_email ?? 'its author'} may no longer change ${env.key}`,
      now,
    );
  }
  const open = await openConfig(trx, project, env, s.flag_key, undefined);
  const current = open.row.config;
  const base = s.base_config;
  let result: StoredConfig;
  let rebased = '';
  try {
    const named = step.actions.flatMap((a) => (a.kind === 'addPrerequisite' ? [{ flag: a.flag }] : []));
    await loadReferences(trx, project.id, open.ctx, [{ prerequisites: named }]);
    const actionCtx = {
      flagKey: open.flag.key,
      variationCount: open.flag.variations.length,
      flags: open.ctx.refs.flags,
    };
    const intended = applyActions(base, step.actions, actionCtx).at(-1)!;
    const decision = decideRebase(base, intended, current);
    if (decision.kind === 'conflict') {
      return failStep(
        uow,
        s,
        step,
        steps,
        `the configuration changed since it was scheduled (version ${s.base_version} → ${open.row.version}) ` +
          `in what this step changes too (${decision.fields.join(', ')})`,
        now,
      );
    }
    if (decision.kind === 'rebase') {
      result = applyActions(current, step.actions, actionCtx).at(-1)!;
      rebased = `rebased onto version ${open.row.version} (changed meanwhile: ${decision.movedFields.join(', ')})`;
    } else result = intended;
  } catch (err) {
    return failStep(uow, s, step, steps, reasonOf(err), now);
  }
  const checked = await validateFor(trx, project, open, result);
  if (!checked.ok) {
    const issues = checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    return failStep(uow, s, step, steps, issues, now);
  }

  if (sameConfig(current, checked.value)) {
    // Asked for what already is: nothing to write or audit; the step is still done.
    await updateStep(trx, step.id, {
      status: 'done',
      executed_at: now,
      detail: 'already so: nothing to change',
    });
    await updateSchedule(
      trx,
      s.id,
      { base_config: current, base_version: open.row.version, ...(last ? { status: 'completed' } : {}) },
      now,
    );
    uow.unchanged();
    return 'unchanged';
  }
  const { before, after } = await saveConfig(trx, project, env, open, checked.value);
  const auditId = await uow.audit({
    action: 'flag_config.change',
    resourceType: 'flag_config',
    resource: configResource(project.key, open.flag.key, env.key),
    before,
    after,
    comment: [`${progress}`, s.comment, rebased].filter(Boolean).join(': '),
  });
  await updateStep(trx, step.id, {
    status: 'done',
    executed_at: now,
    result_version: after.version,
    audit_id: auditId,
    detail: rebased || null,
  });
  await updateSchedule(
    trx,
    s.id,
    { base_config: checked.value, base_version: after.version, ...(last ? { status: 'completed' } : {}) },
    now,
  );
  return rebased ? 'rebased' : 'done';
}

/** Claims and executes one due step; undefined when no step is due (or every due one is held elsewhere). */
export async function runOneStep(db: Db, now: Date): Promise<StepOutcome | undefined> {
  // Filled in once the schedule is claimed: the entry is written as the scheduler acting for its author.
  const actor: Actor = {
    organizationId: '',
    userId: null,
    email: null,
    tokenId: null,
    tokenName: SCHEDULER_NAME,
    requestId: null,
    source: { ip: null, userAgent: 'ff-scheduler' },
  };
  return mutate(db, actor, async (uow) => {
    const s = await claim(uow.trx, now);
    if (!s) {
      uow.unchanged();
      return undefined;
    }
    return executeStep(uow, actor, s, now);
  });
}

/** One pass of the scheduler worker: every due step it can claim, up to a bound. */
export async function runDueSteps(db: Db, now: Date): Promise<StepOutcome[]> {
  const outcomes: StepOutcome[] = [];
  for (let i = 0; i < MAX_STEPS_PER_PASS; i++) {
    const outcome = await runOneStep(db, now);
    if (outcome === undefined) break;
    outcomes.push(outcome);
  }
  return outcomes;
}
