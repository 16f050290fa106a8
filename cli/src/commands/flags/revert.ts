import { Args, Flags } from '@oclif/core';
import type { AuditEntry } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';

// The project and environment an audit entry's resource lives in, when it names one (a flag's
// configuration there, the environment itself, its SDK keys): reverting it writes to that environment.
const inEnvironment = /^projects\/([^/]+)\/(?:flags\/[^/]+\/)?environments\/([^/]+)/;

export default class FlagsRevert extends BaseCommand {
  static override summary = "Undo one audit entry: restore its 'before' state as a new, audited change.";
  static override description =
    'Refused (exit 3) when the resource changed after that entry, unless --force. Find ids with `ff flags history KEY` or `ff audit`. Reverting a change in a protected environment asks first on a terminal, and needs --yes without one.';
  static override examples = [
    '<%= config.bin %> flags revert 1234',
    '<%= config.bin %> flags revert 1234 --force -m "back to 25%"',
    '<%= config.bin %> flags revert 1234 --yes   # a production change, from a script',
  ];
  static override args = { id: Args.string({ description: 'audit entry id', required: true }) };
  static override flags = {
    force: Flags.boolean({ description: 'revert even if the resource changed since' }),
    yes: Flags.boolean({ char: 'y', description: 'do not ask before changing a protected environment' }),
    comment: Flags.string({ char: 'm', description: 'why: recorded in the audit log' }),
  };

  async run(): Promise<AuditEntry> {
    const { args, flags } = await this.parse(FlagsRevert);
    const api = await this.api();
    const { data: original } = await this.step(`Reading ${args.id}`, () =>
      api.getAuditEntry({ path: { entryId: args.id } }),
    );
    const place = inEnvironment.exec(original.resource);
    if (place) {
      const [, project, env] = place as unknown as [string, string, string];
      await this.confirmProtected(
        env,
        `revert ${args.id} (${original.action} of ${original.resource})`,
        flags.yes,
        project,
      );
    }
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
