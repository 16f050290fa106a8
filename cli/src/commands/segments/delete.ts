import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../../base-command.ts';

export default class SegmentsDelete extends BaseCommand {
  static override summary =
    'Delete a segment (refused while a flag uses it, unless --force removes those clauses).';
  static override examples = [
    '<%= config.bin %> segments delete old-beta',
    '<%= config.bin %> segments delete beta-testers --force',
  ];
  static override args = { key: Args.string({ description: 'segment key', required: true }) };
  static override flags = {
    force: Flags.boolean({ description: 'also remove the clauses of flags that use it' }),
  };

  async run(): Promise<{ deleted: string }> {
    const { args, flags } = await this.parse(SegmentsDelete);
    const api = await this.api();
    await this.step(`Deleting ${args.key}`, () =>
      api.deleteSegment({
        path: { project: this.project, segment: args.key },
        query: { force: flags.force },
      }),
    );
    this.say(`deleted segment ${args.key}`);
    return { deleted: args.key };
  }
}
