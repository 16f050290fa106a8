import type { AppDeps } from '../../app.ts';
import type { Handlers } from '../../http/operation-router.ts';

// Filled in as this module's operations are implemented; until then the router answers them with 501.
export function metricsHandlers(_deps: AppDeps): Partial<Handlers> {
  return {};
}
