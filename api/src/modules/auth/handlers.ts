import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { sourceOf } from '../../http/request-source.ts';
import { createLoginLimiter } from './rate-limit.ts';
import { createAuthService } from './service.ts';

type AuthOperations = 'login' | 'acceptInvite' | 'getMe' | 'listTokens' | 'createToken' | 'revokeToken';

export function authHandlers(deps: AppDeps): Pick<Handlers, AuthOperations> {
  // One limiter per app: its counts are this replica's (see rate-limit.ts).
  const service = createAuthService(deps.db, createLoginLimiter());
  return {
    async login({ ctx, body, requestId }) {
      const created = await service.login(body, sourceOf(ctx), requestId);
      // A response carrying a secret must not be kept by any cache on the way.
      ctx.set('Cache-Control', 'no-store');
      respond(ctx, 201, created);
    },
    async acceptInvite({ ctx, body, requestId }) {
      const created = await service.acceptInvite(body, sourceOf(ctx), requestId);
      ctx.set('Cache-Control', 'no-store');
      respond(ctx, 201, created);
    },
    async getMe({ ctx, principal }) {
      respond(ctx, 200, await service.me(principal));
    },
    async listTokens({ ctx, principal }) {
      respond(ctx, 200, { items: await service.listTokens(principal) });
    },
    async createToken({ ctx, body, principal, actor }) {
      const created = await service.createToken(principal, actor, body);
      ctx.set('Cache-Control', 'no-store');
      respond(ctx, 201, created);
    },
    async revokeToken({ ctx, params, principal, actor }) {
      await service.revokeToken(principal, actor, params.tokenId);
      respond(ctx, 204, null);
    },
  };
}
