import type { SdkKey } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { listSdkKeys } from '../../key-writes.ts';
import { table } from '../../terminal.ts';

export default class KeysList extends BaseCommand {
  static override summary =
    "List an environment's SDK keys (secrets are never shown again: only their prefix).";
  static override examples = [
    '<%= config.bin %> keys list -e production',
    '<%= config.bin %> keys list -e development --json',
  ];

  async run(): Promise<SdkKey[]> {
    await this.parse(KeysList);
    const api = await this.api();
    const items = await this.step('Listing keys', () => listSdkKeys(api, this.project, this.env));
    this.say(
      table(items, [
        { header: 'id', get: (k) => k.id },
        { header: 'kind', get: (k) => k.kind },
        { header: 'name', get: (k) => k.name },
        { header: 'prefix', get: (k) => `${k.prefix}…` },
        { header: 'expires', get: (k) => k.expiresAt ?? '' },
        { header: 'revoked', get: (k) => k.revokedAt ?? '' },
      ]),
    );
    return items;
  }
}
