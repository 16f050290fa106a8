// Reading the audit log (writing is recorder.ts's, inside each mutation's transaction). Every query is
// scoped to one organization. Functions take a knex handle so they run inside a unit of work too.
import type { Knex } from 'knex';

export interface AuditRow {
  id: number | string;
  organization_id: string;
  actor_user_id: string | null;
  actor_token_id: string | null;
  actor_email: string | null;
  actor_token_name: string | null;
  action: string;
  resource_type: string;
  resource_key: string;
  before: unknown;
  after: unknown;
  comment: string | null;
  revert_of: number | string | null;
  request_id: string | null;
  source_ip: string | null;
  source_user_agent: string | null;
  created_at: Date;
}

export interface AuditFilter {
  /** A resource path: that resource and everything under it. */
  resource?: string | undefined;
  resourceType?: string | undefined;
  /** A user's email (case-insensitive) or a token id. */
  actor?: string | undefined;
  action?: string | undefined;
  /** Inclusive lower bound on the time of the entry. */
  since?: string | undefined;
  /** Exclusive upper bound, so consecutive windows [since, until) never count an entry twice. */
  until?: string | undefined;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Resource paths contain `_` (keys allow it), a LIKE wildcard: escape it and its siblings.
const likePrefix = (path: string) => path.replace(/[\\%_]/g, (c) => `\\${c}`) + '/%';

/** A resource path as the log stores it: no leading or trailing slash. */
export const normalizeResource = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** `resource_key` is `path` or lies under it. */
function underPath(q: Knex.QueryBuilder, path: string): void {
  const p = normalizeResource(path);
  q.where((w) => w.where('resource_key', p).orWhereRaw(`resource_key like ? escape '\\'`, [likePrefix(p)]));
}

function filtered(db: Knex, organizationId: string, f: AuditFilter): Knex.QueryBuilder {
  const q = db('audit_log').where({ organization_id: organizationId });
  if (f.resource !== undefined) underPath(q, f.resource);
  if (f.resourceType !== undefined) q.where('resource_type', f.resourceType);
  if (f.action !== undefined) q.where('action', f.action);
  if (f.actor !== undefined) {
    if (uuid.test(f.actor)) q.where('actor_token_id', f.actor.toLowerCase());
    // lower(actor_email) is indexed (migration 005).
    else q.whereRaw('lower(actor_email) = lower(?)', [f.actor]);
  }
  if (f.since !== undefined) q.where('created_at', '>=', new Date(f.since));
  if (f.until !== undefined) q.where('created_at', '<', new Date(f.until));
  return q;
}

/** Up to `limit` entries newest first, starting below the id `beforeId` when given. */
export async function listEntries(
  db: Knex,
  organizationId: string,
  f: AuditFilter,
  limit: number,
  beforeId?: string,
): Promise<AuditRow[]> {
  const q = filtered(db, organizationId, f);
  if (beforeId !== undefined) q.where('id', '<', beforeId);
  return (await q.orderBy('id', 'desc').limit(limit).select('*')) as AuditRow[];
}

/** Up to `limit` entries oldest first with ids in (afterId, upToId]. */
export async function entriesAfter(
  db: Knex,
  organizationId: string,
  f: AuditFilter,
  afterId: string,
  upToId: string,
  limit: number,
): Promise<AuditRow[]> {
  return (await filtered(db, organizationId, f)
    .where('id', '>', afterId)
    .andWhere('id', '<=', upToId)
    .orderBy('id', 'asc')
    .limit(limit)
    .select('*')) as AuditRow[];
}

/** The newest entry id of the organization (0 when the log is empty). */
export async function lastEntryId(db: Knex, organizationId: string): Promise<string> {
  const row = (await db('audit_log').where({ organization_id: organizationId }).max('id as id').first()) as
    { id: number | string | null } | undefined;
  return String(row?.id ?? 0);
}

export async function findEntry(db: Knex, organizationId: string, id: string): Promise<AuditRow | undefined> {
  return (await db('audit_log').where({ organization_id: organizationId, id }).first('*')) as
    AuditRow | undefined;
}

/** The first entry after `afterId` about `resource` or anything under it, if any. */
export async function laterEntry(
  db: Knex,
  organizationId: string,
  resource: string,
  afterId: string,
): Promise<AuditRow | undefined> {
  const q = db('audit_log').where({ organization_id: organizationId }).where('id', '>', afterId);
  underPath(q, resource);
  return (await q.orderBy('id', 'asc').first('*')) as AuditRow | undefined;
}
