import { Args, Flags } from '@oclif/core';
import type { ChangeRequest, Clause, FlagEnvironment, Serve, Schedule } from '@ff/client';
import { usage } from '../../../errors.ts';
import { FlagConfigCommand, writeFlags } from '../../../flag-command.ts';
import { defaultVariation, parseClause, splitWeights } from '../../../flag-config.ts';

export default class RuleAdd extends FlagConfigCommand {
  static override summary =
    'Add a targeting rule: contexts matching every clause get the variation (first matching rule wins).';
  static override description = `A clause is "ATTRIBUTE [not] OP VALUES" with comma-separated values; ops: in, notIn, contains,
startsWith, endsWith, matches, lt, lte, gt, gte, before, after, semverEq, semverLt, semverGt, segmentMatch.
Recipes: enable for tiers: --clause "plan in pro,enterprise"; for email domains: --clause "emailDomain in acme.com";
for a segment: --segment beta-testers.`;
  static override examples = [
    '<%= config.bin %> flags rule add new-checkout --clause "plan in pro,enterprise" -e production',
    '<%= config.bin %> flags rule add new-checkout --clause "emailDomain in acme.com" --variation true -e staging',
    '<%= config.bin %> flags rule add new-checkout --segment beta-testers --id beta -e staging',
    '<%= config.bin %> flags rule add checkout-flow --clause "country in US" --split control=50 --split treatment=50 -e staging',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };
  static override flags = {
    ...writeFlags,
    clause: Flags.string({
      char: 'c',
      multiple: true,
      description: 'ATTRIBUTE OP VALUES; repeat (all must match)',
    }),
    segment: Flags.string({ multiple: true, description: 'match members of this segment' }),
    variation: Flags.string({
      char: 'v',
      description: 'variation to serve (default: true of a boolean flag)',
    }),
    split: Flags.string({
      multiple: true,
      description: 'VARIATION=PERCENT instead of one variation; repeat',
    }),
    id: Flags.string({ description: 'rule id (default: generated)' }),
    index: Flags.integer({ min: 0, description: 'position (default: last)' }),
  };

  async run(): Promise<FlagEnvironment | Schedule | ChangeRequest> {
    const { args, flags } = await this.parse(RuleAdd);
    const clauses: Clause[] = [
      ...(flags.segment ?? []).map((s): Clause => ({ attribute: 'key', op: 'segmentMatch', values: [s] })),
      ...(flags.clause ?? []).map(parseClause),
    ];
    if (clauses.length === 0) throw usage('a rule needs at least one --clause or --segment');
    const { after, schedule, changeRequest } = await this.change(
      args.key,
      { ...flags, verb: 'add a rule to' },
      (flag) => {
        const serve: Serve = flags.split
          ? { rollout: { weights: splitWeights(flag, flags.split) } }
          : { variation: defaultVariation(flag, flags.variation, 'a rule') };
        return [
          {
            kind: 'addRule',
            ...(flags.index !== undefined ? { index: flags.index } : {}),
            rule: { ...(flags.id ? { id: flags.id } : {}), clauses, serve },
          },
        ];
      },
    );
    return schedule ?? changeRequest ?? after;
  }
}
