import { Args, Flags } from '@oclif/core';
import type { WebhookWithSecret } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';

const events = [
  'flag.changed',
  'flag.killed',
  'experiment.transition',
  'schedule.executed',
  'schedule.failed',
  'change_request.opened',
  'change_request.decided',
] as const;

export default class WebhooksCreate extends BaseCommand {
  static override summary = 'Send signed change notifications of this project to a URL (or to Slack).';
  static override description =
    'The signing secret is shown once: keep it where your receiver can verify FF-Signature (see the API README).';
  static override examples = [
    '<%= config.bin %> webhooks create deploy-bot https://example.com/ff --events flag.changed,flag.killed',
    '<%= config.bin %> webhooks create alerts https://hooks.slack.com/services/T000/B000/XXX --events flag.killed --format slack',
  ];
  static override args = {
    key: Args.string({ description: 'webhook key', required: true }),
    url: Args.string({ description: 'http(s) URL that receives POSTs', required: true }),
  };
  static override flags = {
    events: Flags.string({
      description: `comma-separated: ${events.join(', ')}`,
      default: 'flag.changed',
    }),
    format: Flags.string({
      description: 'json (signed) or slack',
      options: ['json', 'slack'],
      default: 'json',
    }),
    secret: Flags.string({ description: 'the signing secret (default: generated)' }),
    disabled: Flags.boolean({ description: 'create it disabled' }),
  };

  async run(): Promise<WebhookWithSecret> {
    const { args, flags } = await this.parse(WebhooksCreate);
    const api = await this.api();
    const { data } = await this.step(`Creating webhook ${args.key}`, () =>
      api.createWebhook({
        path: { project: this.project },
        body: {
          key: args.key,
          url: args.url,
          events: flags.events.split(',').map((e) => e.trim()) as WebhookWithSecret['events'],
          format: flags.format as 'json' | 'slack',
          enabled: !flags.disabled,
          ...(flags.secret ? { secret: flags.secret } : {}),
        },
      }),
    );
    this.say(`webhook ${data.key} → ${data.url} (${data.format}): ${data.events.join(', ')}`);
    this.say(`  signing secret (shown once): ${data.secret}`);
    return data;
  }
}
