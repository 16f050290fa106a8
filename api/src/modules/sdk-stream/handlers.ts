// GET /sdk/v1/stream: the SDK key's environment as Server-Sent Events (protocol: ARCHITECTURE "SDK
// protocol", openapi.yaml). The router has authenticated the key; this reads what the request asks for
// and hands the response to the replica's SSE hub (hub.ts), which owns it from then on.
import type { Json } from '@ff/engine';
import type { AppDeps } from '../../app.ts';
import { InvalidQueryError, ServiceUnavailableError } from '../../http/errors.ts';
import type { Handlers } from '../../http/operation-router.ts';
import { contextDepthIssues } from '../sdk/context-depth.ts';

/** Last-Event-ID as a version; anything else (absent, garbage) means "no resume": a fresh put. */
export function parseLastEventId(header: string): number | undefined {
  if (!/^[0-9]{1,15}$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

/** A `context` the spec's schema (a string) accepts but the stream cannot use: 400, naming the rule. */
function badContext(message: string): InvalidQueryError {
  return new InvalidQueryError([{ path: 'query.context', message, rule: 'context-encoding' }], message);
}

/** `?context=` is base64url JSON: an object of attributes, or a bare string meaning `{ key }`. */
export function parseStreamContext(raw: string | undefined): Record<string, Json> {
  if (raw === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw badContext('context must be base64url-encoded JSON, e.g. of {"key":"user-1"}.');
  }
  if (typeof value === 'string') value = { key: value };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badContext('context must encode a JSON object (or a string: the context key).');
  }
  const tooDeep = contextDepthIssues(value, 'query.context');
  if (tooDeep.length > 0) throw new InvalidQueryError(tooDeep, `The context ${tooDeep[0]!.message}.`);
  const ctx = value as Record<string, Json>;
  if (Object.keys(ctx).length > 200) throw badContext('context has more than 200 attributes.');
  if (ctx.key !== undefined && (typeof ctx.key !== 'string' || ctx.key.length > 512)) {
    throw badContext('context.key must be a string of at most 512 characters.');
  }
  return ctx;
}

export function sdkStreamHandlers(deps: AppDeps): Pick<Handlers, 'streamSdkChanges'> {
  return {
    async streamSdkChanges({ ctx, sdk, query }) {
      const hub = deps.streaming?.hub;
      if (hub === undefined) throw new ServiceUnavailableError('Streaming is not running on this server.');
      await hub.open({
        res: ctx.res,
        keyId: sdk.keyId,
        kind: sdk.kind,
        environmentId: sdk.environmentId,
        context: sdk.kind === 'client' ? parseStreamContext(query.context) : undefined,
        lastEventId: parseLastEventId(ctx.get('Last-Event-ID')),
      });
      // The hub wrote the head and owns the response from here; Koa must not touch it.
      ctx.status = 200;
      ctx.respond = false;
    },
  };
}
