import type { Schedule } from '@ff/client';
import {
  ScheduleTransitionCommand,
  transitionArgs,
  transitionFlags,
} from '../../schedule-transition-command.ts';

export default class SchedulesResume extends ScheduleTransitionCommand {
  static override summary = 'Resume a paused schedule: the steps left move later by the time it was paused.';
  static override examples = [
    '<%= config.bin %> schedules resume 0b5e7c4e-8d2a-4f7e-9a51-3c2f0d9e6b11 -m "error rate up"',
  ];
  static override args = transitionArgs;
  static override flags = transitionFlags;

  async run(): Promise<Schedule> {
    const { args, flags } = await this.parse(SchedulesResume);
    return this.transition(args.id, 'resume', flags.comment);
  }
}
