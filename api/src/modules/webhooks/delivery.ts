// Sending queued deliveries, at least once, from any replica. A pass claims due deliveries (FOR UPDATE
// SKIP LOCKED, then a lease: `lease_until`), sends them outside any transaction, and records each
// result. A replica killed mid-delivery leaves a lease that expires; another replica claims the
// delivery again then (so the receiver may see it twice, with the same FF-Delivery and payload id).
// A result is recorded only if the delivery was not claimed again meanwhile (the attempt number).
// Targets are checked at each send (target.ts): a host resolving to any blocked address is refused, as
// a permanent failure, and the connection goes only to the addresses that were checked.
import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import type { Db } from '../../db/knex.ts';
import { blockedRange, literalIp } from './target.ts';
import { SIGNATURE_HEADER, sign } from './signature.ts';

/** How long a claimed delivery is held by its replica: more than the send timeout. */
export const LEASE_MS = 30_000;
export const SEND_TIMEOUT_MS = 10_000;
/** Attempts before a delivery is given up (`failed`). */
export const MAX_ATTEMPTS = 10;
const BATCH = 20;

/** Wait before attempt n + 1 after n failed ones: 30 s, 1 min, 2 min, … capped at 1 h. */
export function backoffMs(failedAttempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failedAttempts - 1), 3_600_000);
}

export interface Claimed {
  id: string;
  attempt: number;
  event: string;
  body: string;
  eventId: string;
  url: string;
  secret: string;
}

export interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** A failure retrying cannot cure (a refused target): the delivery fails at once. */
  permanent?: boolean;
}

export type Send = (c: Claimed, now: Date) => Promise<SendResult>;

/** Claims up to `limit` due deliveries for this replica (their lease starts at `now`). */
export async function claimDeliveries(db: Db, now: Date, limit = BATCH): Promise<Claimed[]> {
  return db.transaction(async (trx) => {
    const due = (await trx('webhook_deliveries')
      .where('status', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((q) => q.whereNull('lease_until').orWhere('lease_until', '<=', now))
      .orderBy('next_attempt_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .select('id')) as { id: string }[];
    if (due.length === 0) return [];
    const rows = (await trx('webhook_deliveries as d')
      .whereIn(
        'd.id',
        due.map((d) => d.id),
      )
      .update({
        lease_until: new Date(now.getTime() + LEASE_MS),
        attempts: trx.raw('attempts + 1'),
      })
      .returning(['id', 'attempts', 'event', 'payload', 'webhook_id'])) as {
      id: string | number;
      attempts: number;
      event: string;
      payload: { body: string; eventId: string };
      webhook_id: string;
    }[];
    const hooks = (await trx('webhooks')
      .whereIn(
        'id',
        rows.map((r) => r.webhook_id),
      )
      .select('id', 'url', 'secret')) as { id: string; url: string; secret: string }[];
    const byId = new Map(hooks.map((h) => [h.id, h]));
    return rows.map((r) => ({
      id: String(r.id),
      attempt: r.attempts,
      event: r.event,
      body: r.payload.body,
      eventId: r.payload.eventId,
      url: byId.get(r.webhook_id)!.url,
      secret: byId.get(r.webhook_id)!.secret,
    }));
  });
}

/** A host's addresses (as dns.lookup with `all: true` gives them). */
export type Resolve = (host: string) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (host) => dnsLookup(host, { all: true, verbatim: true });

export interface TargetPolicy {
  /** Deliver to loopback, private, link-local… addresses too (FF_WEBHOOK_ALLOW_PRIVATE=1). */
  allowPrivate: boolean;
  /** How host names are resolved; the system resolver by default (tests inject one). */
  resolve?: Resolve | undefined;
}

/** A target refused by the policy: permanent, retrying cannot change it until the URL changes. */
class BlockedTarget extends Error {}

/**
 * The addresses to connect to for `url`, every one of them checked: a host name resolving to any
 * blocked address is refused as a whole (an attacker's DNS may answer a public and a private one).
 */
async function checkedAddresses(url: URL, policy: TargetPolicy): Promise<LookupAddress[]> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BlockedTarget(`refused: ${url.protocol} is not http or https`);
  }
  const ip = literalIp(url);
  const addresses = ip
    ? [{ address: ip, family: isIP(ip) }]
    : await (policy.resolve ?? systemResolve)(url.hostname);
  if (addresses.length === 0) throw new Error(`${url.hostname} has no address`);
  if (!policy.allowPrivate) {
    for (const a of addresses) {
      const range = blockedRange(a.address);
      if (range) {
        throw new BlockedTarget(
          `refused: ${ip ? '' : `${url.hostname} resolves to `}${a.address}, ${range} (private targets are not allowed)`,
        );
      }
    }
  }
  return addresses;
}

/**
 * A `lookup` for http.request that answers only the addresses already checked, so the connection goes
 * where the check looked (a second DNS answer, "DNS rebinding", is never asked for).
 */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return ((_host: string, opts: LookupOptions, cb: (...args: unknown[]) => void) => {
    const wanted =
      opts.family === 4 || opts.family === 6 ? addresses.filter((a) => a.family === opts.family) : addresses;
    if (wanted.length === 0)
      return cb(Object.assign(new Error('no checked address of that family'), { code: 'ENOTFOUND' }));
    if (opts.all) return cb(null, wanted);
    return cb(null, wanted[0]!.address, wanted[0]!.family);
  }) as unknown as LookupFunction;
}

/** One POST to a checked address; the status code, or a thrown network error. Redirects are not followed. */
function post(
  url: URL,
  addresses: LookupAddress[],
  headers: Record<string, string>,
  body: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: pinnedLookup(addresses),
      // No pooled sockets: each delivery connects to the addresses checked for it.
      agent: false,
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    req.on('response', (res) => {
      // The body is not read: receivers' answers are not ours to keep.
      res.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A Send that POSTs one delivery, signed at `now`, to targets `policy` allows; never throws. */
export function createHttpSend(policy: TargetPolicy): Send {
  return async (c, now) => {
    const started = performance.now();
    const took = () => Math.round(performance.now() - started);
    try {
      const url = new URL(c.url);
      const addresses = await checkedAddresses(url, policy);
      const statusCode = await post(
        url,
        addresses,
        {
          'content-type': 'application/json',
          'user-agent': 'ff-webhooks/1',
          'FF-Event': c.event,
          'FF-Delivery': c.id,
          [SIGNATURE_HEADER]: sign(c.secret, Math.floor(now.getTime() / 1000), c.body),
        },
        c.body,
      );
      return { statusCode, error: null, durationMs: took() };
    } catch (err) {
      if (err instanceof BlockedTarget) {
        return { statusCode: null, error: err.message, durationMs: took(), permanent: true };
      }
      const e = err as Error & { code?: string; cause?: { code?: string } };
      const reason =
        e.name === 'TimeoutError' || e.name === 'AbortError'
          ? `no answer within ${SEND_TIMEOUT_MS / 1000} s`
          : (e.code ?? e.cause?.code ?? e.message);
      return { statusCode: null, error: reason, durationMs: took() };
    }
  };
}

/** Deliveries to public targets only: the default when the operator has not allowed private ones. */
export const httpSend: Send = createHttpSend({ allowPrivate: false });

/** Records one attempt's result; a delivery claimed again meanwhile (its lease ran out) is left alone. */
export async function recordAttempt(
  db: Db,
  c: Claimed,
  result: SendResult,
  now: Date,
  opts: { retry: boolean } = { retry: true },
): Promise<'delivered' | 'pending' | 'failed' | 'superseded'> {
  const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const error = ok ? null : (result.error ?? `HTTP ${result.statusCode}`);
  const retry = opts.retry && result.permanent !== true && c.attempt < MAX_ATTEMPTS;
  const status = ok ? 'delivered' : retry ? 'pending' : 'failed';
  return db.transaction(async (trx) => {
    await trx('webhook_attempts').insert({
      delivery_id: c.id,
      attempt: c.attempt,
      status_code: result.statusCode,
      error,
      duration_ms: result.durationMs,
      at: now,
    });
    const updated = await trx('webhook_deliveries')
      .where({ id: c.id, attempts: c.attempt, status: 'pending' })
      .update({
        status,
        lease_until: null,
        last_status_code: result.statusCode,
        last_error: error,
        ...(ok ? { delivered_at: now } : {}),
        ...(status === 'pending' ? { next_attempt_at: new Date(now.getTime() + backoffMs(c.attempt)) } : {}),
      });
    return updated === 0 ? 'superseded' : status;
  });
}

/** One pass of the delivery worker: claim what is due, send it all, record each result. */
export async function runDeliveries(db: Db, now: Date, send: Send = httpSend): Promise<string[]> {
  const claimed = await claimDeliveries(db, now);
  return Promise.all(claimed.map(async (c) => recordAttempt(db, c, await send(c, now), now)));
}
