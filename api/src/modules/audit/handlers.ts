import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { startStream } from '../../http/streamed-body.ts';
import { restorers } from './restorers.ts';
import { createAuditService } from './service.ts';
import type { AuditFilter } from './store.ts';

type AuditOperations = 'listAudit' | 'exportAudit' | 'getAuditEntry' | 'revertAuditEntry';

const filterOf = (q: AuditFilter): AuditFilter => ({
  resource: q.resource,
  resourceType: q.resourceType,
  actor: q.actor,
  action: q.action,
  since: q.since,
  until: q.until,
});

export function auditHandlers(deps: AppDeps): Pick<Handlers, AuditOperations> {
  const service = createAuditService(deps.db, restorers);
  return {
    async listAudit({ ctx, query, principal }) {
      respond(ctx, 200, await service.list(principal, filterOf(query), query.limit ?? 50, query.cursor));
    },
    async exportAudit({ ctx, query, principal }) {
      const body = await startStream(service.exportLines(principal, filterOf(query)));
      ctx.set('Content-Disposition', 'attachment; filename="audit.ndjson"');
      ctx.type = 'application/x-ndjson; charset=utf-8';
      ctx.body = body;
    },
    async getAuditEntry({ ctx, params, principal }) {
      respond(ctx, 200, await service.get(principal, params.entryId));
    },
    async revertAuditEntry({ ctx, params, body, principal, actor }) {
      respond(ctx, 200, await service.revert(principal, actor, params.entryId, body ?? {}));
    },
  };
}
