// GET /api/v1/projects/{project}/changes: the project's audit entries as Server-Sent Events, for the
// dashboard (`ff dash`) and anything else that watches changes. The router has authenticated the token
// and found the project in the caller's organization; the replica's ChangeFeeds owns the response after.
import type { AppDeps } from '../../app.ts';
import { ServiceUnavailableError } from '../../http/errors.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { authenticate, bearerToken } from '../auth/authenticate.ts';
import { ChangeFeeds } from './feed.ts';

/** Last-Event-ID as an audit entry id; anything else (absent, garbage) means "from now on". */
export function parseAuditId(header: string): string | undefined {
  const v = header.trim();
  return /^[0-9]{1,18}$/.test(v) ? String(BigInt(v)) : undefined;
}

function intFromEnv(name: string, fallback: number, min = 10): number {
  const raw = process.env[name];
  const v = Number(raw);
  return raw !== undefined && raw !== '' && Number.isSafeInteger(v) && v >= min ? v : fallback;
}

export function changesStreamHandlers(deps: AppDeps): Pick<Handlers, 'streamProjectChanges'> {
  const feeds = new ChangeFeeds({
    db: deps.db,
    logger: deps.logger.child({ component: 'changes-stream' }),
    bus: deps.streaming?.bus,
    pollMs: intFromEnv('FF_CHANGES_POLL_MS', 1_000),
    heartbeatMs: intFromEnv('FF_SSE_HEARTBEAT_MS', 15_000),
    tokenCheckMs: intFromEnv('FF_CHANGES_TOKEN_CHECK_MS', 5_000),
    replayLimit: intFromEnv('FF_CHANGES_REPLAY_LIMIT', 1_000, 1),
  });
  // Ended with the SDK streams when the server shuts down, so they never hold up a graceful close.
  deps.streaming?.onCloseStreams?.(() => feeds.close());
  return {
    async streamProjectChanges({ ctx, principal, scope }) {
      if (feeds.closed) throw new ServiceUnavailableError('This server is shutting down; reconnect.');
      const secret = bearerToken(ctx.get('Authorization'));
      await feeds.open({
        res: ctx.res,
        organizationId: principal.organizationId,
        projectKey: scope.project.key,
        lastEventId: parseAuditId(ctx.get('Last-Event-ID')),
        checkToken: async () => {
          await authenticate(deps.db, secret);
        },
      });
      // The feed wrote the head and owns the response from here; Koa must not touch it.
      ctx.status = 200;
      ctx.respond = false;
    },
  };
}
