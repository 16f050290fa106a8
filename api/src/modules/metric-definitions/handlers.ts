import type { AppDeps } from '../../app.ts';
import { respond } from '../../http/operation-router.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { createMetricDefinitionService, metricResource } from './service.ts';

type Ops =
  'listMetricDefinitions' | 'createMetricDefinition' | 'getMetricDefinition' | 'updateMetricDefinition';

export function metricDefinitionHandlers(deps: AppDeps): Pick<Handlers, Ops> {
  const metrics = createMetricDefinitionService(deps.db);
  return {
    async listMetricDefinitions({ ctx, scope, query }) {
      respond(ctx, 200, await metrics.list(scope.project, query));
    },
    async createMetricDefinition({ ctx, scope, actor, body }) {
      const metric = await metrics.create(actor, scope.project, body);
      respond(ctx, 201, metric, {
        etag: metric.version,
        location: `/api/v1/${metricResource(scope.project.key, metric.key)}`,
      });
    },
    async getMetricDefinition({ ctx, scope, params }) {
      const metric = await metrics.get(scope.project, params.metric);
      respond(ctx, 200, metric, { etag: metric.version });
    },
    async updateMetricDefinition({ ctx, scope, actor, params, ifMatch, body }) {
      const { metric, changed } = await metrics.update(actor, scope.project, params.metric, ifMatch, body);
      respond(ctx, 200, metric, { etag: metric.version });
      ctx.set('FF-Changed', String(changed));
    },
  };
}
