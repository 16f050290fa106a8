// Request bodies. JSON is read as text, within a size limit that depends on the kind of route; a scan of
// the text then bounds how deep it nests, and only then is it parsed. So everything that later walks a
// body, recursively or not (validation, storable-text, the engine, jsonb, audit entries), meets at most
// maxBodyDepth levels: a small body nested 10,000 deep is refused here, before it can overflow a stack or
// cost memory quadratic in its depth. Failures are typed errors for the problem middleware.
import { bodyParser } from '@koa/bodyparser';
import { MAX_JSON_DEPTH } from '@ff/engine';
import type { Context, Next } from 'koa';
import { MalformedJsonError, PayloadTooLargeError, ValidationError } from './errors.ts';

/** The largest body, in bytes, for each kind of route (see {@link routeKind}). */
export interface BodyLimits {
  /** The management API, and anything that is not an SDK route. */
  management: number;
  /** POST /sdk/v1/evaluate and OFREP: one context. Client keys are public, so the bound is tight. */
  evaluation: number;
  /** POST /sdk/v1/events: one batch (events.ts also caps the items in it). */
  events: number;
}

export const defaultBodyLimits: Readonly<BodyLimits> = {
  management: 1024 * 1024,
  evaluation: 64 * 1024,
  events: 1024 * 1024,
};

/**
 * The deepest a JSON body may nest, objects and arrays inside one another: the engine's MAX_JSON_DEPTH
 * for a value the body carries (a variation's value, a context attribute), plus room for the envelope the
 * spec puts around it (a variation in an action of a configuration change is 5 levels in).
 */
export const maxBodyDepth = MAX_JSON_DEPTH + 16;

// Media types read as JSON; the router then refuses (415) the ones its operation does not declare.
const jsonTypes = ['application/json', 'application/*+json'];

/** The kind of route a request path is, for its body limit. The router matches paths case-insensitively. */
export function routeKind(path: string): keyof BodyLimits {
  const p = path.toLowerCase().replace(/\/+$/, '');
  if (p === '/sdk/v1/events') return 'events';
  if (p === '/sdk/v1/evaluate' || p.startsWith('/ofrep/')) return 'evaluation';
  return 'management';
}

/**
 * Whether JSON text nests objects and arrays more than `max` deep. A scan of the characters, outside
 * strings: exact for valid JSON, and never more than one pass whatever the text is.
 *
 * Performance note: a loop over char codes, about 1 ms per MiB; most bodies are a few hundred bytes.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: the next character is escaped, even a quote
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

function parseJson(text: string): unknown {
  // As before: an empty JSON body reads as {}; the router tells it from a real one by its length.
  if (text.trim() === '') return {};
  if (nestsDeeperThan(text, maxBodyDepth)) {
    const message = `nests objects and arrays more than ${maxBodyDepth} levels deep`;
    throw new ValidationError(
      [{ path: 'body', message, rule: 'nesting-depth' }],
      `The request body ${message}.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new MalformedJsonError();
  }
  // Only objects and arrays at the top level: a bare `"x"` or `3` is never a valid request here.
  if (value === null || typeof value !== 'object') throw new MalformedJsonError();
  return value;
}

/** JSON bodies only, capped in size by route kind and in depth; failures become typed errors. */
export function jsonBody(limits: Partial<BodyLimits> = {}) {
  const all: BodyLimits = { ...defaultBodyLimits, ...limits };
  const reader = (limitBytes: number) =>
    // @koa/bodyparser reads the text (charset, Content-Encoding, the size limit); parseJson does the rest.
    bodyParser({
      enableTypes: ['text'],
      extendTypes: { text: jsonTypes },
      textLimit: limitBytes,
      onError(err) {
        const e = err as { status?: number; type?: string };
        if (e.status === 413 || e.type === 'entity.too.large') throw new PayloadTooLargeError(limitBytes);
        throw new MalformedJsonError();
      },
    });
  const readers = {
    management: reader(all.management),
    evaluation: reader(all.evaluation),
    events: reader(all.events),
  };
  return async function jsonBodyMiddleware(ctx: Context, next: Next): Promise<void> {
    await readers[routeKind(ctx.path)](ctx, () => Promise.resolve());
    const text: unknown = ctx.request.body;
    if (typeof text === 'string' && ctx.is(jsonTypes)) ctx.request.body = parseJson(text);
    await next();
  };
}
