import type { Context, Next } from 'koa';
import { STATUS_CODES } from 'node:http';
import type { Logger } from '../logger.ts';
import { HttpError, NotFoundError, TooManyRequestsError, internalErrorType } from './errors.ts';

/** The problem+json document (RFC 9457) every error response carries; openapi.yaml's Problem schema. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  requestId?: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

// Errors raised by Koa itself or by libraries (http-errors: ctx.throw, router's 405/501) carry a status
// and `expose` for 4xx. We keep their status but give them our problem shape.
interface StatusError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  message?: string;
}

function toProblem(err: unknown, ctx: Context): Problem {
  const base = { instance: ctx.path, requestId: ctx.state.requestId as string | undefined };
  if (err instanceof HttpError) {
    // 5xx domain errors (e.g. 503) say what they are but carry no internals beyond their fixed detail.
    return {
      ...err.extensions,
      type: err.type,
      title: err.title,
      status: err.status,
      detail: err.message,
      ...base,
    };
  }
  const e = (err ?? {}) as StatusError;
  const status = e.status ?? e.statusCode ?? 500;
  if (status >= 400 && status < 500 && e.expose !== false) {
    return {
      type: 'about:blank',
      title: String(e.message || 'Client error'),
      status,
      detail: e.message,
      ...base,
    };
  }
  return {
    type: internalErrorType,
    title: 'Internal server error',
    status: status >= 500 && status < 600 ? status : 500,
    detail: 'Something went wrong on our side. Quote the request id when reporting it.',
    ...base,
  };
}

/**
 * The one outermost error middleware: every error (and an unmatched route) leaves as
 * application/problem+json. 4xx problems explain themselves; 5xx are logged in full and answered
 * with nothing but the request id.
 */
export function problemMiddleware(logger: Logger) {
  return async function problem(ctx: Context, next: Next): Promise<void> {
    try {
      await next();
      if (ctx.status === 404 && ctx.body == null)
        throw new NotFoundError(`No route for ${ctx.method} ${ctx.path}.`);
      // A bare error status set without a body (the router's 405/501, ctx.status = 4xx) still gets a problem.
      if (ctx.status >= 400 && (ctx.body == null || ctx.body === '')) {
        throw Object.assign(new Error(STATUS_CODES[ctx.status] ?? 'Error'), {
          status: ctx.status,
          expose: true,
        });
      }
    } catch (err) {
      const problem = toProblem(err, ctx);
      if (problem.status >= 500) {
        const log = (ctx.state.log as Logger | undefined) ?? logger;
        log.error({ err, requestId: problem.requestId }, 'request failed');
      }
      // Headers set by inner middleware for a success (ETag, Location…) no longer describe this response.
      for (const name of ['etag', 'location', 'last-modified', 'content-disposition']) ctx.remove(name);
      if (err instanceof TooManyRequestsError) ctx.set('Retry-After', String(err.retryAfterSeconds));
      ctx.status = problem.status;
      ctx.type = 'application/problem+json';
      ctx.body = problem;
    }
  };
}
