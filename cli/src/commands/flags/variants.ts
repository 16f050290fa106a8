import { Args, Flags } from '@oclif/core';
import type { ChangeRequest, FlagEnvironment, Schedule } from '@ff/client';
import { FlagConfigCommand, writeFlags } from '../../flag-command.ts';
import { splitWeights } from '../../flag-config.ts';
import { splitActions } from '../../flag-writes.ts';

export default class FlagsVariants extends FlagConfigCommand {
  static override summary =
    'Split traffic between several variations (an A/B/n test); the percentages must add up to 100.';
  static override strict = false;
  static override examples = [
    '<%= config.bin %> flags variants checkout-flow control=50 treatment=50 -e staging',
    '<%= config.bin %> flags variants banner-color red=34 green=33 blue=33 --rule beta -e production --yes',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };
  static override flags = {
    ...writeFlags,
    rule: Flags.string({ description: 'split within this rule (id) instead of the fallthrough' }),
    'bucket-by': Flags.string({ description: 'context attribute to bucket by (default: key)' }),
  };

  async run(): Promise<FlagEnvironment | Schedule | ChangeRequest> {
    const { args, argv, flags } = await this.parse(FlagsVariants);
    const parts = (argv as string[]).slice(1);
    const { after, schedule, changeRequest } = await this.change(
      args.key,
      { ...flags, verb: 'split' },
      (flag) => splitActions(splitWeights(flag, parts), { rule: flags.rule, bucketBy: flags['bucket-by'] }),
    );
    return schedule ?? changeRequest ?? after;
  }
}
