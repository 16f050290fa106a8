import { Args, Flags } from '@oclif/core';
import type { ChangeRequest, FlagEnvironment, Schedule } from '@ff/client';
import { usage } from '../../../errors.ts';
import { FlagConfigCommand, writeFlags } from '../../../flag-command.ts';
import { ruleId } from './remove.ts';

export default class RuleMove extends FlagConfigCommand {
  static override summary =
    'Move a targeting rule to another position (rules are evaluated in order; the first match wins).';
  static override examples = ['<%= config.bin %> flags rule move new-checkout beta --to 0 -e staging'];
  static override args = {
    key: Args.string({ description: 'flag key', required: true }),
    rule: Args.string({ description: 'rule id or index', required: true }),
  };
  static override flags = {
    ...writeFlags,
    to: Flags.integer({ min: 0, required: true, description: 'new position, 0-based' }),
  };

  async run(): Promise<FlagEnvironment | Schedule | ChangeRequest> {
    const { args, flags } = await this.parse(RuleMove);
    const { after, schedule, changeRequest } = await this.change(
      args.key,
      { ...flags, verb: 'reorder the rules of' },
      (_flag, config) => {
        const id = ruleId(config, args.rule);
        if (flags.to >= config.rules.length) throw usage(`--to must be below ${config.rules.length}`);
        const ids = config.rules.map((r) => r.id).filter((r) => r !== id);
        ids.splice(flags.to, 0, id);
        return [{ kind: 'reorderRules', ids }];
      },
    );
    return schedule ?? changeRequest ?? after;
  }
}
