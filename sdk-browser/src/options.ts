// The browser client's public contract: its options and its methods. The implementation is client.ts.
import type {
  AllFlags,
  BooleanFlagKey,
  ClientEvents,
  ClientFlagValue,
  ClientStatus,
  Context,
  FlagDetail,
  FlagKey,
  FlagValue,
  StorageLike,
  ValueResult,
} from './types.ts';

/** The subset of `fetch` the client uses. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** A client key of one environment (`ff_cli_…`); it may be public. */
  clientKey: string;
  /** The API's URL, e.g. `https://flags.example.com`. */
  baseUrl: string;
  /** Who flags are evaluated for. Without `key`, a stable anonymous key is kept in storage. */
  context?: Context;
  /** Values to serve before the API answers (e.g. rendered by your server with sdk-node's `allFlags`). */
  bootstrap?: Record<string, ClientFlagValue>;
  /** Live updates over the stream (default true); false polls `POST /sdk/v1/evaluate`. */
  stream?: boolean;
  /** Keep the last values per context in storage and serve them at start (default true). */
  cache?: boolean;
  /** Where the cache and the anonymous key live (default `localStorage` when available). */
  storage?: StorageLike;
  /** How long `ready()` waits for the API, in ms (default 5000). */
  readyTimeout?: number;
  /** Polling interval without a stream, in ms (default 30000); 0 never polls (values change only by `identify`). */
  pollInterval?: number;
  /** How often evaluation summaries, exposures and tracked events are sent, in ms (default 10000). */
  flushInterval?: number;
  /** Send evaluation summaries, experiment exposures and tracked events (default true). */
  sendEvents?: boolean;
  /** Replaces `fetch` (tests, proxies). */
  fetch?: FetchLike;
  /** @internal Used by FFProvider, which starts the client in an effect (never during SSR). */
  autoStart?: boolean;
}

/** The browser client. */
export interface Client {
  /** Resolves once the API answered, the key was refused, or `readyTimeout` passed; never rejects. */
  ready(): Promise<ClientStatus>;
  /** The current status. */
  readonly status: ClientStatus;
  /** The evaluation context in use. */
  readonly context: Context;
  /** True when the flag serves `true` (false when unknown or not a boolean). */
  isEnabled(key: BooleanFlagKey): boolean;
  /** The flag's value, or `defaultValue` when unknown or of another type. */
  getValue<K extends FlagKey, D extends FlagValue<K>>(key: K, defaultValue: D): ValueResult<K, D>;
  /** The name of the variation served, if any. */
  getVariant(key: FlagKey): string | undefined;
  /** The value and why it was served. */
  getDetail<K extends FlagKey, D extends FlagValue<K>>(
    key: K,
    defaultValue: D,
  ): FlagDetail<ValueResult<K, D>>;
  /** Every flag's value. */
  allFlags(): AllFlags;
  /** Switches to another context in one request; resolves when its values are in (or failed). */
  identify(context: Context): Promise<ClientStatus>;
  /** Records an event (a conversion, a metric value) for experiments. */
  track(event: string, value?: number): void;
  /** Sends what was recorded now. */
  flush(): Promise<void>;
  /** Listens; returns a function that stops listening. */
  on<E extends keyof ClientEvents>(event: E, listener: (payload: ClientEvents[E]) => void): () => void;
  /** @internal The stored value object of a flag (stable until it changes), for React's snapshots. */
  peek(key: string): ClientFlagValue | undefined;
  /** Starts (again) after `close()`, or when created with `autoStart: false`. */
  start(): void;
  /** Stops the stream and timers, sends what was recorded. */
  close(): Promise<void>;
}
