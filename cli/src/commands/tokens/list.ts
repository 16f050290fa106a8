import type { ApiToken } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { table } from '../../terminal.ts';

export default class TokensList extends BaseCommand {
  static override summary = 'List API tokens (yours; every token of the organization for admins).';
  static override examples = ['<%= config.bin %> tokens list', '<%= config.bin %> tokens list --json'];

  async run(): Promise<ApiToken[]> {
    await this.parse(TokensList);
    const api = await this.api();
    const { data } = await this.step('Listing tokens', () => api.listTokens());
    this.say(
      table(data.items, [
        { header: 'id', get: (t) => t.id },
        { header: 'kind', get: (t) => t.kind },
        { header: 'name', get: (t) => t.name },
        { header: 'prefix', get: (t) => `${t.prefix}…` },
        { header: 'owner', get: (t) => t.userEmail ?? t.role ?? '' },
        { header: 'last used', get: (t) => t.lastUsedAt ?? 'never' },
        { header: 'revoked', get: (t) => t.revokedAt ?? '' },
      ]),
    );
    return data.items;
  }
}
