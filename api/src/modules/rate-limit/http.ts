// The rate limits at the HTTP boundary: the operation router calls the guard once it knows the
// credential, before anything else is done for the request. Every limited response carries the
// three fields of the IETF draft (draft-ietf-httpapi-ratelimit-headers, the separate-field form that
// most clients and proxies read): RateLimit-Limit (requests per window), RateLimit-Remaining,
// RateLimit-Reset (seconds until the window ends). A refusal is 429 with Retry-After (seconds), as
// problem+json, or in OFREP's error shape on /ofrep/ (the OFREP providers honour Retry-After).
import type { Context } from 'koa';
import type { Db } from '../../db/knex.ts';
import { TooManyRequestsError } from '../../http/errors.ts';
import type { Logger } from '../../logger.ts';
import type { AppMetrics } from '../metrics/registry.ts';
import { createRateLimiter, defaultRateLimits } from './limiter.ts';
import type { CredentialKind, RateLimiter, RateLimitSettings } from './limiter.ts';
import { createCountStore } from './store.ts';

/** Counts a request of an authenticated credential; throws 429 when its limit is used up. */
export type RateLimitGuard = (ctx: Context, kind: CredentialKind, credentialId: string) => Promise<void>;

const described: Record<CredentialKind, string> = {
  management: 'API token',
  server: 'server SDK key',
  client: 'client SDK key',
};

export function rateLimitGuard(
  limiter: RateLimiter,
  metrics: Pick<AppMetrics, 'rateLimited'>,
): RateLimitGuard {
  return async (ctx, kind, credentialId) => {
    const decision = await limiter.take(kind, credentialId);
    if (decision === undefined) return;
    ctx.set('RateLimit-Limit', String(decision.limit));
    ctx.set('RateLimit-Remaining', String(decision.remaining));
    ctx.set('RateLimit-Reset', String(decision.resetSeconds));
    if (decision.allowed) return;
    metrics.rateLimited(kind);
    // Set here as well as by the problem middleware: the OFREP error middleware answers before it.
    ctx.set('Retry-After', String(decision.resetSeconds));
    throw new TooManyRequestsError(
      decision.resetSeconds,
      `This ${described[kind]} made its ${decision.limit} requests for the current window; ` +
        `try again in ${decision.resetSeconds} s.`,
    );
  };
}

/** The app's limiter, counting through the database shared by every replica. */
export function createAppRateLimiter(
  db: Db,
  logger: Logger,
  metrics: Pick<AppMetrics, 'rateLimitSyncFailed'>,
  settings: RateLimitSettings = defaultRateLimits,
): RateLimiter {
  const log = logger.child({ component: 'rate-limit' });
  return createRateLimiter({
    settings,
    store: createCountStore(db),
    onError(err) {
      metrics.rateLimitSyncFailed();
      log.warn({ err }, 'rate-limit counts could not be exchanged; limits hold per replica until they can');
    },
  });
}

const byApp = new WeakMap<object, RateLimiter>();

/** Remembers the app's limiter, for listen() to start its syncing with the server and stop it last. */
export function attachRateLimiter(app: object, limiter: RateLimiter): void {
  byApp.set(app, limiter);
}

export function rateLimiterOf(app: object): RateLimiter | undefined {
  return byApp.get(app);
}
