import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { findEnvironment } from '../../http/scope.ts';
import { enforceChangeControl } from '../change-requests/gate.ts';
import { createFlagConfigService } from './service.ts';
import type { ConfigWrite } from './service.ts';

/** A write's answer: the configuration, its ETag, and whether the write changed it (`FF-Changed`). */
function written(ctx: Parameters<typeof respond>[0], { config, changed }: ConfigWrite): void {
  respond(ctx, 200, config, { etag: config.version });
  ctx.set('FF-Changed', String(changed));
}

type ConfigOps = 'getFlagConfig' | 'replaceFlagConfig' | 'changeFlagConfig' | 'copyFlagConfig';

export function flagConfigHandlers(deps: AppDeps): Pick<Handlers, ConfigOps> {
  const configs = createFlagConfigService(deps.db);
  return {
    async getFlagConfig({ ctx, scope }) {
      const view = await configs.get(scope.environment, scope.flag);
      respond(ctx, 200, view, { etag: view.version });
    },
    async replaceFlagConfig({ ctx, scope, params, ifMatch, actor, principal, body }) {
      enforceChangeControl(principal, scope.project.id, scope.environment, body.comment);
      written(
        ctx,
        await configs.replace(actor, scope.project, scope.environment, params.flag, ifMatch, body),
      );
    },
    async changeFlagConfig({ ctx, scope, params, ifMatch, actor, principal, body }) {
      enforceChangeControl(principal, scope.project.id, scope.environment, body.comment);
      written(ctx, await configs.change(actor, scope.project, scope.environment, params.flag, ifMatch, body));
    },
    async copyFlagConfig({ ctx, scope, params, ifMatch, actor, principal, body }) {
      const to = await findEnvironment(deps.db, scope.project, body.to);
      enforceChangeControl(principal, scope.project.id, to, body.comment);
      written(ctx, await configs.copy(principal, actor, scope.project, params.flag, ifMatch, to, body));
    },
  };
}
