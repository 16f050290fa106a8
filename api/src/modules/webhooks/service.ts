// Webhook subscriptions of a project (create, list, read, change, delete: each audited, the secret never
// in an audit entry, a log line or a response but the creation's), the delivery log, a test ping sent at
// once, and redelivery.
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { breaking, ConflictError, NotFoundError, ValidationError } from '../../http/errors.ts';
import type { Actor } from '../../http/principal.ts';
import type { ProjectRow } from '../projects/store.ts';
import type { components } from '../../generated/openapi.ts';
import { createHttpSend, recordAttempt } from './delivery.ts';
import type { Send, TargetPolicy } from './delivery.ts';
import { targetIssue } from './target.ts';
import { bodyOf } from './events.ts';
import type { WebhookEvent, WebhookFormat } from './events.ts';

export type Webhook = components['schemas']['Webhook'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
type Create = Omit<components['schemas']['WebhookCreate'], 'format' | 'enabled'> & {
  format?: WebhookFormat | undefined;
  enabled?: boolean | undefined;
};
type Update = components['schemas']['WebhookUpdate'];

interface WebhookRow {
  id: string;
  project_id: string;
  key: string;
  url: string;
  format: WebhookFormat;
  events: WebhookEvent[];
  secret: string;
  enabled: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function view(w: WebhookRow): Webhook {
  return {
    key: w.key,
    url: w.url,
    events: w.events,
    format: w.format,
    enabled: w.enabled,
    version: w.version,
    createdAt: iso(w.created_at)!,
    updatedAt: iso(w.updated_at)!,
  };
}

/** A new signing secret: `whsec_` and 32 random bytes in base64url. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

const resourceOf = (project: string, key: string) => `projects/${project}/webhooks/${key}`;

async function deliveriesView(db: Knex, rows: Record<string, unknown>[]): Promise<WebhookDelivery[]> {
  const ids = rows.map((r) => String(r.id));
  const attempts = ids.length
    ? ((await db('webhook_attempts').whereIn('delivery_id', ids).orderBy(['delivery_id', 'attempt'])) as {
        delivery_id: string | number;
        attempt: number;
        status_code: number | null;
        error: string | null;
        duration_ms: number;
        at: Date;
      }[])
    : [];
  return rows.map((r) => ({
    id: String(r.id),
    event: r.event as WebhookEvent,
    eventId: (r.payload as { eventId: string }).eventId,
    status: r.status as WebhookDelivery['status'],
    attempts: r.attempts as number,
    nextAttemptAt: r.status === 'pending' ? iso(r.next_attempt_at as Date) : null,
    lastStatusCode: (r.last_status_code as number | null) ?? null,
    lastError: (r.last_error as string | null) ?? null,
    deliveredAt: iso((r.delivered_at as Date | null) ?? null),
    redeliveryOf: r.redelivery_of === null || r.redelivery_of === undefined ? null : String(r.redelivery_of),
    createdAt: iso(r.created_at as Date)!,
    attemptLog: attempts
      .filter((a) => String(a.delivery_id) === String(r.id))
      .map((a) => ({
        attempt: a.attempt,
        statusCode: a.status_code,
        error: a.error,
        durationMs: a.duration_ms,
        at: iso(a.at)!,
      })),
  }));
}

/** A URL the target policy refuses when saved: 422 `webhook-target` (host names are judged at delivery). */
function checkTarget(url: string | undefined, policy: TargetPolicy): void {
  const issue = url === undefined ? null : targetIssue(url, policy.allowPrivate);
  if (issue) throw new ValidationError(breaking('webhook-target', [{ path: 'url', message: issue }]), issue);
}

export function createWebhookService(
  db: Db,
  policy: TargetPolicy = { allowPrivate: false },
  send: Send = createHttpSend(policy),
) {
  async function find(handle: Knex, project: ProjectRow, key: string, lock = false): Promise<WebhookRow> {
    const q = handle('webhooks').where({ project_id: project.id, key });
    if (lock) q.forUpdate();
    const row = (await q.first()) as WebhookRow | undefined;
    if (!row) throw new NotFoundError(`No webhook "${key}" in project "${project.key}".`);
    return row;
  }

  return {
    async create(actor: Actor, project: ProjectRow, body: Create): Promise<Webhook & { secret: string }> {
      checkTarget(body.url, policy);
      const secret = body.secret ?? newSecret();
      return mutate(db, actor, async (uow) => {
        const exists = await uow.trx('webhooks').where({ project_id: project.id, key: body.key }).first('id');
        if (exists) throw new ConflictError(`A webhook "${body.key}" exists in project "${project.key}".`);
        const [row] = (await uow
          .trx('webhooks')
          .insert({
            organization_id: project.organization_id,
            project_id: project.id,
            key: body.key,
            url: body.url,
            events: body.events,
            format: body.format ?? 'json',
            enabled: body.enabled ?? true,
            secret,
          })
          .returning('*')) as WebhookRow[];
        const created = view(row!);
        await uow.audit({
          action: 'webhook.create',
          resourceType: 'webhook',
          resource: resourceOf(project.key, body.key),
          before: null,
          after: created,
        });
        return { ...created, secret };
      });
    },

    async list(project: ProjectRow): Promise<Webhook[]> {
      const rows = (await db('webhooks').where({ project_id: project.id }).orderBy('key')) as WebhookRow[];
      return rows.map(view);
    },

    async get(project: ProjectRow, key: string): Promise<Webhook> {
      return view(await find(db, project, key));
    },

    async update(actor: Actor, project: ProjectRow, key: string, ifMatch: number | undefined, body: Update) {
      checkTarget(body.url, policy);
      return mutate(db, actor, async (uow) => {
        const row = await find(uow.trx, project, key, true);
        checkVersion(ifMatch, row.version, `The webhook "${key}"`);
        const [next] = (await uow
          .trx('webhooks')
          .where({ id: row.id })
          .update({ ...body, version: row.version + 1, updated_at: new Date() })
          .returning('*')) as WebhookRow[];
        const after = view(next!);
        await uow.audit({
          action: 'webhook.update',
          resourceType: 'webhook',
          resource: resourceOf(project.key, key),
          before: view(row),
          // The secret itself never goes in the audit log; that it changed does.
          after: body.secret === undefined ? after : { ...after, secretRotated: true },
        });
        return after;
      });
    },

    async remove(actor: Actor, project: ProjectRow, key: string, ifMatch: number | undefined): Promise<void> {
      await mutate(db, actor, async (uow) => {
        const row = await find(uow.trx, project, key, true);
        checkVersion(ifMatch, row.version, `The webhook "${key}"`);
        await uow.trx('webhooks').where({ id: row.id }).delete();
        await uow.audit({
          action: 'webhook.delete',
          resourceType: 'webhook',
          resource: resourceOf(project.key, key),
          before: view(row),
          after: null,
        });
      });
    },

    async deliveries(
      project: ProjectRow,
      key: string,
      filter: { limit?: number | undefined; status?: string | undefined },
    ): Promise<WebhookDelivery[]> {
      const hook = await find(db, project, key);
      const q = db('webhook_deliveries').where({ webhook_id: hook.id });
      if (filter.status) q.where({ status: filter.status });
      const rows = (await q.orderBy('id', 'desc').limit(filter.limit ?? 50)) as Record<string, unknown>[];
      return deliveriesView(db, rows);
    },

    /** Sends a `ping` now (one attempt, no retry) and answers with its delivery. */
    async test(actor: Actor, project: ProjectRow, key: string, now = new Date()): Promise<WebhookDelivery> {
      const hook = await find(db, project, key);
      const eventId = `ping-${randomBytes(8).toString('hex')}`;
      const body = bodyOf(hook.format, {
        id: eventId,
        event: 'ping',
        events: ['ping'],
        project: project.key,
        action: 'webhook.test',
        resource: resourceOf(project.key, key),
        actor: { email: null, via: null },
        at: now.toISOString(),
        comment: null,
        before: null,
        after: null,
      });
      // Sending to a URL from the API's network is an act on the project: audited, with the row, in one
      // transaction; the send itself happens after the commit (never inside a transaction).
      const row = await mutate(db, actor, async (uow) => {
        const [inserted] = (await uow
          .trx('webhook_deliveries')
          .insert({
            webhook_id: hook.id,
            event: 'ping',
            payload: JSON.stringify({ body, eventId }),
            attempts: 1,
            lease_until: new Date(now.getTime() + 60_000),
            next_attempt_at: now,
          })
          .returning('id')) as { id: string | number }[];
        await uow.audit({
          action: 'webhook.test',
          resourceType: 'webhook',
          resource: resourceOf(project.key, key),
          before: null,
          after: { delivery: String(inserted!.id), event: 'ping' },
        });
        return inserted;
      });
      const claimed = {
        id: String(row!.id),
        attempt: 1,
        event: 'ping',
        body,
        eventId,
        url: hook.url,
        secret: hook.secret,
      };
      await recordAttempt(db, claimed, await send(claimed, now), now, { retry: false });
      const [delivery] = await deliveriesView(db, [
        await db('webhook_deliveries').where({ id: claimed.id }).first(),
      ]);
      return delivery!;
    },

    /** Queues the same body again as a new delivery (same event id). */
    async redeliver(
      actor: Actor,
      project: ProjectRow,
      key: string,
      deliveryId: string,
    ): Promise<WebhookDelivery> {
      const hook = await find(db, project, key);
      const original = (await db('webhook_deliveries')
        .where({ id: deliveryId, webhook_id: hook.id })
        .first()) as Record<string, unknown> | undefined;
      if (!original) throw new NotFoundError(`No delivery ${deliveryId} of webhook "${key}".`);
      const row = await mutate(db, actor, async (uow) => {
        const [inserted] = (await uow
          .trx('webhook_deliveries')
          .insert({
            webhook_id: hook.id,
            event: original.event,
            audit_id: original.audit_id,
            payload: JSON.stringify(original.payload),
            redelivery_of: original.id,
            next_attempt_at: new Date(),
          })
          .returning('*')) as Record<string, unknown>[];
        await uow.audit({
          action: 'webhook.redeliver',
          resourceType: 'webhook',
          resource: resourceOf(project.key, key),
          before: null,
          after: { delivery: String(inserted!.id), redeliveryOf: String(original.id) },
        });
        return inserted!;
      });
      const [delivery] = await deliveriesView(db, [row]);
      return delivery!;
    },
  };
}
