import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { createMetrics } from './registry.ts';

export function metricsHandlers(deps: AppDeps): Pick<Handlers, 'getMetrics'> {
  // createApp passes the registry its timing middleware fills; on its own, this module keeps one.
  const metrics = deps.metrics ?? createMetrics(deps.db);
  return {
    async getMetrics({ ctx }) {
      const { contentType, body } = await metrics.render();
      ctx.set('Cache-Control', 'no-store');
      ctx.type = contentType;
      ctx.body = body;
    },
  };
}
