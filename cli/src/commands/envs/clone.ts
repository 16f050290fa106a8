import { Args } from '@oclif/core';
import type { Environment } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { cloneEnvironment } from '../../env-writes.ts';
import { envCreateFlags } from './create.ts';

export default class EnvsClone extends BaseCommand {
  static override summary = "Create an environment as a copy of another one's flag configurations.";
  static override examples = [
    '<%= config.bin %> envs clone staging staging-2',
    '<%= config.bin %> envs clone production prod-eu --protected',
  ];
  static override args = {
    source: Args.string({ description: 'environment to copy', required: true }),
    key: Args.string({ description: 'new environment key', required: true }),
  };
  static override flags = envCreateFlags;

  async run(): Promise<Environment> {
    const { args, flags } = await this.parse(EnvsClone);
    const api = await this.api();
    const e = await this.step(`Cloning ${args.source}`, () =>
      cloneEnvironment(api, this.project, args.source, {
        key: args.key,
        name: flags.name ?? args.key,
        protected: flags.protected,
        ...(flags.color ? { color: flags.color } : {}),
      }),
    );
    this.say(`created ${e.key} as a copy of ${args.source}`);
    return e;
  }
}
