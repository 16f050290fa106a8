// OFREP clients read errors in OFREP's shapes, not problem+json. This middleware sits inside the problem
// middleware and outside the body parser, so every failure of an /ofrep/ request (malformed JSON, a bad
// key, a schema violation, a fault) leaves in the shape an OpenFeature provider understands:
//   one flag:  { key, errorCode, errorDetails }   bulk: { errorCode, errorDetails }   else: { errorDetails }
import type { Context, Next } from 'koa';
import { HttpError, ValidationError } from '../../http/errors.ts';
import type { Logger } from '../../logger.ts';

const singleFlag = /^\/ofrep\/v1\/evaluate\/flags\/([^/]+)$/;

function flagKeyOf(ctx: Context): string | undefined {
  const m = singleFlag.exec(ctx.path);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1];
  }
}

/** A request the router refused before evaluating: the context is invalid, or the body is not JSON. */
function requestErrorCode(err: HttpError): 'INVALID_CONTEXT' | 'PARSE_ERROR' {
  if (err instanceof ValidationError && err.errors.some((e) => e.path.startsWith('body.context')))
    return 'INVALID_CONTEXT';
  return 'PARSE_ERROR';
}

export function ofrepErrors(logger: Logger) {
  return async function ofrepErrorShape(ctx: Context, next: Next): Promise<void> {
    if (!ctx.path.startsWith('/ofrep/')) return next();
    try {
      await next();
      if (ctx.status >= 400 && (ctx.body == null || ctx.body === '')) {
        ctx.body = {
          errorDetails: ctx.status === 404 ? `No route for ${ctx.method} ${ctx.path}.` : ctx.message,
        };
      }
    } catch (err) {
      const key = flagKeyOf(ctx);
      ctx.remove('etag');
      ctx.type = 'application/json';
      if (!(err instanceof HttpError) || err.status >= 500) {
        logger.error({ err, requestId: ctx.state.requestId }, 'request failed');
        ctx.status = 500;
        ctx.body = {
          errorDetails: `Something went wrong on our side (request ${String(ctx.state.requestId)}).`,
        };
        return;
      }
      if (err.status === 404 && key !== undefined) {
        ctx.status = 404;
        ctx.body = { key, errorCode: 'FLAG_NOT_FOUND', errorDetails: err.message };
      } else if ([400, 413, 415, 422].includes(err.status)) {
        // Everything wrong with the request body is OFREP's 400 with a code saying what.
        const errorCode = requestErrorCode(err);
        const details =
          err instanceof ValidationError
            ? err.errors.map((e) => `${e.path}: ${e.message}${e.rule ? ` (rule ${e.rule})` : ''}`).join('; ')
            : err.message;
        ctx.status = 400;
        ctx.body =
          key === undefined
            ? { errorCode, errorDetails: details }
            : { key, errorCode, errorDetails: details };
      } else {
        ctx.status = err.status;
        ctx.body = { errorDetails: err.message };
      }
    }
  };
}
