import { Args } from '@oclif/core';
import type { Flag } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';

export default class FlagsUnarchive extends BaseCommand {
  static override summary = 'Bring an archived flag back.';
  static override examples = [
    '<%= config.bin %> flags unarchive old-banner',
    '<%= config.bin %> flags unarchive old-banner --json',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };

  async run(): Promise<Flag> {
    const { args } = await this.parse(FlagsUnarchive);
    const api = await this.api();
    const { data: flag } = await this.step('Unarchiving ' + args.key, () =>
      api.unarchiveFlag({ path: { project: this.project, flag: args.key } }),
    );
    this.say(`${flag.key} is ${flag.archived ? 'archived' : 'live'} (version ${flag.version})`);
    return flag;
  }
}
