// Knex access to schedules and their steps, and their API shape.
import type { Knex } from 'knex';
import type { components } from '../../generated/openapi.ts';
import type { StoredConfig } from '../flag-configs/store.ts';
import type { Action } from '../flag-configs/actions.ts';

export type Schedule = components['schemas']['Schedule'];
export type ScheduleStatus = components['schemas']['ScheduleStatus'];
export type MissedStepPolicy = 'run' | 'skip';
export type StepStatus = 'pending' | 'done' | 'skipped' | 'failed' | 'cancelled';

export interface ScheduleRow {
  id: string;
  organization_id: string;
  project_id: string;
  environment_id: string;
  flag_id: string;
  created_by_user_id: string | null;
  created_by_email: string | null;
  status: ScheduleStatus;
  missed_step_policy: MissedStepPolicy;
  base_config: StoredConfig;
  base_version: number;
  comment: string | null;
  failure: string | null;
  paused_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface StepRow {
  id: string;
  schedule_id: string;
  position: number;
  run_at: Date;
  actions: Action[];
  status: StepStatus;
  executed_at: Date | null;
  result_version: number | null;
  audit_id: string | null;
  detail: string | null;
}

/** A schedule with the keys that name it. */
export interface ScheduleEntry extends ScheduleRow {
  flag_key: string;
  environment_key: string;
  project_key: string;
}

const json = (v: unknown): string => JSON.stringify(v);
const iso = (d: Date | string) => new Date(d).toISOString();

export function scheduleResource(projectKey: string, id: string): string {
  return `projects/${projectKey}/schedules/${id}`;
}

export function scheduleView(s: ScheduleEntry, steps: readonly StepRow[]): Schedule {
  return {
    id: s.id,
    flag: s.flag_key,
    environment: s.environment_key,
    status: s.status,
    missedStepPolicy: s.missed_step_policy,
    comment: s.comment,
    createdBy: { email: s.created_by_email },
    failure: s.failure,
    createdAt: iso(s.created_at),
    updatedAt: iso(s.updated_at),
    steps: [...steps]
      .sort((a, b) => a.position - b.position)
      .map((st) => ({
        position: st.position,
        at: iso(st.run_at),
        actions: st.actions,
        status: st.status,
        executedAt: st.executed_at === null ? null : iso(st.executed_at),
        resultVersion: st.result_version,
        detail: st.detail,
      })),
  };
}

const entryColumns = [
  's.*',
  'f.key as flag_key',
  'e.key as environment_key',
  'p.key as project_key',
] as const;

function entries(db: Knex) {
  // environments joined (not read through its store): each schedule's keys in one statement.
  return db('schedules as s')
    .join('flags as f', 'f.id', 's.flag_id')
    .join('environments as e', 'e.id', 's.environment_id')
    .join('projects as p', 'p.id', 's.project_id')
    .select(...entryColumns);
}

export async function findSchedule(
  db: Knex,
  projectId: string,
  id: string,
  lock = false,
): Promise<ScheduleEntry | undefined> {
  if (lock) {
    // Lock the schedule row alone (FOR UPDATE cannot apply to the nullable side of joins anyway).
    const locked = await db('schedules').where({ id, project_id: projectId }).forUpdate().first('id');
    if (!locked) return undefined;
  }
  return (await entries(db).where({ 's.id': id, 's.project_id': projectId }).first()) as
    ScheduleEntry | undefined;
}

export async function listSchedules(
  db: Knex,
  projectId: string,
  filter: { status?: ScheduleStatus | undefined; flagKey?: string | undefined; limit: number },
): Promise<ScheduleEntry[]> {
  const q = entries(db).where('s.project_id', projectId);
  if (filter.status) q.where('s.status', filter.status);
  if (filter.flagKey) q.where('f.key', filter.flagKey);
  return (await q
    .orderBy([
      { column: 's.created_at', order: 'desc' },
      { column: 's.id', order: 'desc' },
    ])
    .limit(filter.limit)) as ScheduleEntry[];
}

export async function stepsOf(db: Knex, scheduleIds: readonly string[]): Promise<Map<string, StepRow[]>> {
  const by = new Map<string, StepRow[]>(scheduleIds.map((id) => [id, []]));
  if (scheduleIds.length === 0) return by;
  const rows = (await db('schedule_steps')
    .whereIn('schedule_id', scheduleIds)
    .orderBy('position')) as StepRow[];
  for (const r of rows) by.get(r.schedule_id)?.push({ ...r, id: String(r.id) });
  return by;
}

export interface NewSchedule {
  organization_id: string;
  project_id: string;
  environment_id: string;
  flag_id: string;
  created_by_user_id: string | null;
  created_by_email: string | null;
  missed_step_policy: MissedStepPolicy;
  base_config: StoredConfig;
  base_version: number;
  comment: string | null;
}

export async function insertSchedule(
  trx: Knex,
  s: NewSchedule,
  steps: readonly { at: Date; actions: Action[] }[],
): Promise<string> {
  const [row] = await trx('schedules')
    .insert({ ...s, base_config: json(s.base_config) })
    .returning('id');
  const id = (row as { id: string }).id;
  await trx('schedule_steps').insert(
    steps.map((st, i) => ({ schedule_id: id, position: i + 1, run_at: st.at, actions: json(st.actions) })),
  );
  return id;
}

export async function updateSchedule(
  trx: Knex,
  id: string,
  patch: Partial<Pick<ScheduleRow, 'status' | 'failure' | 'paused_at' | 'base_version'>> & {
    base_config?: StoredConfig;
  },
  now: Date,
): Promise<void> {
  const { base_config, ...rest } = patch;
  await trx('schedules')
    .where({ id })
    .update({ ...rest, ...(base_config ? { base_config: json(base_config) } : {}), updated_at: now });
}

export async function updateStep(
  trx: Knex,
  id: string,
  patch: Partial<
    Pick<StepRow, 'status' | 'executed_at' | 'result_version' | 'audit_id' | 'detail' | 'run_at'>
  >,
): Promise<void> {
  await trx('schedule_steps').where({ id }).update(patch);
}
