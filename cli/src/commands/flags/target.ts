import { Args, Flags } from '@oclif/core';
import type { ChangeRequest, FlagEnvironment, Schedule } from '@ff/client';
import { FlagConfigCommand, writeFlags } from '../../flag-command.ts';
import { defaultVariation } from '../../flag-config.ts';
import { targetActions } from '../../flag-writes.ts';

export default class FlagsTarget extends FlagConfigCommand {
  static override summary = 'Serve a variation to individual contexts by key (checked before rules).';
  static override description =
    'Enable for yourself: `--users you@example.com`. Deny a user: target them to the off variation (`--variation false`).';
  static override examples = [
    '<%= config.bin %> flags target new-checkout --users alice,bob -e production',
    '<%= config.bin %> flags target new-checkout --users mallory --variation false -e production --yes',
    '<%= config.bin %> flags target checkout-flow --users u1 --variation treatment -e staging',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };
  static override flags = {
    ...writeFlags,
    users: Flags.string({ char: 'u', description: 'context keys, comma-separated', required: true }),
    variation: Flags.string({
      char: 'v',
      description: 'variation to serve them (default: true of a boolean flag)',
    }),
  };

  async run(): Promise<FlagEnvironment | Schedule | ChangeRequest> {
    const { args, flags } = await this.parse(FlagsTarget);
    const values = flags.users
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    const { after, schedule, changeRequest } = await this.change(
      args.key,
      { ...flags, verb: 'target users of' },
      (flag) => targetActions(defaultVariation(flag, flags.variation, 'target'), values),
    );
    return schedule ?? changeRequest ?? after;
  }
}
