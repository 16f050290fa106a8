// Last use and request counts of SDK keys and API tokens. Counting in the database per request would
// add a write to every request (and a hot row per busy key), so each replica counts in memory and adds
// its counts to credential_usage (one upsert per credential and UTC day) at most every `flushMs`. A
// replica that dies loses at most that many seconds of counts; last use is exact to within them.
import type { Knex } from 'knex';
import type { Logger } from '../../logger.ts';

export type CredentialKind = 'management' | 'server' | 'client';

export interface CredentialUsageRecorder {
  /** Counts one request of a credential (cheap: a map update). */
  record(kind: CredentialKind, credentialId: string): void;
  /** Writes what was counted so far (tests, shutdown). */
  flush(): Promise<void>;
}

interface Pending {
  kind: CredentialKind;
  day: string;
  requests: number;
  last: number;
}

export function createCredentialUsageRecorder(
  db: Knex,
  logger: Logger,
  opts: { flushMs?: number; now?: () => number } = {},
): CredentialUsageRecorder {
  const flushMs = opts.flushMs ?? 5_000;
  const now = opts.now ?? Date.now;
  let pending = new Map<string, Pending>();
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  async function write(batch: Map<string, Pending>): Promise<void> {
    const rows = [...batch].map(([key, p]) => ({
      credential_id: key.slice(0, key.indexOf('\0')),
      kind: p.kind,
      day: p.day,
      requests: p.requests,
      last_used_at: new Date(p.last),
    }));
    if (rows.length === 0) return;
    try {
      await db('credential_usage')
        .insert(rows)
        .onConflict(['credential_id', 'day'])
        .merge({
          requests: db.raw('credential_usage.requests + excluded.requests'),
          last_used_at: db.raw('greatest(credential_usage.last_used_at, excluded.last_used_at)'),
        });
    } catch (err) {
      // Usage figures are informational: a failed write is logged, never retried into a pile-up.
      logger.warn({ err, credentials: rows.length }, 'credential usage could not be stored');
    }
  }

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = new Map();
    inFlight = inFlight.then(() => write(batch));
    return inFlight;
  }

  return {
    record(kind, credentialId) {
      const t = now();
      const day = new Date(t).toISOString().slice(0, 10);
      const key = `${credentialId}\0${day}`;
      const p = pending.get(key);
      if (p) {
        p.requests++;
        p.last = Math.max(p.last, t);
      } else pending.set(key, { kind, day, requests: 1, last: t });
      if (timer === undefined) {
        timer = setTimeout(() => void flush(), flushMs);
        timer.unref();
      }
    },
    flush,
  };
}

const byDb = new WeakMap<object, CredentialUsageRecorder>();

/** The recorder of the app on `db` (one per database handle, like the event sink). */
export function credentialUsageRecorder(db: Knex, logger: Logger): CredentialUsageRecorder {
  let r = byDb.get(db);
  if (r === undefined) {
    r = createCredentialUsageRecorder(db, logger);
    byDb.set(db, r);
  }
  return r;
}
