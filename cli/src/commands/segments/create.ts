import { Args, Flags } from '@oclif/core';
import type { Segment } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { parseClause } from '../../flag-config.ts';
import { createSegment } from '../../segment-writes.ts';

export const segmentRuleFlag = Flags.string({
  char: 'r',
  multiple: true,
  description: 'a rule: clauses joined by " and ", e.g. "plan in pro and country in US"; repeat for OR',
});

export function parseRules(rules: string[] | undefined) {
  return rules?.map((rule) => ({ clauses: rule.split(/\s+and\s+/).map(parseClause) }));
}

export default class SegmentsCreate extends BaseCommand {
  static override summary = 'Create a segment from rules and/or individual keys.';
  static override examples = [
    '<%= config.bin %> segments create beta --name "Beta testers" --include u1,u2',
    '<%= config.bin %> segments create acme --rule "emailDomain in acme.com"',
  ];
  static override args = { key: Args.string({ description: 'segment key', required: true }) };
  static override flags = {
    name: Flags.string({ description: 'display name (default: the key)' }),
    description: Flags.string({ char: 'd' }),
    include: Flags.string({ description: 'context keys to include, comma-separated' }),
    exclude: Flags.string({ description: 'context keys to exclude, comma-separated' }),
    rule: segmentRuleFlag,
  };

  async run(): Promise<Segment> {
    const { args, flags } = await this.parse(SegmentsCreate);
    const api = await this.api();
    const split = (s: string | undefined) =>
      s
        ?.split(',')
        .map((k) => k.trim())
        .filter(Boolean);
    const rules = parseRules(flags.rule);
    const s = await this.step(`Creating ${args.key}`, () =>
      createSegment(api, this.project, {
        key: args.key,
        name: flags.name ?? args.key,
        ...(flags.description ? { description: flags.description } : {}),
        ...(rules ? { rules } : {}),
        ...(flags.include ? { included: split(flags.include) } : {}),
        ...(flags.exclude ? { excluded: split(flags.exclude) } : {}),
      }),
    );
    this.say(`created segment ${s.key} (${s.includedCount} included, ${s.rules.length} rules)`);
    return s;
  }
}
