import { Args } from '@oclif/core';
import { BaseCommand } from '../../base-command.ts';
import { revokeSdkKey } from '../../key-writes.ts';

export default class KeysRevoke extends BaseCommand {
  static override summary = 'Revoke an SDK key at once.';
  static override examples = ['<%= config.bin %> keys revoke 6f1c… -e production'];
  static override args = { id: Args.string({ description: 'key id (from `ff keys list`)', required: true }) };

  async run(): Promise<{ revoked: string }> {
    const { args } = await this.parse(KeysRevoke);
    const api = await this.api();
    await this.step('Revoking the key', () => revokeSdkKey(api, this.project, this.env, args.id));
    this.say(`revoked ${args.id}`);
    return { revoked: args.id };
  }
}
