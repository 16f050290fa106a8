import type { AppDeps } from '../../app.ts';
import { respond } from '../../http/operation-router.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { createCodeReferencesService } from './service.ts';

type Ops = 'listCodeReferences' | 'putCodeReferences' | 'deleteCodeReferences';

export function codeReferencesHandlers(deps: AppDeps): Pick<Handlers, Ops> {
  const refs = createCodeReferencesService(deps.db);
  return {
    async listCodeReferences({ ctx, scope, query }) {
      respond(ctx, 200, await refs.list(scope.project, query.flag));
    },
    async putCodeReferences({ ctx, scope, actor, params, body }) {
      respond(ctx, 200, await refs.put(actor, scope.project, params.repository, body));
    },
    async deleteCodeReferences({ ctx, scope, actor, params }) {
      await refs.remove(actor, scope.project, params.repository);
      respond(ctx, 204, null);
    },
  };
}
