import { Args, Flags } from '@oclif/core';
import type { SegmentMember } from '@ff/client';
import { BaseCommand } from '../../../base-command.ts';

export default class MembersList extends BaseCommand {
  static override summary = "List a segment's individually included (or --excluded) context keys.";
  static override examples = [
    '<%= config.bin %> segments members list beta-testers',
    '<%= config.bin %> segments members list beta-testers --excluded --json',
  ];
  static override args = { segment: Args.string({ description: 'segment key', required: true }) };
  static override flags = {
    excluded: Flags.boolean({ description: 'the excluded list' }),
    limit: Flags.integer({ char: 'n', min: 1, description: 'at most this many (default: all)' }),
  };

  async run(): Promise<SegmentMember[]> {
    const { args, flags } = await this.parse(MembersList);
    const api = await this.api();
    const items: SegmentMember[] = [];
    let cursor: string | undefined;
    await this.step('Listing members', async () => {
      do {
        const { data } = await api.listSegmentMembers({
          path: { project: this.project, segment: args.segment },
          query: { list: flags.excluded ? 'excluded' : 'included', limit: 500, cursor },
        });
        items.push(...data.items);
        cursor = data.nextCursor ?? undefined;
      } while (cursor && (flags.limit === undefined || items.length < flags.limit));
    });
    const shown = flags.limit === undefined ? items : items.slice(0, flags.limit);
    this.say(shown.map((m) => m.key).join('\n') || '(none)');
    return shown;
  }
}
