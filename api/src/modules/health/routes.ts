import Router from '@koa/router';
import { ServiceUnavailableError } from '../../http/errors.ts';
import type { HealthService } from './service.ts';

export function healthRoutes(service: HealthService): Router {
  const router = new Router();
  // Liveness: the process answers. Deliberately no database, so a database outage does not get every
  // replica restarted by its orchestrator.
  router.get('/healthz', (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { status: 'ok' };
  });
  // Readiness: safe to route traffic here (database reachable, schema current).
  router.get('/readyz', async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    const r = await service.readiness();
    if (!r.ready) throw new ServiceUnavailableError(r.reason);
    ctx.body = { status: 'ready' };
  });
  return router;
}
