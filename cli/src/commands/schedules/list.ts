import { Flags } from '@oclif/core';
import type { Schedule } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { schedulesTable, stepsTable } from '../../schedule-view.ts';

export default class SchedulesList extends BaseCommand {
  static override summary = "List the project's scheduled changes and progressive rollouts (newest first).";
  static override examples = [
    '<%= config.bin %> schedules list',
    '<%= config.bin %> schedules list --status active --flag new-checkout',
    '<%= config.bin %> schedules list --steps --json',
  ];
  static override flags = {
    status: Flags.string({
      description: 'only schedules in this state',
      options: ['active', 'paused', 'completed', 'cancelled', 'failed'],
    }),
    flag: Flags.string({ description: 'only schedules of this flag' }),
    steps: Flags.boolean({ description: 'show every step under its schedule' }),
    limit: Flags.integer({ description: 'at most this many', min: 1, max: 500, default: 50 }),
  };

  async run(): Promise<Schedule[]> {
    const { flags } = await this.parse(SchedulesList);
    const api = await this.api();
    const { data } = await this.step('Listing schedules', () =>
      api.listSchedules({
        path: { project: this.project },
        query: {
          ...(flags.status ? { status: flags.status as Schedule['status'] } : {}),
          ...(flags.flag ? { flag: flags.flag } : {}),
          limit: flags.limit,
        },
      }),
    );
    if (!flags.steps) this.say(schedulesTable(data.items));
    else {
      for (const s of data.items) {
        this.say(schedulesTable([s]));
        this.say(stepsTable(s));
        this.say('');
      }
      if (data.items.length === 0) this.say('(none)');
    }
    return data.items;
  }
}
