import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { createMemberService } from './service.ts';

type MemberOperations = 'listMembers' | 'inviteMember' | 'updateMember' | 'removeMember';

export function memberHandlers(deps: AppDeps): Pick<Handlers, MemberOperations> {
  const service = createMemberService(deps.db);
  return {
    async listMembers({ ctx, principal }) {
      respond(ctx, 200, { items: await service.list(principal) });
    },
    async inviteMember({ ctx, body, principal, actor }) {
      const invitation = await service.invite(principal, actor, body);
      ctx.set('Cache-Control', 'no-store');
      respond(ctx, 201, invitation, {
        etag: invitation.version,
        location: `/api/v1/members/${invitation.id}`,
      });
    },
    async updateMember({ ctx, params, body, ifMatch, principal, actor }) {
      const member = await service.update(principal, actor, params.memberId, ifMatch, body);
      respond(ctx, 200, member, { etag: member.version });
    },
    async removeMember({ ctx, params, ifMatch, principal, actor }) {
      await service.remove(principal, actor, params.memberId, ifMatch);
      respond(ctx, 204, null);
    },
  };
}
