import { Args } from '@oclif/core';
import type { ChangeRequest, FlagEnvironment, Schedule } from '@ff/client';
import { FlagConfigCommand, writeFlags } from '../../flag-command.ts';

export default class FlagsOn extends FlagConfigCommand {
  static override summary =
    'Turn a flag on in one environment: it serves its targets, rules and fallthrough.';
  static override examples = [
    '<%= config.bin %> flags on new-checkout -e production',
    '<%= config.bin %> flags on new-checkout -e production --yes -m "launch"',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };
  static override flags = writeFlags;

  async run(): Promise<FlagEnvironment | Schedule | ChangeRequest> {
    const { args, flags } = await this.parse(FlagsOn);
    const { after, schedule, changeRequest } = await this.change(
      args.key,
      { ...flags, verb: 'turn on' },
      () => [{ kind: 'turnOn' }],
    );
    return schedule ?? changeRequest ?? after;
  }
}
