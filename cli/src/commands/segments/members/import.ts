import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../../../base-command.ts';
import { usage } from '../../../errors.ts';
import { importSegmentMembers, importSummary, readMembersCsv } from '../../../segment-writes.ts';
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
    const csv = await readMembersCsv(args.file).catch((error: Error) => {
      throw usage(error.message);
    });
    const api = await this.api();
    const bar = progressBar(`Uploading ${args.file}`);
    const data = await importSegmentMembers(
      api,
      this.project,
      args.segment,
      csv,
      { list: flags.excluded ? 'excluded' : 'included', mode: flags.replace ? 'replace' : 'merge' },
      (p) => bar.update(p.bytes, p.totalBytes),
    ).finally(() => bar.done());
    this.say(importSummary(args.segment, data));
    return data;
  }
}
