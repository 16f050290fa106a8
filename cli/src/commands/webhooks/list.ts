import type { Webhook } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { table } from '../../terminal.ts';

export default class WebhooksList extends BaseCommand {
  static override summary = "List the project's webhooks (never their secrets).";
  static override examples = ['<%= config.bin %> webhooks list', '<%= config.bin %> webhooks list --json'];

  async run(): Promise<Webhook[]> {
    await this.parse(WebhooksList);
    const api = await this.api();
    const { data } = await this.step('Listing webhooks', () =>
      api.listWebhooks({ path: { project: this.project } }),
    );
    this.say(
      table(data.items, [
        { header: 'key', get: (w) => w.key },
        { header: 'url', get: (w) => w.url },
        { header: 'format', get: (w) => w.format },
        { header: 'events', get: (w) => w.events.join(',') },
        { header: 'enabled', get: (w) => (w.enabled ? 'yes' : 'no') },
      ]),
    );
    return data.items;
  }
}
