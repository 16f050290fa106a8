// A replica's change propagation, assembled: the bus (LISTEN), the ruleset cache it keeps current, and
// the SSE hub it feeds. createApp makes one per app; listen() starts it before accepting requests and
// its close() ends the streams first, so open SSE connections never hold up a graceful shutdown.
import type { Db } from '../db/knex.ts';
import type { Logger } from '../logger.ts';
import { sdkKeyCache } from '../modules/sdk/auth.ts';
import { rulesetCache } from '../modules/sdk/ruleset.ts';
import { ChangeBus } from './change-bus.ts';
import { SseHub } from '../modules/sdk-stream/hub.ts';

export interface Streaming {
  bus: ChangeBus;
  hub: SseHub;
  /** Starts listening for changes; resolves once this replica receives them. */
  start(): Promise<void>;
  /** Ends every stream now (shutdown begins). */
  closeStreams(): void;
  /** Other event streams (the management change stream) end with the SDK streams: `fn` runs then. */
  onCloseStreams?(fn: () => void): void;
  /** Ends the streams and stops listening. */
  stop(): Promise<void>;
}

function intFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  return Number.isSafeInteger(v) && v >= min ? v : fallback;
}

export interface StreamingOptions {
  db: Db;
  logger: Logger;
}

/**
 * Tunables come from the environment: FF_SSE_HEARTBEAT_MS (15000), FF_SSE_MAX_STREAMS_PER_KEY (100),
 * FF_SSE_KEY_CHECK_MS (500), FF_SSE_REPLAY_CHANGES (1000).
 */
export function createStreaming({ db, logger }: StreamingOptions): Streaming {
  const log = logger.child({ component: 'stream' });
  const rulesets = rulesetCache(db);
  const bus = new ChangeBus({ db, logger: log });
  const hub = new SseHub({
    db,
    logger: log,
    rulesets,
    // A stream closed for a revoked key reconnects at once; the key lookups the SDK routes remember
    // (for up to FF_SDK_KEY_TTL_MS) must not let it back in.
    onRevoked: () => sdkKeyCache(db).forget(),
    heartbeatMs: intFromEnv('FF_SSE_HEARTBEAT_MS', 15_000, 10),
    maxStreamsPerKey: intFromEnv('FF_SSE_MAX_STREAMS_PER_KEY', 100, 1),
    keyCheckMs: intFromEnv('FF_SSE_KEY_CHECK_MS', 500, 10),
    replayCapacity: intFromEnv('FF_SSE_REPLAY_CHANGES', 1_000, 1),
  });
  // The cache first: by the time the hub reads a ruleset for a change, the cache knows it is stale.
  bus.subscribe({
    change: (c) => rulesets.change(c),
    resync: (versions) => {
      rulesets.clear();
      for (const [id, v] of versions) rulesets.invalidate(id, v);
    },
  });
  bus.subscribe(hub);
  const closers: (() => void)[] = [];
  const closeAll = () => {
    hub.close();
    for (const fn of closers) fn();
  };
  return {
    bus,
    hub,
    start: () => bus.start(),
    closeStreams: closeAll,
    onCloseStreams: (fn) => void closers.push(fn),
    async stop() {
      closeAll();
      await bus.stop();
    },
  };
}

const byApp = new WeakMap<object, Streaming>();

/** Remembers the app's streaming, for listen() to start with the server and stop with it. */
export function attachStreaming(app: object, streaming: Streaming): void {
  byApp.set(app, streaming);
}

export function streamingOf(app: object): Streaming | undefined {
  return byApp.get(app);
}
