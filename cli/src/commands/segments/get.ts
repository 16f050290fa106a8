import { Args } from '@oclif/core';
import type { Segment } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { describeClause } from '../../flag-config.ts';
import { details } from '../../terminal.ts';

export default class SegmentsGet extends BaseCommand {
  static override summary = 'Show a segment: its rules and how many keys it includes and excludes.';
  static override examples = [
    '<%= config.bin %> segments get beta-testers',
    '<%= config.bin %> segments get beta-testers --json',
  ];
  static override args = { key: Args.string({ description: 'segment key', required: true }) };

  async run(): Promise<Segment> {
    const { args } = await this.parse(SegmentsGet);
    const api = await this.api();
    const { data: s } = await this.step(`Reading ${args.key}`, () =>
      api.getSegment({ path: { project: this.project, segment: args.key } }),
    );
    this.say(
      details([
        ['key', s.key],
        ['name', s.name],
        ['description', s.description],
        ['included', s.includedCount],
        ['excluded', s.excludedCount],
        ['rules', s.rules.map((r) => r.clauses.map(describeClause).join(' and ')).join(' | ') || '(none)'],
        ['version', s.version],
      ]),
    );
    return s;
  }
}
