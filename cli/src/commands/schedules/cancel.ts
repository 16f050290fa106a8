import type { Schedule } from '@ff/client';
import {
  ScheduleTransitionCommand,
  transitionArgs,
  transitionFlags,
} from '../../schedule-transition-command.ts';

export default class SchedulesCancel extends ScheduleTransitionCommand {
  static override summary =
    'Cancel (abort) a schedule: the steps left never run; the configuration stays as it is.';
  static override examples = [
    '<%= config.bin %> schedules cancel 0b5e7c4e-8d2a-4f7e-9a51-3c2f0d9e6b11 -m "error rate up"',
  ];
  static override args = transitionArgs;
  static override flags = transitionFlags;

  async run(): Promise<Schedule> {
    const { args, flags } = await this.parse(SchedulesCancel);
    return this.transition(args.id, 'cancel', flags.comment);
  }
}
