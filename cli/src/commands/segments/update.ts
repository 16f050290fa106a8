import { Args, Flags } from '@oclif/core';
import type { Segment, SegmentUpdate } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { usage } from '../../errors.ts';
import { segmentEtag, updateSegment } from '../../segment-writes.ts';
import { parseRules, segmentRuleFlag } from './create.ts';

export default class SegmentsUpdate extends BaseCommand {
  static override summary =
    "Change a segment's name, description or rules (--rule replaces all rules; --no-rules clears them).";
  static override examples = [
    '<%= config.bin %> segments update beta --name "Beta (2026)"',
    '<%= config.bin %> segments update acme --rule "emailDomain in acme.com,acme.io"',
  ];
  static override args = { key: Args.string({ description: 'segment key', required: true }) };
  static override flags = {
    name: Flags.string(),
    description: Flags.string({ char: 'd' }),
    rule: segmentRuleFlag,
    'no-rules': Flags.boolean({ description: 'remove every rule' }),
    comment: Flags.string({ char: 'm', description: 'why: recorded in the audit log' }),
  };

  async run(): Promise<Segment> {
    const { args, flags } = await this.parse(SegmentsUpdate);
    const body: SegmentUpdate = {
      ...(flags.name ? { name: flags.name } : {}),
      ...(flags.description !== undefined ? { description: flags.description } : {}),
      ...(flags.rule ? { rules: parseRules(flags.rule) } : flags['no-rules'] ? { rules: [] } : {}),
    };
    if (Object.keys(body).length === 0)
      throw usage('nothing to change', 'pass --name, --description or --rule');
    if (flags.comment) body.comment = flags.comment;
    const api = await this.api();
    const path = { project: this.project, segment: args.key };
    const current = await api.getSegment({ path });
    const s = await this.step(`Updating ${args.key}`, () =>
      updateSegment(api, this.project, args.key, segmentEtag(current.data), body),
    );
    this.say(`updated segment ${s.key} (version ${current.data.version} → ${s.version})`);
    return s;
  }
}
