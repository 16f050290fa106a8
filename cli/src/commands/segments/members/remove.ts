import { Args, Flags } from '@oclif/core';
import type { Segment } from '@ff/client';
import { BaseCommand } from '../../../base-command.ts';

export default class MembersRemove extends BaseCommand {
  static override summary = "Remove context keys from a segment's included (or --excluded) list.";
  static override examples = [
    '<%= config.bin %> segments members remove beta-testers u1 u2',
    '<%= config.bin %> segments members remove beta-testers mallory --excluded',
  ];
  static override strict = false;
  static override args = {
    segment: Args.string({ description: 'segment key', required: true }),
    keys: Args.string({ description: 'context keys (space- or comma-separated)', required: true }),
  };
  static override flags = {
    excluded: Flags.boolean({ description: 'the excluded list instead of the included one' }),
    comment: Flags.string({ char: 'm', description: 'why: recorded in the audit log' }),
  };

  async run(): Promise<Segment> {
    const { args, argv, flags } = await this.parse(MembersRemove);
    const keys = (argv as string[])
      .slice(1)
      .flatMap((k) => k.split(','))
      .filter(Boolean);
    const list = flags.excluded ? 'excluded' : 'included';
    const api = await this.api();
    const { data } = await this.step('Updating members', () =>
      api.changeSegmentMembers({
        path: { project: this.project, segment: args.segment },
        body: { remove: { [list]: keys }, ...(flags.comment ? { comment: flags.comment } : {}) },
      }),
    );
    this.say(`${args.segment}: ${data.includedCount} included, ${data.excludedCount} excluded`);
    return data;
  }
}
