import type { AppDeps } from '../../app.ts';
import { ServiceUnavailableError } from '../../http/errors.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { createHealthService } from './service.ts';
import { createHealthStore } from './store.ts';

export function healthHandlers(deps: AppDeps): Pick<Handlers, 'getHealth' | 'getReadiness'> {
  const service = createHealthService(createHealthStore(deps.db));
  return {
    // Liveness: the process answers. Deliberately no database, so a database outage does not get every
    // replica restarted by its orchestrator.
    getHealth({ ctx }) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { status: 'ok' };
    },
    // Readiness: safe to route traffic here (database reachable, schema current).
    async getReadiness({ ctx }) {
      ctx.set('Cache-Control', 'no-store');
      const r = await service.readiness();
      if (!r.ready) throw new ServiceUnavailableError(r.reason);
      ctx.body = { status: 'ready' };
    },
  };
}
