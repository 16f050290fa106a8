// Which webhook events an audit entry is, and what a delivery carries: pure functions of the entry.
import type { components } from '../../generated/openapi.ts';
import type { Actor } from '../../http/principal.ts';
import type { AuditInput } from '../audit/recorder.ts';

export type WebhookEvent = components['schemas']['WebhookEvent'];
export type WebhookFormat = 'json' | 'slack';

const experimentTransitions = new Set(['launch', 'pause', 'resume', 'stop', 'archive']);
const decisions = new Set(['approve', 'reject', 'expire']);

const onOf = (v: unknown): boolean | undefined =>
  typeof v === 'object' && v !== null && typeof (v as { on?: unknown }).on === 'boolean'
    ? (v as { on: boolean }).on
    : undefined;

/**
 * The event kinds of one audit entry, most specific first (a delivery is named after the first one a
 * webhook subscribes to, and lists them all).
 */
export function eventsOf(actor: Pick<Actor, 'tokenName' | 'tokenId'>, entry: AuditInput): WebhookEvent[] {
  const [type, verb = ''] = entry.action.split('.', 2);
  const events: WebhookEvent[] = [];
  if (type === 'flag_config') {
    if (onOf(entry.before) === true && onOf(entry.after) === false) events.push('flag.killed');
    if (actor.tokenId === null && actor.tokenName === 'scheduler') events.push('schedule.executed');
  }
  if (type === 'flag' || type === 'flag_config') events.push('flag.changed');
  if (type === 'experiment' && experimentTransitions.has(verb)) events.push('experiment.transition');
  if (type === 'schedule' && verb === 'fail') events.push('schedule.failed');
  if (type === 'change_request' && verb === 'create') events.push('change_request.opened');
  if (type === 'change_request' && decisions.has(verb)) events.push('change_request.decided');
  return events;
}

/** `projects/demo/flags/x/…` → `demo`; undefined for organization-wide resources. */
export function projectKeyOf(resource: string): string | undefined {
  const m = /^projects\/([^/]+)(?:\/|$)/.exec(resource);
  return m?.[1];
}

export interface EventPayload {
  /** The audit entry's id: the same change delivered twice has the same id. */
  id: string;
  event: WebhookEvent;
  events: WebhookEvent[];
  project: string;
  action: string;
  resource: string;
  actor: { email: string | null; via: string | null };
  at: string;
  comment: string | null;
  before: unknown;
  after: unknown;
}

export function payloadOf(
  id: string,
  event: WebhookEvent,
  events: WebhookEvent[],
  project: string,
  actor: Pick<Actor, 'email' | 'tokenName'>,
  entry: AuditInput,
  at: Date,
): EventPayload {
  return {
    id,
    event,
    events,
    project,
    action: entry.action,
    resource: entry.resource,
    actor: { email: actor.email, via: actor.tokenName },
    at: at.toISOString(),
    comment: entry.comment ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
}

const headline: Record<WebhookEvent, string> = {
  'flag.killed': ':rotating_light: Kill switch',
  'flag.changed': ':triangular_flag_on_post: Flag changed',
  'schedule.executed': ':alarm_clock: Scheduled step ran',
  'schedule.failed': ':warning: Schedule failed',
  'experiment.transition': ':test_tube: Experiment',
  'change_request.opened': ':inbox_tray: Change request opened',
  'change_request.decided': ':white_check_mark: Change request decided',
  ping: ':wave: Test from ff',
};

/** A Slack incoming-webhook message (`text` with mrkdwn) for one event. */
export function slackMessageOf(p: EventPayload): { text: string } {
  const who = p.actor.email ?? p.actor.via ?? 'someone';
  const via = p.actor.via === 'scheduler' ? ' (by the scheduler)' : '';
  const comment = p.comment ? `\n> ${p.comment.replace(/\n/g, '\n> ')}` : '';
  return { text: `${headline[p.event]}: \`${p.action}\` on \`${p.resource}\` by ${who}${via}${comment}` };
}

/** The body a delivery sends, as it will be signed. */
export function bodyOf(format: WebhookFormat, payload: EventPayload): string {
  return JSON.stringify(format === 'slack' ? slackMessageOf(payload) : payload);
}
