// Scheduling changes: create (checked now against the current configuration, so a schedule that could
// never run is refused up front), list, read, and the pause / resume / cancel transitions. Execution is
// executor.ts's, in the background.
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { breaking, ConflictError, NotFoundError, ValidationError } from '../../http/errors.ts';
import type { FieldIssue } from '../../http/errors.ts';
import { authorize } from '../../http/permissions.ts';
import type { Actor, Principal } from '../../http/principal.ts';
import { findEnvironmentById } from '../environments/store.ts';
import type { EnvironmentRow } from '../environments/store.ts';
import type { ProjectRow } from '../projects/store.ts';
import type { components } from '../../generated/openapi.ts';
import { applyActions } from '../flag-configs/actions.ts';
import { openConfig, validateFor } from '../flag-configs/service.ts';
import { loadReferences } from '../flag-configs/references.ts';
import {
  findSchedule,
  insertSchedule,
  listSchedules,
  scheduleResource,
  scheduleView,
  stepsOf,
  updateSchedule,
} from './store.ts';
import type { Schedule, ScheduleEntry, ScheduleStatus } from './store.ts';

/** The request body; missedStepPolicy defaults to `run` (the validator fills it in on the HTTP path). */
type ScheduleCreate = Omit<components['schemas']['ScheduleCreate'], 'missedStepPolicy'> & {
  missedStepPolicy?: components['schemas']['ScheduleCreate']['missedStepPolicy'] | undefined;
};
export type Transition = 'pause' | 'resume' | 'cancel';

/** Which state each transition starts from, and where it leads. */
const transitions: Record<Transition, { from: ScheduleStatus[]; to: ScheduleStatus }> = {
  pause: { from: ['active'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
  cancel: { from: ['active', 'paused'], to: 'cancelled' },
};

/**
 * How far in the past a step may be (the client's clock is behind ours): such a step is due at once,
 * so `--steps` without `--at` can send its first step "now".
 */
export const CLOCK_SKEW_MS = 60_000;

/** Refusals of the step list itself: times not in the past, never going back. */
export function stepTimeIssues(steps: readonly { at: string }[], now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  let previous = -Infinity;
  steps.forEach((st, i) => {
    const t = Date.parse(st.at);
    if (t < now.getTime() - CLOCK_SKEW_MS) {
      issues.push({
        path: `body.steps[${i}].at`,
        message: `${st.at} is in the past`,
        rule: 'schedule-steps',
      });
    } else if (t < previous) {
      issues.push({
        path: `body.steps[${i}].at`,
        message: `${st.at} is before the previous step's time; steps run in order`,
        rule: 'schedule-steps',
      });
    }
    previous = Math.max(previous, t);
  });
  return issues;
}

const underStep = (i: number, issues: readonly FieldIssue[]): FieldIssue[] =>
  issues.map((issue) => ({
    ...issue,
    path: issue.path.replace(/^body\.actions/, `body.steps[${i}].actions`),
  }));

async function view(db: Db, s: ScheduleEntry): Promise<Schedule> {
  return scheduleView(s, (await stepsOf(db, [s.id])).get(s.id)!);
}

export function createScheduleService(db: Db, clock: () => Date = () => new Date()) {
  async function scheduleOr404(handle: Db, project: ProjectRow, id: string, lock = false) {
    const s = await findSchedule(handle, project.id, id, lock);
    if (!s) throw new NotFoundError(`No schedule "${id}" in project "${project.key}".`);
    return s;
  }

  return {
    async create(
      actor: Actor,
      project: ProjectRow,
      environment: EnvironmentRow,
      flagKey: string,
      body: ScheduleCreate,
    ): Promise<Schedule> {
      const now = clock();
      const timeIssues = stepTimeIssues(body.steps, now);
      if (timeIssues.length > 0) throw new ValidationError(timeIssues, timeIssues[0]!.message);
      return mutate(db, actor, async (uow) => {
        const open = await openConfig(uow.trx, project, environment, flagKey, undefined);
        // Each step is checked on what the previous one leaves, as it would run if nobody else changed
        // the configuration meanwhile: a schedule that could never run is refused now, not at 3 a.m.
        const named = body.steps.flatMap((st) =>
          st.actions.flatMap((a) => (a.kind === 'addPrerequisite' ? [{ flag: a.flag }] : [])),
        );
        await loadReferences(uow.trx, project.id, open.ctx, [{ prerequisites: named }]);
        let config = open.row.config;
        for (const [i, st] of body.steps.entries()) {
          try {
            config = applyActions(config, st.actions, {
              flagKey: open.flag.key,
              variationCount: open.flag.variations.length,
              flags: open.ctx.refs.flags,
            }).at(-1)!;
          } catch (err) {
            if (err instanceof ValidationError)
              throw new ValidationError(underStep(i, err.errors), err.message);
            throw err;
          }
          const checked = await validateFor(uow.trx, project, open, config);
          if (!checked.ok) {
            throw new ValidationError(
              breaking(
                'flag-model',
                checked.issues.map((issue) => ({
                  ...issue,
                  path: `body.steps[${i}].actions`,
                  message: `${issue.path}: ${issue.message}`,
                })),
              ),
            );
          }
          config = checked.value;
        }
        const id = await insertSchedule(
          uow.trx,
          {
            organization_id: project.organization_id,
            project_id: project.id,
            environment_id: environment.id,
            flag_id: open.flag.id,
            created_by_user_id: actor.userId,
            created_by_email: actor.email,
            missed_step_policy: body.missedStepPolicy ?? 'run',
            base_config: open.row.config,
            base_version: open.row.version,
            comment: body.comment ?? null,
          },
          body.steps.map((st) => ({ at: new Date(st.at), actions: st.actions })),
        );
        const created = await view(uow.trx, (await findSchedule(uow.trx, project.id, id))!);
        await uow.audit({
          action: 'schedule.create',
          resourceType: 'schedule',
          resource: scheduleResource(project.key, id),
          before: null,
          after: created,
          comment: body.comment,
        });
        return created;
      });
    },

    async list(
      project: ProjectRow,
      filter: { status?: ScheduleStatus | undefined; flag?: string | undefined; limit?: number | undefined },
    ): Promise<Schedule[]> {
      const rows = await listSchedules(db, project.id, {
        status: filter.status,
        flagKey: filter.flag,
        limit: filter.limit ?? 50,
      });
      const steps = await stepsOf(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => scheduleView(r, steps.get(r.id)!));
    },

    async get(project: ProjectRow, id: string): Promise<Schedule> {
      return view(db, await scheduleOr404(db, project, id));
    },

    async transition(
      principal: Principal,
      actor: Actor,
      project: ProjectRow,
      id: string,
      transition: Transition,
      comment: string | undefined,
    ): Promise<Schedule> {
      const known = await scheduleOr404(db, project, id);
      // Not a reload of the path's scope: the schedule names its environment, which the path does not.
      const env = await findEnvironmentById(db, known.environment_id);
      // Deleted since (its schedules go with it, ON DELETE CASCADE).
      if (!env) throw new NotFoundError(`No schedule "${id}" in project "${project.key}".`);
      authorize(principal, 'flags:write', { projectId: project.id, protectedEnvironment: env.protected });
      const now = clock();
      return mutate(db, actor, async (uow) => {
        const s = await scheduleOr404(uow.trx, project, id, true);
        const rule = transitions[transition];
        if (!rule.from.includes(s.status)) {
          throw new ConflictError(
            `The schedule is ${s.status}; only a schedule that is ${rule.from.join(' or ')} can be ${transition === 'cancel' ? 'cancelled' : `${transition}d`}.`,
          );
        }
        const before = await view(uow.trx, s);
        if (transition === 'pause') {
          await updateSchedule(uow.trx, s.id, { status: 'paused', paused_at: now }, now);
        } else if (transition === 'resume') {
          // The clock stopped while paused: what is still to run moves later by the pause.
          const pausedMs = Math.max(0, now.getTime() - new Date(s.paused_at ?? now).getTime());
          await uow
            .trx('schedule_steps')
            .where({ schedule_id: s.id, status: 'pending' })
            .update({ run_at: uow.trx.raw(`run_at + (? * interval '1 millisecond')`, [pausedMs]) });
          await updateSchedule(uow.trx, s.id, { status: 'active', paused_at: null }, now);
        } else {
          await uow
            .trx('schedule_steps')
            .where({ schedule_id: s.id, status: 'pending' })
            .update({ status: 'cancelled' });
          await updateSchedule(uow.trx, s.id, { status: 'cancelled' }, now);
        }
        const after = await view(uow.trx, (await findSchedule(uow.trx, project.id, id))!);
        await uow.audit({
          action: `schedule.${transition}`,
          resourceType: 'schedule',
          resource: scheduleResource(project.key, id),
          before,
          after,
          comment,
        });
        return after;
      });
    },
  };
}
