import { Args, Flags } from '@oclif/core';
import type { ChangeRequest, FlagEnvironment, Schedule } from '@ff/client';
import { usage } from '../../errors.ts';
import { FlagConfigCommand, writeFlags } from '../../flag-command.ts';
import { percentToWeight } from '../../flag-config.ts';
import { rolloutActions } from '../../flag-writes.ts';
import { parseAt, parseDuration } from '../../schedule-time.ts';

export default class FlagsRollout extends FlagConfigCommand {
  static override summary =
    'Roll a variation out to a percentage of contexts (the fallthrough, or one rule with --rule).';
  static override description =
    'The rest get --rest (default: the off variation, or the other variation of a boolean flag). Bucketing is stable: raising 5% to 25% keeps everyone who was in.';
  static override examples = [
    '<%= config.bin %> flags rollout new-checkout 5 -e production',
    '<%= config.bin %> flags rollout new-checkout 25% -e production --yes',
    '<%= config.bin %> flags rollout checkout-flow 50 --variation treatment --rest control -e staging',
    '<%= config.bin %> flags rollout new-checkout 10 --rule beta -e staging',
    '<%= config.bin %> flags rollout new-checkout 50 -e production --at 2026-12-03T09:00Z',
    '<%= config.bin %> flags rollout new-checkout --steps 5,25,50,100 --every 24h -e production',
  ];
  static override args = {
    key: Args.string({ description: 'flag key', required: true }),
    percent: Args.string({
      description: 'percentage of contexts (0-100, decimals allowed); leave out with --steps',
      required: false,
    }),
  };
  static override flags = {
    ...writeFlags,
    variation: Flags.string({
      char: 'v',
      description: 'the variation rolled out (default: true of a boolean flag)',
    }),
    rest: Flags.string({ description: 'the variation everyone else gets' }),
    rule: Flags.string({ description: 'roll out within this rule (id) instead of the fallthrough' }),
    'bucket-by': Flags.string({ description: 'context attribute to bucket by (default: key)' }),
    steps: Flags.string({
      description:
        "a progressive rollout: percentages run by the API's scheduler, e.g. 5,25,50,100 (the first at --at, or now)",
      dependsOn: ['every'],
    }),
    every: Flags.string({ description: 'time between --steps, e.g. 24h, 90m, 1d12h', dependsOn: ['steps'] }),
  };

  async run(): Promise<FlagEnvironment | Schedule | ChangeRequest> {
    const { args, flags } = await this.parse(FlagsRollout);
    const options = {
      variation: flags.variation,
      rest: flags.rest,
      rule: flags.rule,
      bucketBy: flags['bucket-by'],
    };
    if (flags.steps !== undefined) {
      if (args.percent !== undefined) throw usage('give a percentage or --steps, not both');
      const weights = flags.steps.split(',').map((p) => percentToWeight(p));
      if (weights.length < 2)
        throw usage('--steps needs at least two percentages', 'e.g. --steps 5,25,50,100');
      const every = parseDuration(flags.every!);
      const start = flags.at === undefined ? new Date() : parseAt(flags.at);
      const { schedule } = await this.schedule(
        args.key,
        { ...flags, verb: `roll out ${flags.steps.replaceAll(',', '% → ')}% every ${flags.every}` },
        (flag, config) =>
          weights.map((weight, i) => ({
            at: new Date(start.getTime() + i * every),
            actions: rolloutActions(flag, config, weight, options),
          })),
      );
      return schedule!;
    }
    if (args.percent === undefined) throw usage('give a percentage', 'or --steps 5,25,50,100 --every 24h');
    const weight = percentToWeight(args.percent);
    const { after, schedule, changeRequest } = await this.change(
      args.key,
      { ...flags, verb: `roll out ${args.percent}` },
      (flag, config) => rolloutActions(flag, config, weight, options),
    );
    return schedule ?? changeRequest ?? after;
  }
}
