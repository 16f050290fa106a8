import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { createSdkKeyService } from './service.ts';

export function sdkKeyHandlers(
  deps: AppDeps,
): Pick<Handlers, 'listSdkKeys' | 'createSdkKey' | 'rotateSdkKey' | 'revokeSdkKey'> {
  const service = createSdkKeyService(deps.db);
  return {
    async listSdkKeys({ ctx, scope }) {
      respond(ctx, 200, { items: await service.list(scope.environment) });
    },

    async createSdkKey({ ctx, scope, body, actor }) {
      // The secret is in this response and nowhere else; keep it out of caches.
      ctx.set('Cache-Control', 'no-store');
      respond(ctx, 201, await service.create(actor, scope.project, scope.environment, body));
    },

    async rotateSdkKey({ ctx, scope, params, body, actor }) {
      ctx.set('Cache-Control', 'no-store');
      const key = await service.rotate(
        actor,
        scope.project,
        scope.environment,
        params.keyId,
        body?.overlapSeconds,
      );
      respond(ctx, 201, key);
    },

    async revokeSdkKey({ ctx, scope, params, actor }) {
      await service.revoke(actor, scope.project, scope.environment, params.keyId);
      respond(ctx, 204, null);
    },
  };
}
