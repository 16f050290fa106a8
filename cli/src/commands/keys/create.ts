import { Flags } from '@oclif/core';
import type { CreatedSdkKey } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';

export default class KeysCreate extends BaseCommand {
  static override summary = 'Create an SDK key for an environment; the secret is printed once.';
  static override examples = [
    '<%= config.bin %> keys create --kind server -e production --name checkout-api',
    '<%= config.bin %> keys create --kind client -e production --json',
  ];
  static override flags = {
    kind: Flags.string({
      options: ['server', 'client'],
      required: true,
      description: 'server (full ruleset) or client (evaluated client-side flags)',
    }),
    name: Flags.string({ description: 'what uses it' }),
  };

  async run(): Promise<CreatedSdkKey> {
    const { flags } = await this.parse(KeysCreate);
    const api = await this.api();
    const { data } = await this.step('Creating the key', () =>
      api.createSdkKey({
        path: { project: this.project, env: this.env },
        body: { kind: flags.kind as 'server' | 'client', ...(flags.name ? { name: flags.name } : {}) },
      }),
    );
    this.say(`${data.kind} key for ${data.environment} (id ${data.id}); shown once:\n${data.key}`);
    return data;
  }
}
