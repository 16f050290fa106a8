import Koa from 'koa';
import type { Db } from './db/knex.ts';
import type { Logger } from './logger.ts';
import { problemMiddleware } from './http/problem.ts';
import { requestContext } from './http/request-context.ts';
import { jsonBody, defaultBodyLimitBytes } from './http/body.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { createHealthService } from './modules/health/service.ts';
import { createHealthStore } from './modules/health/store.ts';

export interface AppDeps {
  db: Db;
  logger: Logger;
  /** Largest accepted request body; 1 MiB by default. */
  bodyLimitBytes?: number;
}

/** Builds the Koa app from its dependencies; listening is server.ts's job, so tests can do either. */
export function createApp(deps: AppDeps): Koa {
  const app = new Koa();
  // Behind a load balancer, ctx.ip and ctx.protocol come from X-Forwarded-*; harmless when direct.
  app.proxy = true;
  // The problem middleware logs request errors; what still reaches Koa (a socket failing while the
  // response streams) goes to the JSON log instead of Koa's default stderr printer.
  app.on('error', (err: unknown) => deps.logger.warn({ err }, 'response error'));

  app.use(problemMiddleware(deps.logger));
  app.use(requestContext(deps.logger));
  app.use(jsonBody(deps.bodyLimitBytes ?? defaultBodyLimitBytes));

  const health = healthRoutes(createHealthService(createHealthStore(deps.db)));
  app.use(health.routes());
  app.use(health.allowedMethods());
  return app;
}
