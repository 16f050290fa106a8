// CORS for the routes a browser calls with a client key: /sdk/v1/* and /ofrep/v1/*. Management routes
// (/api/v1) keep CORS off, so a page on another origin cannot read them even with a stolen token; the
// browser SDK needs the SDK routes from any page that embeds it. Server keys are refused from browsers
// where the key is read (sdk/auth.ts, refuseServerKeyFromBrowser), not here: CORS only says who may read.
import type { Context, Next } from 'koa';

const sdkPath = /^\/(?:sdk|ofrep)\/v1(?:\/|$)/;

/** What a browser may send on an SDK route (Last-Event-ID resumes the stream). */
export const CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, If-None-Match, Last-Event-ID, X-API-Key';
/** Response headers a page may read besides the safelisted ones (the ETag of the evaluation, limits). */
export const CORS_EXPOSED_HEADERS =
  'ETag, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After';

/** Parses FF_CORS_ORIGINS: `*`, or comma-separated origins (`https://app.example.com`); throws on others. */
export function parseCorsOrigins(text: string): string[] {
  const origins = text
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of origins) {
    if (origin === '*') continue;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new Error(`"${origin}" is not an origin (scheme://host[:port])`);
    }
    // An origin is only scheme, host and port: a path or a trailing slash would never match a browser's.
    if (url.origin !== origin) throw new Error(`"${origin}" is not an origin; did you mean "${url.origin}"?`);
  }
  return origins.length === 0 ? ['*'] : origins;
}

/** Why `text` is not an origin (scheme://host[:port], nothing else), or undefined when it is one. */
export function originProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not an origin (scheme://host[:port])`;
  }
  if (url.origin !== text) return `"${text}" is not an origin; did you mean "${url.origin}"?`;
  return undefined;
}

/**
 * Whether a browser page on `origin` may use a client key of an environment whose list is `allowed`:
 * no Origin (not a browser) or no list (the server-wide FF_CORS_ORIGINS decides) always may.
 */
export function environmentAllowsOrigin(allowed: readonly string[] | null, origin: string): boolean {
  return origin === '' || allowed === null || allowed.includes(origin);
}

/**
 * The CORS middleware: on SDK and OFREP routes, answers preflights itself (204, before authentication:
 * a browser sends no credentials in a preflight) and marks actual responses, errors included, as readable
 * by an allowed origin. `origins` is `['*']` (any page) or a list of exact origins.
 */
export function cors(origins: readonly string[]) {
  const any = origins.includes('*');
  const listed = new Set(origins);
  return async (ctx: Context, next: Next): Promise<void> => {
    if (!sdkPath.test(ctx.path)) return next();
    const origin = ctx.get('Origin');
    const allowed = origin !== '' && (any || listed.has(origin));
    // A list makes the answer depend on the Origin; caches must not serve one page's answer to another.
    if (!any) ctx.vary('Origin');
    if (allowed) {
      ctx.set('Access-Control-Allow-Origin', any ? '*' : origin);
      ctx.set('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS);
    }
    if (ctx.method === 'OPTIONS' && ctx.get('Access-Control-Request-Method') !== '') {
      if (allowed) {
        ctx.set('Access-Control-Allow-Methods', 'GET, POST');
        ctx.set('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS);
        ctx.set('Access-Control-Max-Age', '7200');
      }
      // Without the Allow-* headers the browser refuses the request: a disallowed origin learns nothing.
      ctx.status = 204;
      return;
    }
    await next();
  };
}
