import { readFile } from 'node:fs/promises';
import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../../../base-command.ts';
import { usage } from '../../../errors.ts';
import { progressBar } from '../../../terminal.ts';

export default class MembersImport extends BaseCommand {
  static override summary =
    "Import context keys from a CSV file (one key per line, or a 'key' column) into a segment.";
  static override description =
    '--replace makes the file the whole list; the default merges. Large files show a progress bar on a TTY.';
  static override examples = [
    '<%= config.bin %> segments members import beta-testers users.csv',
    '<%= config.bin %> segments members import blocked blocked.csv --excluded --replace',
  ];
  static override args = {
    segment: Args.string({ description: 'segment key', required: true }),
    file: Args.string({ description: 'CSV file', required: true }),
  };
  static override flags = {
    excluded: Flags.boolean({ description: 'into the excluded list' }),
    replace: Flags.boolean({ description: 'replace the list instead of adding to it' }),
  };

  async run() {
    const { args, flags } = await this.parse(MembersImport);
    const csv = await readFile(args.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw usage(`cannot read ${args.file} (${error.code ?? error.message})`);
    });
    const api = await this.api();
    const bar = progressBar(`Uploading ${args.file}`);
    const { data } = await api
      .importSegmentMembers({
        path: { project: this.project, segment: args.segment },
        query: { list: flags.excluded ? 'excluded' : 'included', mode: flags.replace ? 'replace' : 'merge' },
        body: csv,
        onUploadProgress: (e: { loaded: number; total?: number }) =>
          bar.update(e.loaded, e.total ?? csv.length),
      })
      .finally(() => bar.done());
    this.say(
      `${args.segment}: ${data.lines} lines, ${data.added} added, ${data.removed} removed (${data.mode} into ${data.list})`,
    );
    return data;
  }
}
