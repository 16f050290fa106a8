import { Args } from '@oclif/core';
import type { ChangeRequest, FlagEnvironment, Schedule } from '@ff/client';
import { usage } from '../../../errors.ts';
import { FlagConfigCommand, writeFlags } from '../../../flag-command.ts';

export default class RuleRemove extends FlagConfigCommand {
  static override summary =
    'Remove a targeting rule, by id or by position (0-based, as `ff flags rule list` shows).';
  static override examples = [
    '<%= config.bin %> flags rule remove new-checkout beta -e staging',
    '<%= config.bin %> flags rule remove new-checkout 0 -e production --yes',
  ];
  static override args = {
    key: Args.string({ description: 'flag key', required: true }),
    rule: Args.string({ description: 'rule id or index', required: true }),
  };
  static override flags = writeFlags;

  async run(): Promise<FlagEnvironment | Schedule | ChangeRequest> {
    const { args, flags } = await this.parse(RuleRemove);
    const { after, schedule, changeRequest } = await this.change(
      args.key,
      { ...flags, verb: 'remove a rule of' },
      (_flag, config) => [{ kind: 'removeRule', id: ruleId(config, args.rule) }],
    );
    return schedule ?? changeRequest ?? after;
  }
}

/** A rule id, given its id or its index. */
export function ruleId(config: FlagEnvironment, spec: string): string {
  if (config.rules.some((r) => r.id === spec)) return spec;
  if (/^\d+$/.test(spec) && config.rules[Number(spec)]) return config.rules[Number(spec)]!.id;
  throw usage(
    `${config.flag} has no rule "${spec}" in ${config.environment}`,
    `rules: ${config.rules.map((r, i) => `${i}:${r.id}`).join(', ') || '(none)'}`,
  );
}
