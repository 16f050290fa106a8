import { Args, Flags } from "@oclif/core";
import type { FlagEnvironment } from "@ff/client";
import { FlagConfigCommand, writeFlags } from "../../flag-command.ts";
import { percentToWeight } from "../../flag-config.ts";
import { rolloutActions } from "../../flag-writes.ts";

export default class FlagsRollout extends FlagConfigCommand {
  static override summary =
    "Roll a variation out to a percentage of contexts (the fallthrough, or one rule with --rule).";
  static override description =
    "The rest get --rest (default: the off variation, or the other variation of a boolean flag). Bucketing is stable: raising 5% to 25% keeps everyone who was in.";
  static override examples = [
    "<%= config.bin %> flags rollout new-checkout 5 -e production",
    "<%= config.bin %> flags rollout new-checkout 25% -e production --yes",
    "<%= config.bin %> flags rollout checkout-flow 50 --variation treatment --rest control -e staging",
    "<%= config.bin %> flags rollout new-checkout 10 --rule beta -e staging",
  ];
  static override args = {
    key: Args.string({ description: "flag key", required: true }),
    percent: Args.string({
      description: "percentage of contexts (0-100, decimals allowed)",
      required: true,
    }),
  };
  static override flags = {
    ...writeFlags,
    variation: Flags.string({
      char: "v",
      description: "the variation rolled out (default: true of a boolean flag)",
    }),
    rest: Flags.string({ description: "the variation everyone else gets" }),
    rule: Flags.string({
      description: "roll out within this rule (id) instead of the fallthrough",
    }),
    "bucket-by": Flags.string({
      description: "context attribute to bucket by (default: key)",
    }),
  };

  async run(): Promise<FlagEnvironment> {
    const { args, flags } = await this.parse(FlagsRollout);
    const weight = percentToWeight(args.percent);
    const { after } = await this.change(
      args.key,
      { ...flags, verb: `roll out ${args.percent}` },
      (flag, config) =>
        rolloutActions(flag, config, weight, {
          variation: flags.variation,
          rest: flags.rest,
          rule: flags.rule,
          bucketBy: flags["bucket-by"],
        }),
    );
    return after;
  }
}
