import { Args } from '@oclif/core';
import type { Rule } from '@ff/client';
import { FlagConfigCommand } from '../../../flag-command.ts';
import { describeClause, describeServe } from '../../../flag-config.ts';
import { table } from '../../../terminal.ts';

export default class RuleList extends FlagConfigCommand {
  static override summary = "List a flag's targeting rules in one environment, in evaluation order.";
  static override examples = [
    '<%= config.bin %> flags rule list new-checkout -e staging',
    '<%= config.bin %> flags rule list new-checkout -e staging --json',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };

  async run(): Promise<Rule[]> {
    const { args } = await this.parse(RuleList);
    const { flag, config } = await this.step(`Reading ${args.key}`, () => this.readConfig(args.key));
    this.say(
      table(
        config.rules.map((rule, index) => ({ rule, index })),
        [
          { header: '#', get: (r) => r.index },
          { header: 'id', get: (r) => r.rule.id },
          { header: 'when', get: (r) => r.rule.clauses.map(describeClause).join(' and ') || 'everyone' },
          { header: 'serve', get: (r) => describeServe(flag, r.rule.serve) },
        ],
      ),
    );
    return config.rules;
  }
}
