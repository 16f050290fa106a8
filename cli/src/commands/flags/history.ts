import { Args, Flags } from '@oclif/core';
import type { AuditEntry } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { table } from '../../terminal.ts';

export default class FlagsHistory extends BaseCommand {
  static override summary =
    "A flag's audit trail, newest first (every environment, or only -e); revert with `ff flags revert ID`.";
  static override examples = [
    '<%= config.bin %> flags history new-checkout',
    '<%= config.bin %> flags history new-checkout -e production --limit 5 --json',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };
  static override flags = {
    limit: Flags.integer({ char: 'n', default: 20, min: 1, max: 500, description: 'how many entries' }),
  };

  async run(): Promise<AuditEntry[]> {
    const { args, flags } = await this.parse(FlagsHistory);
    const api = await this.api();
    const env = this.settings.env;
    const resource = `projects/${this.project}/flags/${args.key}${env ? `/environments/${env}` : ''}`;
    const { data } = await this.step('Reading the audit log', () =>
      api.listAudit({ query: { resource, limit: flags.limit } }),
    );
    this.say(auditTable(data.items));
    return data.items;
  }
}

/**
 * Where a change came from, short enough for a table: the client's IP and the first product of its
 * User-Agent (`ff-cli/1.2.0`, `terraform-provider-ff/0.1.0`, `curl/8.5.0`); `--json` has both in full.
 */
export function sourceText(source: AuditEntry['source'] | undefined): string {
  const product = source?.userAgent?.split(' ')[0];
  return [source?.ip, product].filter((s) => s !== null && s !== undefined && s !== '').join(' ');
}

export function auditTable(items: AuditEntry[]): string {
  return table(items, [
    { header: 'id', get: (e) => e.id },
    { header: 'when', get: (e) => e.createdAt.replace('T', ' ').slice(0, 19) },
    { header: 'who', get: (e) => e.actor.email ?? e.actor.tokenName ?? '' },
    { header: 'from', get: (e) => sourceText(e.source) },
    { header: 'action', get: (e) => e.action },
    { header: 'resource', get: (e) => e.resource.replace(/^projects\/[^/]+\//, '') },
    { header: 'comment', get: (e) => e.comment ?? (e.revertOf ? `revert of ${e.revertOf}` : '') },
  ]);
}
