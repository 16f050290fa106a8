import { Args, Flags } from '@oclif/core';
import type { Environment } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { createEnvironment } from '../../env-writes.ts';

export const envCreateFlags = {
  name: Flags.string({ description: 'display name (default: the key)' }),
  color: Flags.string({ description: 'hex color, e.g. #ff0000' }),
  protected: Flags.boolean({ description: 'production-like: only admins change its flags' }),
};

export default class EnvsCreate extends BaseCommand {
  static override summary = 'Create an environment; every flag gets an off configuration there.';
  static override examples = [
    '<%= config.bin %> envs create qa',
    '<%= config.bin %> envs create prod-eu --protected --color "#d03030"',
  ];
  static override args = { key: Args.string({ description: 'environment key', required: true }) };
  static override flags = envCreateFlags;

  async run(): Promise<Environment> {
    const { args, flags } = await this.parse(EnvsCreate);
    const api = await this.api();
    const e = await this.step(`Creating ${args.key}`, () =>
      createEnvironment(api, this.project, {
        key: args.key,
        name: flags.name ?? args.key,
        protected: flags.protected,
        ...(flags.color ? { color: flags.color } : {}),
      }),
    );
    this.say(`created environment ${e.key}${e.protected ? ' (protected)' : ''} in ${this.project}`);
    return e;
  }
}
