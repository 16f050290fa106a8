import { Args, Flags } from '@oclif/core';
import type { AuditEntry } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';

export default class FlagsRevert extends BaseCommand {
  static override summary = "Undo one audit entry: restore its 'before' state as a new, audited change.";
  static override description =
    'Refused (exit 3) when the resource changed after that entry, unless --force. Find ids with `ff flags history KEY` or `ff audit`.';
  static override examples = [
    '<%= config.bin %> flags revert 1234',
    '<%= config.bin %> flags revert 1234 --force -m "back to 25%"',
  ];
  static override args = { id: Args.string({ description: 'audit entry id', required: true }) };
  static override flags = {
    force: Flags.boolean({ description: 'revert even if the resource changed since' }),
    comment: Flags.string({ char: 'm', description: 'why: recorded in the audit log' }),
  };

  async run(): Promise<AuditEntry> {
    const { args, flags } = await this.parse(FlagsRevert);
    const api = await this.api();
    const { data: entry } = await this.step(`Reverting ${args.id}`, () =>
      api.revertAuditEntry({
        path: { entryId: args.id },
        body: { force: flags.force, ...(flags.comment ? { comment: flags.comment } : {}) },
      }),
    );
    this.say(`reverted ${args.id}: ${entry.resource} (new entry ${entry.id}, ${entry.action})`);
    return entry;
  }
}
