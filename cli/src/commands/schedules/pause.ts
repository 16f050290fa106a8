import type { Schedule } from '@ff/client';
import {
  ScheduleTransitionCommand,
  transitionArgs,
  transitionFlags,
} from '../../schedule-transition-command.ts';

export default class SchedulesPause extends ScheduleTransitionCommand {
  static override summary = 'Pause a schedule: no step runs until it is resumed (its clock stops).';
  static override examples = [
    '<%= config.bin %> schedules pause 0b5e7c4e-8d2a-4f7e-9a51-3c2f0d9e6b11 -m "error rate up"',
  ];
  static override args = transitionArgs;
  static override flags = transitionFlags;

  async run(): Promise<Schedule> {
    const { args, flags } = await this.parse(SchedulesPause);
    return this.transition(args.id, 'pause', flags.comment);
  }
}
