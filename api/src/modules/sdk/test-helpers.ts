// For the SDK and OFREP http tests: SDK keys made through the management API, and requests that carry
// one (the fixture's `call` still checks every response against openapi.yaml).
import type { ApiFixture, CallOptions, Response } from '../../../test/api-fixture.ts';
import { createLogger } from '../../logger.ts';
import { eventSink } from './events.ts';

export type KeyKind = 'server' | 'client';

/** A new SDK key of the demo project's `env`, created by the owner; returns its secret and id. */
export async function createKey(
  fx: ApiFixture,
  env: string,
  kind: KeyKind,
): Promise<{ secret: string; id: string }> {
  const res = await fx.call('owner', 'POST', `/api/v1/projects/demo/environments/${env}/sdk-keys`, {
    body: { kind, name: `${kind} key for tests` },
  });
  if (res.status !== 201) throw new Error(`creating an SDK key: ${res.status} ${JSON.stringify(res.body)}`);
  return { secret: res.body.key, id: res.body.id };
}

/** A request with `Authorization: Bearer <key>` (or `X-API-Key` with `via: 'x-api-key'`). */
// Bodies are `any` as with the fixture's `call`: the fixture has already checked them against the spec.
export function withKey(
  fx: ApiFixture,
  key: string | undefined,
  method: string,
  path: string,
  opts: CallOptions & { via?: 'bearer' | 'x-api-key' } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<Response<any>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (key !== undefined) {
    if (opts.via === 'x-api-key') headers['x-api-key'] = key;
    else headers.authorization = `Bearer ${key}`;
  }
  return fx.call('anonymous', method, path, { ...opts, headers });
}

// Bookkeeping written on timers, not by the request being served: credential usage (flushed a few
// seconds after a request), stream-count heartbeats and the background workers' passes. A slow machine
// stretches the counted window over those timers, so they are not counted.
const periodicBookkeeping = /\b(credential_usage|sdk_stream_connections)\b/;

/** Counts the queries `db` runs while `fn` does (knex's query event sees every one), periodic bookkeeping left out. */
export async function countQueries(fx: ApiFixture, fn: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const listener = (q: { sql?: string }) => {
    if (!periodicBookkeeping.test(q.sql ?? '')) n += 1;
  };
  fx.db.on('query', listener);
  try {
    await fn();
  } finally {
    fx.db.removeListener('query', listener);
  }
  return n;
}

/**
 * Resolves once everything POST /sdk/v1/events accepted so far is stored: the intake answers 202 and
 * writes in the background, through the app's one sink per database (the logger only makes a new one).
 */
export function drainEvents(fx: Pick<ApiFixture, 'db'>): Promise<void> {
  return eventSink(fx.db, createLogger({ level: 'silent' })).drain();
}
