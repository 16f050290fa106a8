// A project's insights settings: the N of the stale rules and how long usage counts are kept. A project
// without its own row uses the defaults, so nothing has to be written when a project is created.
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { checkVersion } from '../../http/concurrency.ts';
import type { Actor } from '../../http/principal.ts';
import type { ProjectRow } from '../projects/store.ts';

export interface InsightsSettings {
  staleAfterDays: number;
  hourlyRetentionDays: number;
  dailyRetentionDays: number;
  version: number;
  isDefault: boolean;
}

export type InsightsSettingsInput = Pick<
  InsightsSettings,
  'staleAfterDays' | 'hourlyRetentionDays' | 'dailyRetentionDays'
>;

/**
 * Two weeks is GrowthBook's fixed window and too eager for flags behind quarterly releases; 30 days is
 * LaunchDarkly's "launched" default. Hourly counts for 31 days keep "last 30 days" exact to the hour;
 * daily ones for 400 days cover a year against the same days of the last one.
 */
export const defaultInsightsSettings: InsightsSettings = {
  staleAfterDays: 30,
  hourlyRetentionDays: 31,
  dailyRetentionDays: 400,
  version: 0,
  isDefault: true,
};

interface SettingsRow {
  project_id: string;
  stale_after_days: number;
  hourly_retention_days: number;
  daily_retention_days: number;
  version: number;
}

const view = (row: SettingsRow | undefined): InsightsSettings =>
  row === undefined
    ? { ...defaultInsightsSettings }
    : {
        staleAfterDays: row.stale_after_days,
        hourlyRetentionDays: row.hourly_retention_days,
        dailyRetentionDays: row.daily_retention_days,
        version: Number(row.version),
        isDefault: false,
      };

export async function readSettings(db: Knex, projectId: string): Promise<InsightsSettings> {
  return view(
    (await db('insights_settings').where({ project_id: projectId }).first()) as SettingsRow | undefined,
  );
}

/** Every project's settings (the worker's retention pass), by project id. */
export async function readAllSettings(db: Knex): Promise<Map<string, InsightsSettings>> {
  const rows = (await db('insights_settings').select()) as SettingsRow[];
  return new Map(rows.map((r) => [r.project_id, view(r)]));
}

export async function updateSettings(
  db: Db,
  actor: Actor,
  project: ProjectRow,
  ifMatch: number | undefined,
  input: InsightsSettingsInput,
): Promise<InsightsSettings> {
  return mutate(db, actor, async (uow) => {
    const current = (await uow
      .trx('insights_settings')
      .where({ project_id: project.id })
      .forUpdate()
      .first()) as SettingsRow | undefined;
    const before = view(current);
    checkVersion(ifMatch, before.version, 'insights settings');
    const row = {
      stale_after_days: input.staleAfterDays,
      hourly_retention_days: input.hourlyRetentionDays,
      daily_retention_days: input.dailyRetentionDays,
      version: before.version + 1,
      updated_at: uow.trx.fn.now(),
    };
    const [saved] = (await uow
      .trx('insights_settings')
      .insert({ project_id: project.id, ...row })
      .onConflict('project_id')
      .merge(row)
      .returning('*')) as SettingsRow[];
    const after = view(saved);
    await uow.audit({
      action: 'insights_settings.change',
      resourceType: 'insights_settings',
      resource: `projects/${project.key}/insights/settings`,
      before,
      after,
    });
    return after;
  });
}
