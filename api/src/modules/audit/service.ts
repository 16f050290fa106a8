// The audit log as people read it (filtered pages, a streamed export) and revert: restoring an entry's
// `before` state as a new, audited change.
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../http/errors.ts';
import { decodeCursor, pageOf } from '../../http/paging.ts';
import type { Page } from '../../http/paging.ts';
import type { Actor, Principal } from '../../http/principal.ts';
import type { ResourceType } from './recorder.ts';
import type { RestorerRegistry } from './restorers.ts';
import * as store from './store.ts';
import type { AuditFilter } from './store.ts';
import { auditEntryView } from './view.ts';
import type { AuditEntry } from './view.ts';

export interface RevertInput {
  force?: boolean | undefined;
  comment?: string | undefined;
}

export interface AuditService {
  list(principal: Principal, filter: AuditFilter, limit: number, cursor?: string): Promise<Page<AuditEntry>>;
  /** Every matching entry, oldest first, as NDJSON text in chunks of up to `exportBatchSize` lines. */
  exportLines(principal: Principal, filter: AuditFilter): AsyncGenerator<string>;
  get(principal: Principal, id: string): Promise<AuditEntry>;
  revert(principal: Principal, actor: Actor, id: string, input: RevertInput): Promise<AuditEntry>;
}

// Performance note: one query per 1,000 rows keeps memory flat for any log size and releases the
// pooled connection between batches, so a slow download cannot hold a connection for minutes (a
// server-side cursor would, and PGlite's dialect has none).
export const exportBatchSize = 1000;

const isPosition = (v: unknown): v is { id: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id?: unknown }).id === 'string' &&
  /^\d{1,19}$/.test((v as { id: string }).id);

export function createAuditService(db: Db, restorers: RestorerRegistry): AuditService {
  const notFound = (id: string) => new NotFoundError(`No audit entry ${id}.`);

  return {
    async list(principal, filter, limit, cursor) {
      const position = decodeCursor(cursor, isPosition);
      const rows = await store.listEntries(db, principal.organizationId, filter, limit + 1, position?.id);
      return pageOf(rows, limit, (row) => ({ id: String(row.id) }), auditEntryView);
    },

    async *exportLines(principal, filter) {
      // Entries written while the export runs are left out, so it ends even under a steady write load.
      const upTo = await store.lastEntryId(db, principal.organizationId);
      let after = '0';
      for (;;) {
        const rows = await store.entriesAfter(
          db,
          principal.organizationId,
          filter,
          after,
          upTo,
          exportBatchSize,
        );
        if (rows.length > 0) yield rows.map((r) => JSON.stringify(auditEntryView(r)) + '\n').join('');
        if (rows.length < exportBatchSize) return;
        after = String(rows.at(-1)!.id);
      }
    },

    async get(principal, id) {
      const row = await store.findEntry(db, principal.organizationId, id);
      if (!row) throw notFound(id);
      return auditEntryView(row);
    },

    async revert(principal, actor, id, { force = false, comment }) {
      const entry = await store.findEntry(db, principal.organizationId, id);
      if (!entry) throw notFound(id);
      const type = entry.resource_type as ResourceType;
      const restorer = restorers[type];
      if (!restorer) {
        throw new ValidationError(
          [
            {
              path: 'entryId',
              message: `${entry.action} entries (${entry.resource_type}) cannot be reverted`,
              rule: 'not-revertible',
            },
          ],
          `Entry ${id} cannot be reverted: ${entry.resource_type} changes have no restorable snapshot.`,
        );
      }
      const resource = entry.resource_key;

      const row = await mutate(db, actor, async (uow) => {
        await restorer.authorize(uow.trx, principal, resource);
        if (!force) {
          const later = await store.laterEntry(uow.trx, principal.organizationId, resource, String(entry.id));
          if (later) {
            throw new ConflictError(
              `${later.resource_key} changed after entry ${id} (entry ${String(later.id)}, ${later.action}); ` +
                'reverting would undo that too. Review it, then revert with "force": true.',
            );
          }
        }
        const before = await restorer.current(uow.trx, principal, resource);
        const after = await restorer.restore(uow, principal, resource, entry.before ?? null);
        const newId = await uow.audit({
          action: `${type}.revert`,
          resourceType: type,
          resource,
          before,
          after,
          comment: comment ?? null,
          revertOf: String(entry.id),
        });
        return (await store.findEntry(uow.trx, principal.organizationId, newId))!;
      });
      return auditEntryView(row);
    },
  };
}
