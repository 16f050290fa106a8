import { Args } from '@oclif/core';
import type { ChangeRequest, FlagEnvironment, Schedule } from '@ff/client';
import { FlagConfigCommand, writeFlags } from '../../flag-command.ts';

export default class FlagsOff extends FlagConfigCommand {
  static override summary =
    'Kill switch: turn a flag off in one environment; it serves its off variation at once.';
  static override examples = [
    '<%= config.bin %> flags off new-checkout -e production',
    '<%= config.bin %> flags off new-checkout -e production --yes -m "incident 42"',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };
  static override flags = writeFlags;

  async run(): Promise<FlagEnvironment | Schedule | ChangeRequest> {
    const { args, flags } = await this.parse(FlagsOff);
    const { after, schedule, changeRequest } = await this.change(
      args.key,
      { ...flags, verb: 'turn off' },
      () => [{ kind: 'turnOff' }],
    );
    return schedule ?? changeRequest ?? after;
  }
}
