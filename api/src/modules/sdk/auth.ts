// SDK keys on the hot path. Every SDK request authenticates, and most of them (a 304 of the ruleset, an
// evaluation) need nothing else from the database, so a key's lookup is remembered for a short while:
// at 15,000 requests/s one query per key and TTL instead of one per request. The TTL bounds how late a
// revocation, an expiry or a rotation's end takes effect (the protocol promises within a second).
import type { Context } from 'koa';
import type { Db } from '../../db/knex.ts';
import type { Permission } from '../../generated/operations.ts';
import { environmentAllowsOrigin } from '../../http/cors.ts';
import { ForbiddenError, UnauthorizedError } from '../../http/errors.ts';
import { hashSecret } from '../../security/secrets.ts';
import { authenticateSdkKey } from '../sdk-keys/authenticate.ts';
import type { SdkKeyKind } from '../sdk-keys/store.ts';

/** Who calls an SDK route: one key of one environment. */
export interface SdkCaller {
  keyId: string;
  kind: SdkKeyKind;
  environmentId: string;
  environmentKey: string;
  projectId: string;
  /** The environment's allowed browser origins (null: none listed). */
  allowedOrigins: string[] | null;
}

/** The SDK key a request carries: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function sdkKeyOf(ctx: Context): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(ctx.get('Authorization'));
  if (m) return m[1];
  const apiKey = ctx.get('X-API-Key').trim();
  return apiKey === '' ? undefined : apiKey;
}

interface Remembered {
  caller: SdkCaller | undefined;
  until: number;
}

export interface SdkKeyCache {
  /** The caller for `secret`; 401 for none, an unknown, revoked or expired key. */
  authenticate(secret: string | undefined): Promise<SdkCaller>;
  /** Forgets every remembered lookup (tests; a replica that learns of a revocation). */
  forget(): void;
}

// Unknown keys are remembered too, so a client retrying a bad key does not cost a query each time;
// the map is cleared when it grows past this, which bounds memory whatever keys are sent.
const maxRemembered = 10_000;

/** Reads `FF_SDK_KEY_TTL_MS` (default 500 ms): how long a key lookup is trusted. */
function ttlFromEnv(): number {
  const v = Number(process.env.FF_SDK_KEY_TTL_MS);
  return Number.isFinite(v) && v >= 0 ? v : 500;
}

export function createSdkKeyCache(db: Db, ttlMs = ttlFromEnv()): SdkKeyCache {
  const remembered = new Map<string, Remembered>();
  const pending = new Map<string, Promise<SdkCaller | undefined>>();

  async function lookup(hash: string, secret: string): Promise<SdkCaller | undefined> {
    const key = await authenticateSdkKey(db, secret);
    const caller = key && {
      keyId: key.id,
      kind: key.kind,
      environmentId: key.environmentId,
      environmentKey: key.environmentKey,
      projectId: key.projectId,
      allowedOrigins: key.allowedOrigins ?? null,
    };
    if (remembered.size >= maxRemembered) remembered.clear();
    remembered.set(hash, { caller, until: Date.now() + ttlMs });
    return caller;
  }

  return {
    async authenticate(secret) {
      if (secret === undefined) {
        throw new UnauthorizedError('Send an SDK key: Authorization: Bearer <key> or X-API-Key: <key>.');
      }
      const hash = hashSecret(secret);
      const hit = remembered.get(hash);
      let caller: SdkCaller | undefined;
      if (hit !== undefined && hit.until > Date.now()) caller = hit.caller;
      else {
        // Concurrent requests with one key share one lookup.
        let p = pending.get(hash);
        if (p === undefined) {
          p = lookup(hash, secret).finally(() => pending.delete(hash));
          pending.set(hash, p);
        }
        caller = await p;
      }
      if (caller === undefined) throw new UnauthorizedError('The SDK key is unknown, revoked or expired.');
      return caller;
    },
    forget() {
      remembered.clear();
    },
  };
}

const caches = new WeakMap<Db, SdkKeyCache>();

/** The key cache of the app on `db` (one per database handle, shared by every SDK route). */
export function sdkKeyCache(db: Db): SdkKeyCache {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = createSdkKeyCache(db);
    caches.set(db, cache);
  }
  return cache;
}

/** Throws 403 unless a key of `caller`'s kind may use a route that needs `permission`. */
export function authorizeSdk(caller: SdkCaller, permission: Permission): void {
  if (permission === 'sdk:any') return;
  if (permission === 'sdk:server' && caller.kind === 'server') return;
  if (permission === 'sdk:client' && caller.kind === 'client') return;
  const wanted = permission === 'sdk:server' ? 'a server key (ff_srv_…)' : 'a client key (ff_cli_…)';
  throw new ForbiddenError(`This route needs ${wanted}; this is a ${caller.kind} key.`);
}

/**
 * Throws 403 for a server key sent by a browser (the request has an `Origin` header): a server key sees
 * every rule and segment, and a key in a page's JavaScript is anyone's. The key still works from servers.
 */
export function refuseServerKeyFromBrowser(caller: SdkCaller, origin: string): void {
  if (caller.kind !== 'server' || origin === '') return;
  throw new ForbiddenError(
    'Server keys (ff_srv_…) are secret and cannot be used from a browser (this request has an Origin ' +
      'header): use a client key (ff_cli_…) in web pages, and rotate this server key if it was published.',
  );
}

/**
 * Throws 403 for a client key used from a browser origin its environment does not list. The response
 * leaves out the CORS headers too, so the page cannot read it; a request without an Origin (a server,
 * curl) is not a browser and passes. The key's lookup is cached, so a changed list applies within the
 * key cache's TTL.
 */
export function refuseDisallowedOrigin(ctx: Context, caller: SdkCaller): void {
  const origin = ctx.get('Origin');
  if (caller.kind !== 'client' || environmentAllowsOrigin(caller.allowedOrigins, origin)) return;
  ctx.remove('Access-Control-Allow-Origin');
  ctx.remove('Access-Control-Expose-Headers');
  throw new ForbiddenError(
    `This page's origin (${origin.slice(0, 200)}) is not among the allowed origins of the environment ` +
      `"${caller.environmentKey}"; add it to the environment's allowedOrigins.`,
  );
}

/** Whether a route is called with SDK keys rather than API tokens. */
export function isSdkPermission(permission: Permission): boolean {
  return permission === 'sdk:server' || permission === 'sdk:client' || permission === 'sdk:any';
}
