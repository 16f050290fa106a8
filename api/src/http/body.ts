import { bodyParser } from '@koa/bodyparser';
import { MalformedJsonError, PayloadTooLargeError } from './errors.ts';

export const defaultBodyLimitBytes = 1024 * 1024;

/** JSON bodies only, capped in size; parse failures become typed errors for the problem middleware. */
export function jsonBody(limitBytes = defaultBodyLimitBytes) {
  return bodyParser({
    enableTypes: ['json'],
    jsonLimit: limitBytes,
    // Only objects and arrays at the top level: a bare `"x"` or `3` is never a valid request here.
    jsonStrict: true,
    onError(err) {
      const e = err as { status?: number; type?: string };
      if (e.status === 413 || e.type === 'entity.too.large') throw new PayloadTooLargeError(limitBytes);
      throw new MalformedJsonError();
    },
  });
}
