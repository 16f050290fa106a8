import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { createEnvironmentService } from './service.ts';
import { environmentUrl, environmentView } from './view.ts';

export function environmentHandlers(
  deps: AppDeps,
): Pick<
  Handlers,
  | 'listEnvironments'
  | 'createEnvironment'
  | 'getEnvironment'
  | 'updateEnvironment'
  | 'deleteEnvironment'
  | 'cloneEnvironment'
  | 'compareEnvironments'
> {
  const service = createEnvironmentService(deps.db);
  return {
    async listEnvironments({ ctx, scope }) {
      respond(ctx, 200, { items: await service.list(scope.project) });
    },

    async createEnvironment({ ctx, scope, body, actor }) {
      const env = await service.create(actor, scope.project, body);
      respond(ctx, 201, env, { etag: env.version, location: environmentUrl(scope.project.key, env.key) });
    },

    getEnvironment({ ctx, scope }) {
      // The router has just read the row within the caller's organization: that is the answer.
      const env = environmentView(scope.environment);
      respond(ctx, 200, env, { etag: env.version });
    },

    async updateEnvironment({ ctx, scope, body, actor, ifMatch }) {
      const env = await service.update(actor, scope.project, scope.environment, ifMatch, body);
      respond(ctx, 200, env, { etag: env.version });
    },

    async deleteEnvironment({ ctx, scope, actor, ifMatch }) {
      await service.remove(actor, scope.project, scope.environment, ifMatch);
      respond(ctx, 204, null);
    },

    async cloneEnvironment({ ctx, scope, body, actor }) {
      const env = await service.clone(actor, scope.project, scope.environment, body);
      respond(ctx, 201, env, { etag: env.version, location: environmentUrl(scope.project.key, env.key) });
    },

    async compareEnvironments({ ctx, scope, query }) {
      respond(ctx, 200, await service.compare(scope.project, scope.environment, query.with));
    },
  };
}
