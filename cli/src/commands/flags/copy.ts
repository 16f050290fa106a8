import { Args, Flags } from '@oclif/core';
import type { FlagEnvironment } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { describeChange } from '../../flag-config.ts';

export default class FlagsCopy extends BaseCommand {
  static override summary = "Promote a flag's configuration from one environment to another.";
  static override examples = [
    '<%= config.bin %> flags copy new-checkout --from staging --to production',
    '<%= config.bin %> flags copy new-checkout --from staging --to production --yes -m "promote"',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };
  static override flags = {
    from: Flags.string({ description: 'source environment', required: true }),
    to: Flags.string({ description: 'target environment', required: true }),
    yes: Flags.boolean({ char: 'y', description: 'do not ask before changing a protected environment' }),
    comment: Flags.string({ char: 'm', description: 'why: recorded in the audit log' }),
  };

  async run(): Promise<FlagEnvironment> {
    const { args, flags } = await this.parse(FlagsCopy);
    await this.confirmProtected(flags.to, `copy ${args.key} from ${flags.from} into it`, flags.yes);
    const api = await this.api();
    const project = this.project;
    const [{ data: flag }, target] = await Promise.all([
      api.getFlag({ path: { project, flag: args.key } }),
      api.getFlagConfig({ path: { project, flag: args.key, env: flags.to } }),
    ]);
    const { data: after } = await this.step(`Copying ${args.key}`, () =>
      api.copyFlagConfig({
        path: { project, flag: args.key },
        headers: { 'If-Match': String(target.headers.etag) },
        body: { from: flags.from, to: flags.to, ...(flags.comment ? { comment: flags.comment } : {}) },
      }),
    );
    const lines = describeChange(flag, target.data, after);
    this.say(
      `${args.key}: ${flags.from} → ${flags.to}${lines.length ? ` (version ${target.data.version} → ${after.version})` : ': already the same'}`,
    );
    for (const line of lines) this.say(line);
    return after;
  }
}
