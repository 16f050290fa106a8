import { Flags } from '@oclif/core';
import type { Flag } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { table } from '../../terminal.ts';

export default class FlagsList extends BaseCommand {
  static override summary = "List a project's flags (live ones unless --archived).";
  static override examples = [
    '<%= config.bin %> flags list',
    '<%= config.bin %> flags list --tag checkout -p demo',
    '<%= config.bin %> flags list --search cart --json',
  ];
  static override flags = {
    tag: Flags.string({ description: 'only flags with this tag' }),
    search: Flags.string({ char: 's', description: 'text in the key or name' }),
    archived: Flags.boolean({ description: 'list archived flags instead' }),
  };

  async run(): Promise<Flag[]> {
    const { flags } = await this.parse(FlagsList);
    const api = await this.api();
    const items: Flag[] = [];
    let cursor: string | undefined;
    await this.step('Listing flags', async () => {
      do {
        const { data } = await api.listFlags({
          path: { project: this.project },
          query: { limit: 500, archived: flags.archived, tag: flags.tag, q: flags.search, cursor },
        });
        items.push(...data.items);
        cursor = data.nextCursor ?? undefined;
      } while (cursor);
    });
    this.say(
      table(items, [
        { header: 'key', get: (f) => f.key },
        { header: 'kind', get: (f) => f.kind },
        { header: 'variations', get: (f) => f.variations.map((v) => v.name).join(', ') },
        { header: 'tags', get: (f) => f.tags.join(', ') },
        { header: 'name', get: (f) => f.name },
      ]),
    );
    return items;
  }
}
