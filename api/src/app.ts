import Koa from 'koa';
import type { Db } from './db/knex.ts';
import type { Logger } from './logger.ts';
import { cors } from './http/cors.ts';
import { problemMiddleware } from './http/problem.ts';
import { requestContext } from './http/request-context.ts';
import { parseTrustedProxies, requestSource } from './http/request-source.ts';
import { jsonBody } from './http/body.ts';
import type { BodyLimits } from './http/body.ts';
import { operationRouter } from './http/operation-router.ts';
import type { Handlers } from './http/operation-router.ts';
import { auditHandlers } from './modules/audit/handlers.ts';
import { codeReferencesHandlers } from './modules/code-references/handlers.ts';
import { authHandlers } from './modules/auth/handlers.ts';
import { environmentHandlers } from './modules/environments/handlers.ts';
import { experimentHandlers } from './modules/experiments/handlers.ts';
import { metricDefinitionHandlers } from './modules/metric-definitions/handlers.ts';
import { flagHandlers } from './modules/flags/handlers.ts';
import { healthHandlers } from './modules/health/handlers.ts';
import { connectionsWorker } from './modules/insights/connections.ts';
import { credentialUsageRecorder } from './modules/insights/credential-usage.ts';
import { insightsHandlers } from './modules/insights/handlers.ts';
import { memberHandlers } from './modules/members/handlers.ts';
import { metricsHandlers } from './modules/metrics/handlers.ts';
import { createMetrics } from './modules/metrics/registry.ts';
import type { AppMetrics } from './modules/metrics/registry.ts';
import { ofrepErrors } from './modules/ofrep/errors.ts';
import { ofrepHandlers } from './modules/ofrep/handlers.ts';
import { projectHandlers } from './modules/projects/handlers.ts';
import { attachRateLimiter, createAppRateLimiter, rateLimitGuard } from './modules/rate-limit/http.ts';
import type { RateLimiter, RateLimitSettings } from './modules/rate-limit/limiter.ts';
import { sdkKeyHandlers } from './modules/sdk-keys/handlers.ts';
import { sdkHandlers } from './modules/sdk/handlers.ts';
import { sdkStreamHandlers } from './modules/sdk-stream/handlers.ts';
import { changesStreamHandlers } from './modules/changes-stream/handlers.ts';
import { segmentHandlers } from './modules/segments/handlers.ts';
import { scheduleHandlers } from './modules/schedules/handlers.ts';
import { webhookHandlers } from './modules/webhooks/handlers.ts';
import { webhookWorker, webhookWorkerFor } from './modules/webhooks/worker.ts';
import type { TargetPolicy } from './modules/webhooks/delivery.ts';
import { changeRequestHandlers } from './modules/change-requests/handlers.ts';
import { attachStreaming, createStreaming } from './stream/streaming.ts';
import { attachBackground, createBackgroundRunner } from './background/runner.ts';
import type { Worker } from './background/worker.ts';
import { workers as defaultWorkers } from './background/workers.ts';
import type { Streaming } from './stream/streaming.ts';

export interface AppDeps {
  db: Db;
  logger: Logger;
  /** Largest accepted request body per kind of route; http/body.ts's defaultBodyLimits otherwise. */
  bodyLimits?: Partial<BodyLimits>;
  /** Request metrics; createApp makes them (one registry per app) and /metrics serves them. */
  metrics?: AppMetrics;
  /** Change propagation (bus + SSE hub); createApp makes it, listen() starts and stops it. */
  streaming?: Streaming;
  /** Requests per credential and window (FF_RATE_LIMIT_*); generous defaults when not given. */
  rateLimits?: RateLimitSettings;
  /** The limiter itself (tests drive its clock and syncs); createApp makes one from rateLimits. */
  rateLimiter?: RateLimiter;
  /** IPs and CIDR ranges whose X-Forwarded-For is believed (FF_TRUSTED_PROXIES); none by default. */
  trustedProxies?: readonly string[];
  /** Origins whose pages may call the SDK and OFREP routes (FF_CORS_ORIGINS); `['*']` by default. */
  corsOrigins?: readonly string[];
  /** Background workers listen() runs in this replica; background/workers.ts's list by default. */
  backgroundWorkers?: readonly Worker[];
  /** Where webhooks may deliver (FF_WEBHOOK_ALLOW_PRIVATE); public addresses only by default. */
  webhookTargets?: TargetPolicy;
}

/** Every operation's handler, by operationId (openapi.yaml); each module contributes its own. */
export function allHandlers(deps: AppDeps): Partial<Handlers> {
  return {
    ...healthHandlers(deps),
    ...metricsHandlers(deps),
    ...authHandlers(deps),
    ...memberHandlers(deps),
    ...projectHandlers(deps),
    ...environmentHandlers(deps),
    ...sdkKeyHandlers(deps),
    ...flagHandlers(deps),
    ...segmentHandlers(deps),
    ...experimentHandlers(deps),
    ...metricDefinitionHandlers(deps),
    ...insightsHandlers(deps),
    ...codeReferencesHandlers(deps),
    ...auditHandlers(deps),
    ...sdkHandlers(deps),
    ...ofrepHandlers(deps),
    ...sdkStreamHandlers(deps),
    ...scheduleHandlers(deps),
    ...webhookHandlers(deps),
    ...changeRequestHandlers(deps),
    ...changesStreamHandlers(deps),
  };
}

/** Builds the Koa app from its dependencies; listening is server.ts's job, so tests can do either. */
export function createApp(deps: AppDeps): Koa {
  const app = new Koa();
  // X-Forwarded-* is anyone's to send: the client's address comes from http/request-source.ts, which
  // believes the header only from FF_TRUSTED_PROXIES. Koa's own reading (ctx.ip, ctx.protocol) stays off.
  app.proxy = false;
  // The problem middleware logs request errors; what still reaches Koa (a socket failing while the
  // response streams) goes to the JSON log instead of Koa's default stderr printer.
  app.on('error', (err: unknown) => deps.logger.warn({ err }, 'response error'));

  // Outermost, so the request counters see every request with its final status, errors included.
  const metrics = deps.metrics ?? createMetrics(deps.db);
  app.use(metrics.middleware);
  // Outside the problem middleware, so a refusal (401, 403, 429) is readable by the page that got it.
  app.use(cors(deps.corsOrigins ?? ['*']));
  app.use(problemMiddleware(deps.logger));
  app.use(requestContext(deps.logger));
  app.use(requestSource(parseTrustedProxies(deps.trustedProxies ?? [])));
  // OFREP clients read errors in OFREP's shape; outside the body parser so its failures are caught too.
  app.use(ofrepErrors(deps.logger));
  app.use(jsonBody(deps.bodyLimits));

  const streaming = deps.streaming ?? createStreaming(deps);
  attachStreaming(app, streaming);
  const rateLimiter =
    deps.rateLimiter ?? createAppRateLimiter(deps.db, deps.logger, metrics, deps.rateLimits);
  attachRateLimiter(app, rateLimiter);
  attachBackground(
    app,
    createBackgroundRunner({
      db: deps.db,
      logger: deps.logger,
      // Each replica reports its own open streams (insights' connection counts). A test that sets
      // backgroundWorkers runs exactly those.
      workers: deps.backgroundWorkers ?? [
        ...defaultWorkers.map((w) =>
          w === webhookWorker && deps.webhookTargets ? webhookWorkerFor(deps.webhookTargets) : w,
        ),
        connectionsWorker(streaming.hub),
      ],
    }),
  );
  const guard = rateLimitGuard(rateLimiter, metrics);
  // Insights count each credential's requests (kept in memory, written every few seconds).
  const usage = credentialUsageRecorder(deps.db, deps.logger);
  const router = operationRouter(deps.db, allHandlers({ ...deps, metrics, streaming }), (ctx, kind, id) => {
    usage.record(kind, id);
    return guard(ctx, kind, id);
  });
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
