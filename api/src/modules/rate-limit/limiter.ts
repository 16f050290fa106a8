// Request limits per credential: each API token, server SDK key and client SDK key may make `limit`
// requests per fixed window (aligned to the epoch, so every replica agrees on the boundaries without
// talking). Only admitted requests count, so a client that keeps retrying while refused does not push
// its own recovery further away.
//
// Across replicas: every replica counts locally and, every `syncMs`, adds what it admitted since the last
// sync to one shared row per (credential, window) and reads back the total (store.ts). A replica decides
// with `others + mine < limit`, where `others` is the shared total minus its own part as of its last
// sync. The first request of a credential in a window waits for one read of the shared count, so a
// credential that moves to another replica is judged by what it already used. Performance note: a
// per-request UPSERT of a shared row would be exact but costs a write on the hot path and serializes
// every request of a key on one row lock (3,100 upserts/s on one row with 50 clients, p50 14 ms, on the
// machine where GET /sdk/v1/config answers 18,600 req/s from memory); the sync is one statement per
// replica per second for all active credentials (a batch of 1,000 keys: 7 ms).
//
// Tolerance: a replica sees the other replicas' admissions at most one sync interval (plus a query) late,
// so a credential can get beyond its limit exactly what the other replicas admitted for it that this
// replica had not seen yet; each replica alone never admits more than `limit`, so the worst case (a burst
// spread over R replicas inside one sync interval) is R × limit. A steady client gets at most
// limit + (R − 1) × its per-replica rate × syncMs.
//
// The store failing never refuses a request: the limiter then counts locally (fail open), says so through
// `onError`, and retries the flush on the next sync.

/** Which limit applies: API tokens (management), server SDK keys, client SDK keys. */
export type CredentialKind = 'management' | 'server' | 'client';

export const credentialKinds: readonly CredentialKind[] = ['management', 'server', 'client'];

export interface RateLimitSettings {
  /** Requests per window for each API token; 0 turns the limit off. */
  management: number;
  /** Requests per window for each server SDK key; 0 turns the limit off. */
  server: number;
  /** Requests per window for each client SDK key; 0 turns the limit off. */
  client: number;
  windowSeconds: number;
  /** How often counts are exchanged with the other replicas through the database. */
  syncMs: number;
}

// Generous: 100 requests/s per token, 1,000/s per server key (10,000 SDK instances polling every 10 s)
// and 10,000/s per client key (every browser of a site shares it). Operators lower them for abuse.
export const defaultRateLimits: RateLimitSettings = {
  management: 6_000,
  server: 60_000,
  client: 600_000,
  windowSeconds: 60,
  syncMs: 1_000,
};

export interface Decision {
  allowed: boolean;
  limit: number;
  /** Requests left in this window after this one (0 when refused). */
  remaining: number;
  /** Seconds until the window ends and the count starts again (at least 1). */
  resetSeconds: number;
}

/** What one replica adds to, and reads from, the counts every replica shares. */
export interface CountStore {
  /**
   * Adds each `add` to its key's count in the window starting at `windowStart` (epoch ms) and returns
   * every listed key's count afterwards; a key with `add` 0 is only read (missing: 0).
   */
  exchange(
    windowStart: number,
    entries: readonly { key: string; add: number }[],
  ): Promise<Map<string, number>>;
  /** Forgets the counts of windows that started before `before` (epoch ms). */
  prune(before: number): Promise<void>;
}

export interface RateLimiter {
  /** Counts one request of a credential if its limit allows it; undefined when its kind is unlimited. */
  take(kind: CredentialKind, credentialId: string): Promise<Decision | undefined>;
  /** Exchanges counts with the other replicas now (start() does it every syncMs). */
  sync(): Promise<void>;
  start(): void;
  /** Stops syncing, after a last sync so the other replicas see this one's final counts. */
  stop(): Promise<void>;
}

export interface RateLimiterOptions {
  settings: RateLimitSettings;
  store: CountStore;
  now?: () => number;
  onError?: (err: unknown) => void;
}

interface Entry {
  windowStart: number;
  /** Admitted by this replica in the window. */
  mine: number;
  /** How many of `mine` the shared count already holds. */
  flushed: number;
  /** The shared count minus this replica's part, as of the last exchange. */
  others: number;
  known: boolean;
  loading?: Promise<void>;
}

// One statement's worth of keys (3 bind parameters each, well under PostgreSQL's 65,535).
const batchSize = 1_000;

export function createRateLimiter({
  settings,
  store,
  now = () => Date.now(),
  onError = () => {},
}: RateLimiterOptions): RateLimiter {
  const windowMs = settings.windowSeconds * 1000;
  const entries = new Map<string, Entry>();
  let sweptWindow = -1;
  let prunedWindow = -1;
  let syncing: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const windowOf = (at: number) => Math.floor(at / windowMs) * windowMs;

  // Entries of ended windows no longer decide anything (and their unsent counts no longer matter).
  const sweep = (windowStart: number) => {
    if (sweptWindow === windowStart) return;
    sweptWindow = windowStart;
    for (const [key, e] of entries) if (e.windowStart < windowStart) entries.delete(key);
  };

  const load = async (key: string, e: Entry): Promise<void> => {
    try {
      const counts = await store.exchange(e.windowStart, [{ key, add: 0 }]);
      e.others = counts.get(key) ?? 0;
    } catch (err) {
      onError(err);
    }
    e.known = true;
  };

  async function exchange(windowStart: number): Promise<void> {
    const batch = [...entries].filter(([, e]) => e.windowStart === windowStart && e.known);
    for (let i = 0; i < batch.length; i += batchSize) {
      const chunk = batch.slice(i, i + batchSize);
      const adds = chunk.map(([key, e]) => ({ key, add: e.mine - e.flushed }));
      const counts = await store.exchange(windowStart, adds);
      chunk.forEach(([key, e], j) => {
        e.flushed += adds[j]!.add;
        e.others = Math.max(0, (counts.get(key) ?? 0) - e.flushed);
      });
    }
    // Each replica prunes once per window; the deletes are idempotent.
    if (prunedWindow !== windowStart) {
      await store.prune(windowStart - windowMs);
      prunedWindow = windowStart;
    }
  }

  const limiter: RateLimiter = {
    async take(kind, credentialId) {
      const limit = settings[kind];
      if (limit <= 0) return undefined;
      const at = now();
      const windowStart = windowOf(at);
      sweep(windowStart);
      const key = `${kind}:${credentialId}`;
      let e = entries.get(key);
      if (e === undefined || e.windowStart !== windowStart) {
        e = { windowStart, mine: 0, flushed: 0, others: 0, known: false };
        entries.set(key, e);
      }
      if (!e.known) await (e.loading ??= load(key, e));
      const resetSeconds = Math.max(1, Math.ceil((windowStart + windowMs - at) / 1000));
      const used = e.others + e.mine;
      if (used >= limit) return { allowed: false, limit, remaining: 0, resetSeconds };
      e.mine++;
      return { allowed: true, limit, remaining: limit - used - 1, resetSeconds };
    },
    sync() {
      const windowStart = windowOf(now());
      sweep(windowStart);
      syncing ??= exchange(windowStart)
        .catch(onError)
        .finally(() => (syncing = undefined));
      return syncing;
    },
    start() {
      if (timer !== undefined || credentialKinds.every((k) => settings[k] <= 0)) return;
      timer = setInterval(() => void limiter.sync(), settings.syncMs);
      // Counting must never keep a process alive that is otherwise done.
      timer.unref();
    },
    async stop() {
      if (timer === undefined) return;
      clearInterval(timer);
      timer = undefined;
      await syncing;
      await limiter.sync();
    },
  };
  return limiter;
}
