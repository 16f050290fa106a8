// Writing audit entries. Only the unit of work calls this, inside the mutation's transaction.
import type { Knex } from 'knex';
import type { Actor } from '../../http/principal.ts';
import { enqueueWebhooks } from '../webhooks/outbox.ts';

export type ResourceType =
  | 'project'
  | 'environment'
  | 'flag'
  | 'flag_config'
  | 'segment'
  | 'segment_members'
  | 'sdk_key'
  | 'api_token'
  | 'member'
  | 'experiment'
  | 'metric'
  | 'schedule'
  | 'webhook'
  | 'change_request'
  | 'insights_settings'
  | 'code_references';

export interface AuditInput {
  /** `<resourceType>.<verb>`, e.g. `flag.create`, `flag_config.change`, `segment.delete`. */
  action: string;
  resourceType: ResourceType;
  /** The resource's path, e.g. `projects/demo/flags/new-checkout/environments/production`. */
  resource: string;
  /** The API representation before the change (null for a creation). */
  before: unknown;
  /** The API representation after the change (null for a deletion). */
  after: unknown;
  comment?: string | null | undefined;
  /** The id of the entry this change reverts. */
  revertOf?: string | null | undefined;
}

// jsonb columns take JSON text: a JS array would otherwise be sent as a Postgres array literal.
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export async function recordAudit(trx: Knex.Transaction, actor: Actor, entry: AuditInput): Promise<string> {
  const [row] = await trx('audit_log')
    .insert({
      organization_id: actor.organizationId,
      actor_user_id: actor.userId,
      actor_token_id: actor.tokenId,
      actor_email: actor.email,
      actor_token_name: actor.tokenName,
      request_id: actor.requestId,
      source_ip: actor.source.ip,
      source_user_agent: actor.source.userAgent,
      action: entry.action,
      resource_type: entry.resourceType,
      resource_key: entry.resource,
      before: json(entry.before),
      after: json(entry.after),
      comment: entry.comment ?? null,
      revert_of: entry.revertOf ?? null,
    })
    .returning('id');
  const id = String((row as { id: string | number }).id);
  // Webhook deliveries go to the outbox in this same transaction (webhooks/outbox.ts says why).
  await enqueueWebhooks(trx, actor, entry, id);
  return id;
}
