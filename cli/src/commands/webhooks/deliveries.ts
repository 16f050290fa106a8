import { Args, Flags } from '@oclif/core';
import type { WebhookDelivery } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { table } from '../../terminal.ts';

export default class WebhooksDeliveries extends BaseCommand {
  static override summary = "A webhook's delivery log (newest first), or redeliver one with --redeliver ID.";
  static override examples = [
    '<%= config.bin %> webhooks deliveries deploy-bot',
    '<%= config.bin %> webhooks deliveries deploy-bot --status failed',
    '<%= config.bin %> webhooks deliveries deploy-bot --redeliver 1234',
  ];
  static override args = { key: Args.string({ description: 'webhook key', required: true }) };
  static override flags = {
    status: Flags.string({ description: 'only these', options: ['pending', 'delivered', 'failed'] }),
    limit: Flags.integer({ description: 'at most this many', min: 1, max: 500, default: 50 }),
    redeliver: Flags.string({ description: 'queue this delivery (id) again, with the same event id' }),
  };

  async run(): Promise<WebhookDelivery[]> {
    const { args, flags } = await this.parse(WebhooksDeliveries);
    const api = await this.api();
    const path = { project: this.project, webhook: args.key };
    if (flags.redeliver !== undefined) {
      const { data } = await this.step(`Redelivering ${flags.redeliver}`, () =>
        api.redeliverWebhookDelivery({ path: { ...path, delivery: flags.redeliver! } }),
      );
      this.say(`delivery ${data.id} queued (redelivery of ${data.redeliveryOf}, event ${data.eventId})`);
      return [data];
    }
    const { data } = await this.step('Reading deliveries', () =>
      api.listWebhookDeliveries({
        path,
        query: {
          limit: flags.limit,
          ...(flags.status ? { status: flags.status as WebhookDelivery['status'] } : {}),
        },
      }),
    );
    this.say(
      table(data.items, [
        { header: 'id', get: (d) => d.id },
        { header: 'event', get: (d) => d.event },
        { header: 'status', get: (d) => d.status },
        { header: 'attempts', get: (d) => String(d.attempts) },
        { header: 'codes', get: (d) => d.attemptLog.map((a) => a.statusCode ?? 'ERR').join(' ') },
        { header: 'last error', get: (d) => d.lastError ?? '' },
        { header: 'next', get: (d) => d.nextAttemptAt ?? '' },
        { header: 'created', get: (d) => d.createdAt },
      ]),
    );
    return data.items;
  }
}
