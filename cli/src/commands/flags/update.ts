import { Args, Flags } from '@oclif/core';
import type { Flag, FlagUpdate } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { usage } from '../../errors.ts';
import { updateFlagDefinition } from '../../flag-writes.ts';

export default class FlagsUpdate extends BaseCommand {
  static override summary =
    "Change a flag's definition (name, description, tags, owner, lifetime, client-side).";
  static override examples = [
    '<%= config.bin %> flags update new-checkout --name "New checkout v2" --tag checkout --tag web',
    '<%= config.bin %> flags update new-checkout --owner alice@example.com --permanent',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };
  static override flags = {
    name: Flags.string(),
    description: Flags.string({ char: 'd' }),
    tag: Flags.string({ multiple: true, description: 'replaces the tags; repeat for more' }),
    owner: Flags.string({ description: 'an owner, or "" to clear it' }),
    permanent: Flags.boolean({ allowNo: true, description: '--permanent / --no-permanent (temporary)' }),
    'client-side': Flags.boolean({ allowNo: true, description: 'visible to client-side SDK keys' }),
    comment: Flags.string({ char: 'm', description: 'why: recorded in the audit log' }),
  };

  async run(): Promise<Flag> {
    const { args, flags } = await this.parse(FlagsUpdate);
    const body: FlagUpdate = {
      ...(flags.name !== undefined ? { name: flags.name } : {}),
      ...(flags.description !== undefined ? { description: flags.description } : {}),
      ...(flags.tag !== undefined ? { tags: flags.tag } : {}),
      ...(flags.owner !== undefined ? { owner: flags.owner === '' ? null : flags.owner } : {}),
      ...(flags.permanent !== undefined ? { temporary: !flags.permanent } : {}),
      ...(flags['client-side'] !== undefined ? { clientSide: flags['client-side'] } : {}),
    };
    if (Object.keys(body).length === 0) throw usage('nothing to change', 'pass --name, --tag, --owner, …');
    if (flags.comment) body.comment = flags.comment;
    const api = await this.api();
    const path = { project: this.project, flag: args.key };
    const current = await this.step(`Reading ${args.key}`, () => api.getFlag({ path }));
    // The same call as the dashboard's definition form: If-Match from the version just read.
    const flag = await this.step(`Updating ${args.key}`, () =>
      updateFlagDefinition(api, this.project, current.data, body),
    );
    this.say(`updated ${flag.key} (version ${current.data.version} → ${flag.version})`);
    return flag;
  }
}
