import type { AppDeps } from '../../app.ts';
import { mutate } from '../../db/unit-of-work.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { approvalSettingsOf, setApprovalSettings } from '../environments/store.ts';
import { createChangeRequestService } from './service.ts';

type Ops =
  | 'getApprovalSettings'
  | 'putApprovalSettings'
  | 'listChangeRequests'
  | 'createChangeRequest'
  | 'getChangeRequest'
  | 'decideChangeRequest';

const settingsView = (s: { requires_approval: boolean; requires_comment: boolean }) => ({
  requiresApproval: s.requires_approval,
  requiresComment: s.requires_comment,
});

export function changeRequestHandlers(deps: AppDeps): Pick<Handlers, Ops> {
  const requests = createChangeRequestService(deps.db);
  return {
    async getApprovalSettings({ ctx, scope }) {
      respond(ctx, 200, settingsView(scope.environment));
    },
    async putApprovalSettings({ ctx, scope, actor, body }) {
      const after = await mutate(deps.db, actor, async (uow) => {
        // Read again inside the transaction: the audit entry's `before` is what this write replaced.
        const before = settingsView(await approvalSettingsOf(uow.trx, scope.environment.id));
        await setApprovalSettings(uow.trx, scope.environment.id, {
          requires_approval: body.requiresApproval,
          requires_comment: body.requiresComment,
        });
        const next = { requiresApproval: body.requiresApproval, requiresComment: body.requiresComment };
        await uow.audit({
          action: 'environment.approval_settings',
          resourceType: 'environment',
          resource: `projects/${scope.project.key}/environments/${scope.environment.key}`,
          before,
          after: next,
        });
        return next;
      });
      respond(ctx, 200, after);
    },
    async listChangeRequests({ ctx, scope, query }) {
      respond(ctx, 200, { items: await requests.list(scope.project, query) });
    },
    async createChangeRequest({ ctx, scope, actor, body }) {
      const created = await requests.create(actor, scope.project, body);
      respond(ctx, 201, created, {
        location: `/api/v1/projects/${scope.project.key}/change-requests/${created.id}`,
      });
    },
    async getChangeRequest({ ctx, scope, params }) {
      respond(ctx, 200, await requests.get(scope.project, params.changeRequest));
    },
    async decideChangeRequest({ ctx, scope, params, principal, actor, body }) {
      const comment = (body as { comment?: string } | undefined)?.comment;
      respond(
        ctx,
        200,
        await requests.decide(
          principal,
          actor,
          scope.project,
          params.changeRequest,
          params.decision,
          comment,
        ),
      );
    },
  };
}
