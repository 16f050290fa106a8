// An audit row as the management change stream sends it (openapi.yaml `ChangeEvent`): who changed what,
// when, and the resource's version before and after. Before/after bodies stay out of the stream (a
// segment's snapshot can be large); a watcher that wants them reads GET /api/v1/audit/{id}.
import type { components } from '../../generated/openapi.ts';
import type { AuditRow } from '../audit/store.ts';

export type ChangeEvent = components['schemas']['ChangeEvent'];

/** The `version` of an audit snapshot, when it is a resource that has one (flag configs, segments…). */
function versionOf(snapshot: unknown): number | null {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const v = (snapshot as { version?: unknown }).version;
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : null;
}

export function changeEventView(row: AuditRow): ChangeEvent {
  return {
    id: String(row.id),
    action: row.action,
    resourceType: row.resource_type as ChangeEvent['resourceType'],
    resource: row.resource_key,
    actor: { email: row.actor_email, tokenName: row.actor_token_name },
    comment: row.comment,
    revertOf: row.revert_of === null ? null : String(row.revert_of),
    createdAt: row.created_at.toISOString(),
    versions: { before: versionOf(row.before), after: versionOf(row.after) },
  };
}
