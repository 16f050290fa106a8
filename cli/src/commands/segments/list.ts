import type { Segment } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { table } from '../../terminal.ts';

export default class SegmentsList extends BaseCommand {
  static override summary = "List a project's segments.";
  static override examples = ['<%= config.bin %> segments list', '<%= config.bin %> segments list --json'];

  async run(): Promise<Segment[]> {
    await this.parse(SegmentsList);
    const api = await this.api();
    const items: Segment[] = [];
    let cursor: string | undefined;
    await this.step('Listing segments', async () => {
      do {
        const { data } = await api.listSegments({
          path: { project: this.project },
          query: { limit: 500, cursor },
        });
        items.push(...data.items);
        cursor = data.nextCursor ?? undefined;
      } while (cursor);
    });
    this.say(
      table(items, [
        { header: 'key', get: (s) => s.key },
        { header: 'name', get: (s) => s.name },
        { header: 'included', get: (s) => s.includedCount },
        { header: 'excluded', get: (s) => s.excludedCount },
        { header: 'rules', get: (s) => s.rules.length },
      ]),
    );
    return items;
  }
}
