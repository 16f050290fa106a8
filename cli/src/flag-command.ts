// The shared path of every command that changes a flag's configuration in one environment (on, off,
// rollout, target, rule, serve, variants): confirm for a protected environment, read the flag and its
// configuration, send the actions with the configuration's ETag as If-Match (so a concurrent change is a
// conflict, exit 3, never silently overwritten), and print exactly what changed.
import { Flags } from '@oclif/core';
import { ApiError, toApiError } from '@ff/client';
import type { ChangeRequest, Flag, FlagConfigAction, FlagEnvironment, Schedule } from '@ff/client';
import { BaseCommand } from './base-command.ts';
import { describeChange } from './flag-config.ts';
import { sendConfigChange } from './flag-writes.ts';
import { parseAt } from './schedule-time.ts';

export const writeFlags = {
  yes: Flags.boolean({ char: 'y', description: 'do not ask before changing a protected environment' }),
  comment: Flags.string({ char: 'm', description: 'why: recorded in the audit log' }),
  at: Flags.string({
    description: 'schedule the change instead of applying it now: 2026-12-03T09:00Z, or +2h from now',
  }),
};

export interface ConfigChange {
  flag: Flag;
  before: FlagEnvironment;
  after: FlagEnvironment;
  /** Set when the change was scheduled (--at) rather than applied: `after` is then the unchanged config. */
  schedule?: Schedule;
  /** Set when the environment requires approval and a change request was created instead. */
  changeRequest?: ChangeRequest;
}

export abstract class FlagConfigCommand extends BaseCommand {
  /** The flag and its configuration in the current environment, with the configuration's ETag. */
  protected async readConfig(key: string): Promise<{ flag: Flag; config: FlagEnvironment; etag: string }> {
    const api = await this.api();
    const path = { project: this.project, flag: key, env: this.env };
    const [{ data: flag }, config] = await Promise.all([
      api.getFlag({ path: { project: this.project, flag: key } }),
      api.getFlagConfig({ path }),
    ]);
    return { flag, config: config.data, etag: String(config.headers.etag) };
  }

  /**
   * Applies `actions` (computed from the current flag and configuration) and prints the difference.
   * Returns the configuration after the change.
   */
  protected async change(
    key: string,
    options: { yes?: boolean; comment?: string; at?: string | undefined; verb: string },
    actions: (flag: Flag, config: FlagEnvironment) => FlagConfigAction[],
  ): Promise<ConfigChange> {
    if (options.at !== undefined) {
      const at = parseAt(options.at);
      return this.schedule(key, options, (flag, config) => [{ at, actions: actions(flag, config) }]);
    }
    const env = this.env;
    await this.confirmProtected(env, `${options.verb} ${key}`, options.yes);
    const api = await this.api();
    const { flag, config: before, etag } = await this.step(`Reading ${key}`, () => this.readConfig(key));
    const planned = actions(flag, before);
    let after: FlagEnvironment;
    try {
      after = await this.step(`Changing ${key} in ${env}`, () =>
        sendConfigChange(api, { project: this.project, flag: key, env }, etag, planned, options.comment),
      );
    } catch (error) {
      const changeRequest = await this.proposeInstead(error, key, planned, options.comment);
      if (!changeRequest) throw error;
      return { flag, before, after: before, changeRequest };
    }
    const lines = describeChange(flag, before, after);
    if (after.version === before.version || lines.length === 0) {
      this.say(`${key} in ${env}: no change (version ${after.version})`);
    } else {
      this.say(`${key} in ${env}: version ${before.version} → ${after.version}`);
      for (const line of lines) this.say(line);
    }
    if (!after.on && !this.jsonEnabled() && options.verb !== 'turn off') {
      this.say(
        `  note: ${key} is off in ${env}, so it serves its off variation until \`ff flags on ${key} -e ${env}\``,
      );
    }
    return { flag, before, after };
  }
  /**
   * Schedules steps (computed from the current flag and configuration) instead of applying them; the
   * API's scheduler applies each at its time (see `ff schedules`).
   */
  protected async schedule(
    key: string,
    options: { yes?: boolean; comment?: string; verb: string },
    steps: (flag: Flag, config: FlagEnvironment) => { at: Date; actions: FlagConfigAction[] }[],
  ): Promise<ConfigChange> {
    const env = this.env;
    await this.confirmProtected(env, `schedule: ${options.verb} ${key}`, options.yes);
    const api = await this.api();
    const { flag, config: before } = await this.step(`Reading ${key}`, () => this.readConfig(key));
    const planned = steps(flag, before);
    const { data: schedule } = await this.step(`Scheduling ${key} in ${env}`, () =>
      api.createSchedule({
        path: { project: this.project, flag: key, env },
        body: {
          steps: planned.map((s) => ({ at: s.at.toISOString(), actions: s.actions })),
          ...(options.comment ? { comment: options.comment } : {}),
        },
      }),
    );
    const when =
      planned.length === 1
        ? `at ${planned[0]!.at.toISOString()}`
        : `in ${planned.length} steps from ${planned[0]!.at.toISOString()} to ${planned.at(-1)!.at.toISOString()}`;
    this.say(`${key} in ${env}: scheduled (${options.verb}) ${when}, nothing changed yet`);
    this.say(
      `  schedule ${schedule.id}: \`ff schedules list\` shows it, \`ff schedules cancel ${schedule.id}\` aborts it`,
    );
    return { flag, before, after: before, schedule };
  }
  /**
   * A write refused (403) in an environment that requires approval becomes a change request: the same
   * actions, for an approver to apply (`ff changes approve ID`). Undefined when that is not the case.
   */
  private async proposeInstead(
    error: unknown,
    key: string,
    actions: FlagConfigAction[],
    comment: string | undefined,
  ): Promise<ChangeRequest | undefined> {
    const e = toApiError(error);
    if (!(e instanceof ApiError) || e.status !== 403) return undefined;
    const env = this.env;
    const api = await this.api();
    const { data: settings } = await api.getApprovalSettings({ path: { project: this.project, env } });
    if (!settings.requiresApproval) return undefined;
    const { data } = await this.step(`Proposing the change of ${key} in ${env}`, () =>
      api.createChangeRequest({
        path: { project: this.project },
        body: { flag: key, environment: env, actions, ...(comment ? { comment } : {}) },
      }),
    );
    this.say(
      `${key} in ${env}: ${env} requires approval, so this created change request ${data.id} (nothing changed yet)`,
    );
    this.say(
      `  an approver runs \`ff changes approve ${data.id}\`; \`ff changes show ${data.id}\` shows the diff`,
    );
    return data;
  }
}
