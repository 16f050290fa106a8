import { Args } from '@oclif/core';
import type { Flag } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';

export default class FlagsArchive extends BaseCommand {
  static override summary = 'Archive a flag: hidden from lists and SDKs, kept for history.';
  static override examples = [
    '<%= config.bin %> flags archive old-banner',
    '<%= config.bin %> flags archive old-banner --json',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };

  async run(): Promise<Flag> {
    const { args } = await this.parse(FlagsArchive);
    const api = await this.api();
    const { data: flag } = await this.step('Archiving ' + args.key, () =>
      api.archiveFlag({ path: { project: this.project, flag: args.key } }),
    );
    this.say(`${flag.key} is ${flag.archived ? 'archived' : 'live'} (version ${flag.version})`);
    return flag;
  }
}
