import { Args } from '@oclif/core';
import type { ChangeRequest, FlagEnvironment, Schedule } from '@ff/client';
import { FlagConfigCommand, writeFlags } from '../../flag-command.ts';
import { variationIndex } from '../../flag-config.ts';
import { serveActions } from '../../flag-writes.ts';

export default class FlagsServe extends FlagConfigCommand {
  static override summary =
    'Serve one variation to everyone not matched by a target or rule (the fallthrough).';
  static override description =
    'With the flag on, `serve KEY true` enables it for all and `serve KEY false` disables it for all.';
  static override examples = [
    '<%= config.bin %> flags serve new-checkout true -e staging',
    '<%= config.bin %> flags serve checkout-flow treatment -e production --yes',
  ];
  static override args = {
    key: Args.string({ description: 'flag key', required: true }),
    variation: Args.string({ description: 'variation name, value or index', required: true }),
  };
  static override flags = writeFlags;

  async run(): Promise<FlagEnvironment | Schedule | ChangeRequest> {
    const { args, flags } = await this.parse(FlagsServe);
    const { after, schedule, changeRequest } = await this.change(
      args.key,
      { ...flags, verb: `serve ${args.variation} with` },
      (flag) => serveActions(variationIndex(flag, args.variation)),
    );
    return schedule ?? changeRequest ?? after;
  }
}
