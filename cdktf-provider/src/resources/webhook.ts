// ff_webhook: signed change notifications of a project to a URL (or Slack). The secret signs deliveries:
// given, it is sent; left out, ff generates one and it is kept (sensitive) in the state, the only time
// the API returns it. Import with `<project>/<webhook>` (the imported state has no secret: ff never
// returns it again; set `secret` to manage it).
import type { Webhook, WebhookEvent } from '@ff/client';
import { error } from '../plugin/diagnostics.ts';
import type { Diagnostic } from '../plugin/diagnostics.ts';
import type { ObjectValue } from '../plugin/dynamic.ts';
import type { ProviderContext, ResourceType, Stored } from '../plugin/resource.ts';
import type { BlockSchema } from '../plugin/schema.ts';
import {
  idAttr,
  ifMatch,
  importParts,
  keyPattern,
  optStr,
  orGone,
  projectAttr,
  str,
  strings,
  versionOf,
} from './common.ts';

const EVENTS = [
  'flag.changed',
  'flag.killed',
  'experiment.transition',
  'schedule.executed',
  'schedule.failed',
  'change_request.opened',
  'change_request.decided',
] as const;

export const webhookSchema = {
  description:
    'A webhook: change events of a project POSTed to a URL, signed with HMAC-SHA256 (`FF-Signature`), retried with backoff; or a Slack incoming-webhook message with `format = "slack"`. Import with `<project>/<webhook>`.',
  attributes: {
    id: idAttr('<project>/<webhook>'),
    project: projectAttr('the webhook'),
    key: { type: 'string', required: true, forceNew: true, description: `Webhook key (${keyPattern}).` },
    url: { type: 'string', required: true, description: 'The http(s) URL that receives the POSTs.' },
    events: {
      type: ['set', 'string'],
      required: true,
      description: `Event kinds: ${EVENTS.map((e) => `\`${e}\``).join(', ')}.`,
    },
    format: { type: 'string', optional: true, default: 'json', description: '`json` (signed) or `slack`.' },
    enabled: { type: 'bool', optional: true, default: true, description: 'Defaults to `true`.' },
    secret: {
      type: 'string',
      optional: true,
      computed: true,
      sensitive: true,
      description: 'The signing secret (at least 16 characters). Left out, ff generates one, kept here.',
    },
  },
} as const satisfies BlockSchema;

function toState(
  project: string,
  w: Webhook,
  previous: ObjectValue | null,
  secret: string | null,
  version?: number,
): Stored {
  const prevEvents = strings(previous?.events);
  const events =
    prevEvents.length === w.events.length && w.events.every((e) => prevEvents.includes(e))
      ? prevEvents
      : w.events;
  const state: ObjectValue = {
    id: `${project}/${w.key}`,
    project,
    key: w.key,
    url: w.url,
    events,
    format: w.format,
    enabled: w.enabled,
    secret,
  };
  return { state, private: { version: version ?? w.version } };
}

async function get(ctx: ProviderContext, project: string, key: string, previous: ObjectValue | null) {
  const res = await orGone(() => ctx.api.getWebhook({ path: { project, webhook: key } }));
  return res
    ? toState(project, res.data, previous, optStr(previous ?? {}, 'secret') ?? null, versionOf(res.headers))
    : null;
}

export const webhookResource: ResourceType = {
  schema: webhookSchema,
  validate(config) {
    const list: Diagnostic[] = [];
    for (const e of strings(config.events)) {
      if (!(EVENTS as readonly string[]).includes(e))
        list.push(error('Invalid event', `"${e}" is not one of ${EVENTS.join(', ')}.`, ['events']));
    }
    if (typeof config.format === 'string' && !['json', 'slack'].includes(config.format))
      list.push(error('Invalid format', `"${config.format}" is not json or slack.`, ['format']));
    return list;
  },
  async create(ctx, planned) {
    const project = str(planned, 'project');
    const secret = optStr(planned, 'secret');
    const res = await ctx.api.createWebhook({
      path: { project },
      body: {
        key: str(planned, 'key'),
        url: str(planned, 'url'),
        events: strings(planned.events) as WebhookEvent[],
        format: str(planned, 'format') as 'json' | 'slack',
        enabled: planned.enabled !== false,
        ...(secret ? { secret } : {}),
      },
    });
    return toState(project, res.data, planned, res.data.secret, versionOf(res.headers));
  },
  read: (ctx, state) => get(ctx, str(state, 'project'), str(state, 'key'), state),
  async update(ctx, prior, planned, priv) {
    const project = str(prior, 'project');
    const secret = optStr(planned, 'secret');
    const res = await ctx.api.updateWebhook({
      path: { project, webhook: str(prior, 'key') },
      body: {
        url: str(planned, 'url'),
        events: strings(planned.events) as WebhookEvent[],
        format: str(planned, 'format') as 'json' | 'slack',
        enabled: planned.enabled !== false,
        ...(secret && secret !== optStr(prior, 'secret') ? { secret } : {}),
      },
      ...ifMatch(priv.version),
    });
    return toState(
      project,
      res.data,
      planned,
      secret ?? optStr(prior, 'secret') ?? null,
      versionOf(res.headers),
    );
  },
  async delete(ctx, state) {
    await orGone(() =>
      ctx.api.deleteWebhook({ path: { project: str(state, 'project'), webhook: str(state, 'key') } }),
    );
  },
  async import(ctx, id) {
    const [project, key] = importParts(id, 'project/webhook');
    const found = await get(ctx, project!, key!, null);
    if (!found) throw new Error(`webhook "${id}" does not exist`);
    return found;
  },
};
