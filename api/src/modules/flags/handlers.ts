import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { respond } from '../../http/operation-router.ts';
import { flagConfigHandlers } from '../flag-configs/handlers.ts';
import { createFlagService } from './service.ts';

type FlagOps =
  | 'listFlags'
  | 'createFlag'
  | 'getFlag'
  | 'updateFlag'
  | 'archiveFlag'
  | 'unarchiveFlag'
  | 'deleteFlag'
  | 'getFlagConfig'
  | 'replaceFlagConfig'
  | 'changeFlagConfig'
  | 'copyFlagConfig';

/** Flags and, through flag-configs, their per-environment configurations (app.ts imports only this). */
export function flagHandlers(deps: AppDeps): Pick<Handlers, FlagOps> {
  const flags = createFlagService(deps.db);
  return {
    async listFlags({ ctx, scope, query }) {
      respond(ctx, 200, await flags.list(scope.project, query));
    },
    async createFlag({ ctx, scope, actor, body }) {
      const flag = await flags.create(actor, scope.project, body);
      respond(ctx, 201, flag, {
        etag: flag.version,
        location: `/api/v1/projects/${scope.project.key}/flags/${flag.key}`,
      });
    },
    async getFlag({ ctx, scope }) {
      const flag = await flags.get(scope.project, scope.flag);
      respond(ctx, 200, flag, { etag: flag.version });
    },
    async updateFlag({ ctx, scope, params, principal, actor, ifMatch, body }) {
      const { flag, changed } = await flags.update(
        principal,
        actor,
        scope.project,
        params.flag,
        ifMatch,
        body,
      );
      respond(ctx, 200, flag, { etag: flag.version });
      ctx.set('FF-Changed', String(changed));
    },
    async archiveFlag({ ctx, scope, params, principal, actor, ifMatch }) {
      const { flag, changed } = await flags.archive(principal, actor, scope.project, params.flag, ifMatch);
      respond(ctx, 200, flag, { etag: flag.version });
      ctx.set('FF-Changed', String(changed));
    },
    async unarchiveFlag({ ctx, scope, params, principal, actor, ifMatch }) {
      const { flag, changed } = await flags.unarchive(principal, actor, scope.project, params.flag, ifMatch);
      respond(ctx, 200, flag, { etag: flag.version });
      ctx.set('FF-Changed', String(changed));
    },
    async deleteFlag({ ctx, scope, params, principal, actor, ifMatch }) {
      await flags.remove(principal, actor, scope.project, params.flag, ifMatch);
      respond(ctx, 204, null);
    },
    ...flagConfigHandlers(deps),
  };
}
