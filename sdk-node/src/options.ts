// Client options and their defaults, kept apart from the client so the README and the code agree on one list.
import type { FetchLike } from './http.ts';
import type { FlagKey, FlagValue, Ruleset } from './types.ts';

/** Options of {@link createClient}. Only `sdkKey` and `baseUrl` are needed (neither when `offline`). */
export interface ClientOptions {
  /** A server SDK key (`ff_srv_…`) of the environment to serve. */
  sdkKey?: string;
  /** The API's base URL, e.g. `https://ff.example.com`. */
  baseUrl?: string;
  /** No network at all: serve `bootstrap`, `snapshotFile`, `fallbacks` and defaults (local development, tests). */
  offline?: boolean;
  /**
   * A ruleset to serve until the server's arrives: an object in the shape of `GET /sdk/v1/config`, or the
   * path of a JSON file holding one. Validated like any server payload; an invalid one is ignored (with
   * an `error` event).
   */
  bootstrap?: Ruleset | string;
  /**
   * A file kept up to date with the last good ruleset from the server (written atomically after every
   * change), and read at start like `bootstrap` (the newer of the two wins). With it, a process that
   * starts while the API is down serves what it served before.
   */
  snapshotFile?: string;
  /**
   * Values served when a flag cannot be evaluated (unknown, no ruleset yet, wrong type) and the call gave
   * no default of its own.
   */
  fallbacks?: { [K in FlagKey]?: FlagValue<K> };
  /** Stream changes (default `true`); `false` polls only. */
  stream?: boolean;
  /** Polling period in ms while the stream is down (or always, with `stream: false`). Default 30,000. */
  pollInterval?: number;
  /** Timeout in ms of a request (a stream's response headers). Default 10,000. */
  requestTimeout?: number;
  /** A stream silent this long (no event, no heartbeat; the server pings every 15 s) is reopened. Default 60,000. */
  streamIdleTimeout?: number;
  /** First reconnect delay in ms; it doubles (with jitter) up to `maxBackoff`. Default 1,000. */
  initialBackoff?: number;
  /** Longest reconnect delay in ms. Default 30,000. */
  maxBackoff?: number;
  /** Send evaluation summaries and tracked events (default `true`; never when `offline`). */
  sendEvents?: boolean;
  /** How often gathered events are sent, in ms. Default 10,000. */
  flushInterval?: number;
  /** At most this many tracked events wait for sending; more are dropped. Default 10,000. */
  maxEventQueue?: number;
  /** The `fetch` to use (a proxy agent, instrumentation). Default: the global `fetch`. */
  fetch?: FetchLike;
}

/** Options with their defaults applied. */
export interface ResolvedOptions {
  readonly sdkKey: string;
  readonly baseUrl: string;
  readonly offline: boolean;
  readonly bootstrap: Ruleset | string | undefined;
  readonly snapshotFile: string | undefined;
  readonly fallbacks: Readonly<Record<string, unknown>>;
  readonly stream: boolean;
  readonly pollInterval: number;
  readonly requestTimeout: number;
  readonly streamIdleTimeout: number;
  readonly initialBackoff: number;
  readonly maxBackoff: number;
  readonly sendEvents: boolean;
  readonly flushInterval: number;
  readonly maxEventQueue: number;
  readonly fetch: FetchLike | undefined;
}

const positive = (v: number | undefined, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;

/**
 * Applies defaults. Without a key or a base URL the client cannot reach the server, so it runs offline
 * (and says so in an `error` event) rather than throwing from `createClient`.
 */
export function resolveOptions(opts: ClientOptions): { options: ResolvedOptions; problem?: string } {
  const missing = !opts.offline && (!opts.sdkKey || !opts.baseUrl);
  const options: ResolvedOptions = {
    sdkKey: opts.sdkKey ?? '',
    baseUrl: opts.baseUrl ?? '',
    offline: opts.offline === true || missing,
    bootstrap: opts.bootstrap,
    snapshotFile: opts.snapshotFile,
    // No prototype: a flag named `constructor` must not find Object.prototype's.
    fallbacks: Object.assign(Object.create(null) as Record<string, unknown>, opts.fallbacks),
    stream: opts.stream !== false,
    pollInterval: positive(opts.pollInterval, 30_000),
    requestTimeout: positive(opts.requestTimeout, 10_000),
    streamIdleTimeout: positive(opts.streamIdleTimeout, 60_000),
    initialBackoff: positive(opts.initialBackoff, 1_000),
    maxBackoff: positive(opts.maxBackoff, 30_000),
    sendEvents: opts.sendEvents !== false,
    flushInterval: positive(opts.flushInterval, 10_000),
    maxEventQueue: positive(opts.maxEventQueue, 10_000),
    fetch: opts.fetch,
  };
  return missing
    ? { options, problem: 'sdkKey and baseUrl are required unless offline: running offline' }
    : { options };
}
