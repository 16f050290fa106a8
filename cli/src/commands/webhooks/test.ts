import { Args } from '@oclif/core';
import type { WebhookDelivery } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { CliFailure } from '../../errors.ts';

export default class WebhooksTest extends BaseCommand {
  static override summary = 'Send a signed `ping` to a webhook now and show what its receiver answered.';
  static override examples = ['<%= config.bin %> webhooks test deploy-bot'];
  static override args = { key: Args.string({ description: 'webhook key', required: true }) };

  async run(): Promise<WebhookDelivery> {
    const { args } = await this.parse(WebhooksTest);
    const api = await this.api();
    const { data } = await this.step(`Pinging ${args.key}`, () =>
      api.testWebhook({ path: { project: this.project, webhook: args.key } }),
    );
    const answer =
      data.lastStatusCode === null ? (data.lastError ?? 'no answer') : `HTTP ${data.lastStatusCode}`;
    const attempt = data.attemptLog[0];
    this.say(
      `ping ${data.eventId} → ${answer}${attempt ? ` in ${attempt.durationMs} ms` : ''}: ${data.status}`,
    );
    if (data.status !== 'delivered' && !this.jsonEnabled()) {
      throw new CliFailure(`the receiver did not accept the ping (${answer})`, {
        hint: 'check the URL and that it answers 2xx within 10 s',
      });
    }
    return data;
  }
}
