import { Flags } from '@oclif/core';
import type { CreatedSdkKey } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { createSdkKey, secretLines, sdkKeyKinds } from '../../key-writes.ts';
import type { SdkKeyKind } from '../../key-writes.ts';

export default class KeysCreate extends BaseCommand {
  static override summary = 'Create an SDK key for an environment; the secret is printed once.';
  static override examples = [
    '<%= config.bin %> keys create --kind server -e production --name checkout-api',
    '<%= config.bin %> keys create --kind client -e production --json',
  ];
  static override flags = {
    kind: Flags.string({
      options: [...sdkKeyKinds],
      required: true,
      description: 'server (full ruleset) or client (evaluated client-side flags)',
    }),
    name: Flags.string({ description: 'what uses it' }),
  };

  async run(): Promise<CreatedSdkKey> {
    const { flags } = await this.parse(KeysCreate);
    const api = await this.api();
    const data = await this.step('Creating the key', () =>
      createSdkKey(api, this.project, this.env, { kind: flags.kind as SdkKeyKind, name: flags.name }),
    );
    this.say(secretLines(data).join('\n'));
    return data;
  }
}
