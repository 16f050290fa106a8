// Sending queued deliveries, at least once, from any replica. A pass claims due deliveries (FOR UPDATE
// SKIP LOCKED, then a lease: `lease_until`), sends them outside any transaction, and records each
// result. A replica killed mid-delivery leaves a lease that expires; another replica claims the
// delivery again then (so the receiver may see it twice, with the same FF-Delivery and payload id).
// A result is recorded only if the delivery was not claimed again meanwhile (the attempt number).
import type { Db } from '../../db/knex.ts';
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

/** POSTs one delivery, signed at `now`; never throws (a network failure is a result). */
export const httpSend: Send = async (c, now) => {
  const started = performance.now();
  try {
    const res = await fetch(c.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'ff-webhooks/1',
        'FF-Event': c.event,
        'FF-Delivery': c.id,
        [SIGNATURE_HEADER]: sign(c.secret, Math.floor(now.getTime() / 1000), c.body),
      },
      body: c.body,
    });
    // The body is not read beyond what closing it needs: receivers' answers are not ours to keep.
    await res.body?.cancel();
    return { statusCode: res.status, error: null, durationMs: Math.round(performance.now() - started) };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const reason =
      e.name === 'TimeoutError'
        ? `no answer within ${SEND_TIMEOUT_MS / 1000} s`
        : (e.cause?.code ?? e.message);
    return { statusCode: null, error: reason, durationMs: Math.round(performance.now() - started) };
  }
};

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
  const status = ok ? 'delivered' : opts.retry && c.attempt < MAX_ATTEMPTS ? 'pending' : 'failed';
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
