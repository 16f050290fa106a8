import { Args, Flags } from '@oclif/core';
import type { ChangeRequest, FlagEnvironment, Schedule } from '@ff/client';
import { FlagConfigCommand, writeFlags } from '../../flag-command.ts';
import { variationIndex } from '../../flag-config.ts';
import { untargetActions } from '../../flag-writes.ts';

export default class FlagsUntarget extends FlagConfigCommand {
  static override summary =
    "Remove contexts from a flag's individual targets (from every variation unless --variation).";
  static override examples = [
    '<%= config.bin %> flags untarget new-checkout --users alice -e production',
    '<%= config.bin %> flags untarget checkout-flow --users u1,u2 --variation treatment -e staging',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };
  static override flags = {
    ...writeFlags,
    users: Flags.string({ char: 'u', description: 'context keys, comma-separated', required: true }),
    variation: Flags.string({ char: 'v', description: 'only from this variation' }),
  };

  async run(): Promise<FlagEnvironment | Schedule | ChangeRequest> {
    const { args, flags } = await this.parse(FlagsUntarget);
    const values = flags.users
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    const { after, schedule, changeRequest } = await this.change(
      args.key,
      { ...flags, verb: 'untarget users of' },
      (flag) =>
        untargetActions(
          values,
          flags.variation !== undefined ? variationIndex(flag, flags.variation) : undefined,
        ),
    );
    return schedule ?? changeRequest ?? after;
  }
}
