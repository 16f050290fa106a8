import { Args } from '@oclif/core';
import { BaseCommand } from '../../base-command.ts';

export default class FlagsDelete extends BaseCommand {
  static override summary = 'Delete an archived flag for good (archive it first: `ff flags archive KEY`).';
  static override examples = ['<%= config.bin %> flags delete old-banner'];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };

  async run(): Promise<{ deleted: string }> {
    const { args } = await this.parse(FlagsDelete);
    const api = await this.api();
    await this.step(`Deleting ${args.key}`, () =>
      api.deleteFlag({ path: { project: this.project, flag: args.key } }),
    );
    this.say(`deleted ${args.key}`);
    return { deleted: args.key };
  }
}
