// The outbox: called by the audit recorder inside the change's transaction, so a committed change always
// has its deliveries queued, and a rolled-back one never does (an after-commit hook would lose them to a
// crash between commit and enqueue). One delivery per subscribed webhook per audit entry.
import type { Knex } from 'knex';
import type { Actor } from '../../http/principal.ts';
import type { AuditInput } from '../audit/recorder.ts';
import { bodyOf, eventsOf, payloadOf, projectKeyOf } from './events.ts';
import type { WebhookFormat } from './events.ts';

export async function enqueueWebhooks(
  trx: Knex.Transaction,
  actor: Actor,
  entry: AuditInput,
  auditId: string,
): Promise<void> {
  const events = eventsOf(actor, entry);
  if (events.length === 0) return;
  const project = projectKeyOf(entry.resource);
  if (project === undefined) return;
  const hooks = (await trx('webhooks as w')
    .join('projects as p', 'p.id', 'w.project_id')
    .where({ 'p.organization_id': actor.organizationId, 'p.key': project, 'w.enabled': true })
    .whereRaw('w.events && ?::text[]', [events])
    .select('w.id', 'w.events', 'w.format')) as { id: string; events: string[]; format: WebhookFormat }[];
  if (hooks.length === 0) return;
  const now = new Date();
  await trx('webhook_deliveries').insert(
    hooks.map((h) => {
      const event = events.find((e) => h.events.includes(e))!;
      const payload = payloadOf(auditId, event, events, project, actor, entry, now);
      return {
        webhook_id: h.id,
        event,
        audit_id: auditId,
        // Stored as the body to send: what is signed is exactly what was queued.
        payload: JSON.stringify({ body: bodyOf(h.format, payload), eventId: auditId }),
        next_attempt_at: now,
      };
    }),
  );
}
