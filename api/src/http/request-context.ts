import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'koa';
import type { Logger } from '../logger.ts';

// Accept a caller's id (a load balancer's or a client's trace id) only when it is short and plain, so it
// cannot smuggle anything into logs or headers; otherwise mint one.
const saneRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives each request an id (echoed in X-Request-Id), a child logger in ctx.state.log, and one access
 * log line written when the response has actually finished, so it records the final status set by the
 * problem middleware outside this one and the real duration.
 */
export function requestContext(logger: Logger) {
  return async function requestContextMiddleware(ctx: Context, next: Next): Promise<void> {
    const incoming = ctx.get('X-Request-Id');
    const requestId = saneRequestId.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    // The child logger is made on first use: pino runs its redaction setup for every child, which cost
    // ~2% of a cached SDK request that, at the default level, never logs anything.
    let child: Logger | undefined;
    const log = () => (child ??= logger.child({ requestId }));
    Object.defineProperty(ctx.state, 'log', { get: log, enumerable: true, configurable: true });

    const started = process.hrtime.bigint();
    const done = () => {
      ctx.res.off('finish', done);
      ctx.res.off('close', done);
      if (!logger.isLevelEnabled('info')) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log().info(
        {
          method: ctx.method,
          path: ctx.path,
          status: ctx.res.statusCode,
          ms: Math.round(ms * 10) / 10,
          bytes: Number(ctx.res.getHeader('content-length') ?? 0),
          aborted: !ctx.res.writableFinished,
        },
        'request',
      );
    };
    ctx.res.on('finish', done);
    ctx.res.on('close', done);
    await next();
  };
}
