import type { components } from '../../generated/openapi.ts';
import type { AuditRow } from './store.ts';

export type AuditEntry = components['schemas']['AuditEntry'];

/** An audit row as the API shows it (openapi.yaml `AuditEntry`); ids are strings (bigint in the database). */
export function auditEntryView(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    action: row.action,
    resourceType: row.resource_type as AuditEntry['resourceType'],
    resource: row.resource_key,
    actor: {
      userId: row.actor_user_id,
      email: row.actor_email,
      tokenId: row.actor_token_id,
      tokenName: row.actor_token_name,
    },
    comment: row.comment,
    revertOf: row.revert_of === null ? null : String(row.revert_of),
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.request_id,
    source: { ip: row.source_ip, userAgent: row.source_user_agent },
    createdAt: row.created_at.toISOString(),
  };
}
