import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { createFlagConfigService } from './service.ts';

type ConfigOps = 'getFlagConfig' | 'replaceFlagConfig' | 'changeFlagConfig' | 'copyFlagConfig';

export function flagConfigHandlers(deps: AppDeps): Pick<Handlers, ConfigOps> {
  const configs = createFlagConfigService(deps.db);
  return {
    async getFlagConfig({ ctx, scope, params }) {
      const view = await configs.get(scope.project, scope.environment, params.flag);
      respond(ctx, 200, view, { etag: view.version });
    },
    async replaceFlagConfig({ ctx, scope, params, ifMatch, actor, body }) {
      const view = await configs.replace(actor, scope.project, scope.environment, params.flag, ifMatch, body);
      respond(ctx, 200, view, { etag: view.version });
    },
    async changeFlagConfig({ ctx, scope, params, ifMatch, actor, body }) {
      const view = await configs.change(actor, scope.project, scope.environment, params.flag, ifMatch, body);
      respond(ctx, 200, view, { etag: view.version });
    },
    async copyFlagConfig({ ctx, scope, params, ifMatch, actor, principal, body }) {
      const view = await configs.copy(principal, actor, scope.project, params.flag, ifMatch, body);
      respond(ctx, 200, view, { etag: view.version });
    },
  };
}
