// `ff schedules pause|resume|cancel ID`: one transition of a schedule, then the schedule as it is now.
import { Args, Flags } from '@oclif/core';
import type { Schedule } from '@ff/client';
import { BaseCommand } from './base-command.ts';
import { progressOf, stepsTable } from './schedule-view.ts';

export const transitionArgs = {
  id: Args.string({ description: 'schedule id (ff schedules list)', required: true }),
};
export const transitionFlags = {
  comment: Flags.string({ char: 'm', description: 'why: recorded in the audit log' }),
};

export abstract class ScheduleTransitionCommand extends BaseCommand {
  protected async transition(
    id: string,
    transition: 'pause' | 'resume' | 'cancel',
    comment: string | undefined,
  ): Promise<Schedule> {
    const api = await this.api();
    const { data } = await this.step(`${transition} schedule ${id}`, () =>
      api.transitionSchedule({
        path: { project: this.project, schedule: id, transition },
        body: comment ? { comment } : {},
      }),
    );
    this.say(
      `schedule ${data.id} (${data.flag} in ${data.environment}): ${data.status}, ${progressOf(data)}`,
    );
    this.say(stepsTable(data));
    return data;
  }
}
