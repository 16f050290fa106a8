import { Args } from '@oclif/core';
import { BaseCommand } from '../../base-command.ts';

export default class TokensRevoke extends BaseCommand {
  static override summary = 'Revoke an API token at once.';
  static override examples = ['<%= config.bin %> tokens revoke 0b6e…'];
  static override args = {
    id: Args.string({ description: 'token id (from `ff tokens list`)', required: true }),
  };

  async run(): Promise<{ revoked: string }> {
    const { args } = await this.parse(TokensRevoke);
    const api = await this.api();
    await this.step('Revoking the token', () => api.revokeToken({ path: { tokenId: args.id } }));
    this.say(`revoked ${args.id}`);
    return { revoked: args.id };
  }
}
