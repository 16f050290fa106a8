import { Flags } from '@oclif/core';
import type { Flag } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { usage } from '../../errors.ts';
import { describeState } from '../../flag-config.ts';
import { table } from '../../terminal.ts';
import type { Column } from '../../terminal.ts';

export default class FlagsList extends BaseCommand {
  static override summary =
    "List a project's flags (live ones unless --archived) with their state in every environment.";
  static override description =
    'One column per environment says what the flag does there: `off → V` (it serves its off variation V) or `on → …` (what everyone not targeted gets, and how many rules, targeted keys and prerequisites decide for the rest). -e ENV shows that environment only.';
  static override examples = [
    '<%= config.bin %> flags list',
    '<%= config.bin %> flags list -e production',
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
          query: {
            limit: 500,
            archived: flags.archived,
            tag: flags.tag,
            q: flags.search,
            environments: true,
            cursor,
          },
        });
        items.push(...data.items);
        cursor = data.nextCursor ?? undefined;
      } while (cursor);
    });
    // -e (the flag itself, not a default environment) narrows the view to one environment.
    const only = this.settings.sources.env === 'flag' ? this.settings.env : undefined;
    let envs = [...new Set(items.flatMap((f) => Object.keys(f.environments ?? {})))];
    if (only !== undefined) {
      if (items.length > 0 && !envs.includes(only)) {
        throw usage(`no environment "${only}" in project ${this.project}`, `use one of: ${envs.join(', ')}`);
      }
      envs = [only];
      for (const f of items) {
        if (f.environments) f.environments = { [only]: f.environments[only]! };
      }
    }
    const columns: Column<Flag>[] = [
      { header: 'key', get: (f) => f.key },
      { header: 'kind', get: (f) => f.kind },
      ...envs.map((env) => ({
        header: env,
        get: (f: Flag) => {
          const config = f.environments?.[env];
          return config ? describeState(f, config) : '-';
        },
      })),
      { header: 'name', get: (f) => f.name },
    ];
    this.say(table(items, columns));
    return items;
  }
}
