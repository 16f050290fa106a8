// Public types shared by the real client (client.ts) and the test client (testing.ts), so the two keep
// the same API and the same typed keys.
import type { ContextInput, ErrorCode, Json, Reason, Ruleset } from '@ff/engine';

export type { Context, ContextInput, ErrorCode, Json, Reason, Ruleset } from '@ff/engine';

/**
 * Your flags and their value types, for type-checked keys. Empty by default, which makes every method
 * accept any `string` key. Code generation (`ff codegen`) augments it:
 *
 * ```ts
 * declare module '@ff/sdk-node' {
 *   interface FlagTypes {
 *     'new-checkout': boolean;
 *     'max-cart-items': number;
 *   }
 * }
 * ```
 *
 * Once augmented, unknown keys and wrong default types are compile errors.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmented by users' generated code
export interface FlagTypes {}

/** `true` while {@link FlagTypes} has not been augmented. */
export type Untyped = [keyof FlagTypes] extends [never] ? true : false;

/** A flag key: any string, or once {@link FlagTypes} is augmented, one of its keys. */
export type FlagKey = Untyped extends true ? string : Extract<keyof FlagTypes, string>;

/** The keys of boolean flags (any string while {@link FlagTypes} is empty). */
export type BooleanFlagKey = Untyped extends true
  ? string
  : {
      [K in FlagKey]: K extends keyof FlagTypes ? (FlagTypes[K] extends boolean ? K : never) : never;
    }[FlagKey];

/** The value type of flag `K`: from {@link FlagTypes}, or any JSON value while it is empty. */
export type FlagValue<K extends string> = K extends keyof FlagTypes ? FlagTypes[K] : Json;

/** `true` → `boolean`, `5` → `number`, `'a'` → `string`: what an untyped call with this default returns. */
export type Widen<T> = T extends boolean
  ? boolean
  : T extends number
    ? number
    : T extends string
      ? string
      : T;

/** What `getValue` returns for key `K` and a default of type `D`. */
export type ValueResult<K extends string, D> = Untyped extends true ? Widen<D> : FlagValue<K>;

/**
 * What a browser needs for one client-side flag: the evaluation result without its message (the shape of
 * `POST /sdk/v1/evaluate` and of the client stream, so `allFlags` output can bootstrap a browser SDK).
 */
export interface ClientFlagValue {
  readonly value: Json;
  readonly variant?: string;
  readonly variationIndex?: number;
  readonly reason: Reason;
  readonly ruleId?: string;
  readonly ruleIndex?: number;
  readonly errorCode?: ErrorCode;
  /** The context's variant of a running experiment: the browser SDK records an exposure on its first read. */
  readonly inExperiment?: true;
}

/** The result of {@link FlagClient.evaluate}: the value and why it was served, in OpenFeature's vocabulary. */
export interface EvaluationDetail<T = Json> {
  readonly flagKey: string;
  readonly value: T;
  readonly variant?: string;
  readonly variationIndex?: number;
  readonly reason: Reason;
  readonly errorCode?: ErrorCode;
  readonly errorMessage?: string;
  readonly ruleId?: string;
  readonly ruleIndex?: number;
  readonly prerequisiteKey?: string;
  /** The flag's configuration version in this environment, when known (for OpenFeature flag metadata). */
  readonly flagVersion?: number;
}

/**
 * Where the client stands:
 * - `initializing`: no ruleset from the server yet (bootstrap, fallbacks and defaults are served);
 * - `ready`: the stream (or a poll) delivered a ruleset and the client is current;
 * - `stale`: no working connection to the server: the stream is down and the poll made meanwhile failed
 *   (or, with `stream: false`, the last poll failed). The last good ruleset is served; the client is
 *   `ready` again as soon as the stream reopens or a poll succeeds (a new ruleset or a 304);
 * - `offline`: `offline: true`, no network at all;
 * - `failed`: the server refused the SDK key (revoked, wrong kind); no further requests are made;
 * - `closed`: `close()` was called.
 */
export type ClientStatus = 'initializing' | 'ready' | 'stale' | 'offline' | 'failed' | 'closed';

/** What {@link FlagClient.ready} resolves with. It never rejects. */
export interface ReadyResult {
  /** `true` when the client has a ruleset from the server (or is offline by choice). */
  readonly ok: boolean;
  /** `ready`, `offline`, `failed` (key refused), `timeout` (nothing from the server in time) or `closed`. */
  readonly status: 'ready' | 'offline' | 'failed' | 'timeout' | 'closed';
  /** What evaluations are served from right now. */
  readonly source: DataSourceKind;
  /** The ruleset's environment version, when there is one. */
  readonly version?: number;
  /** Why the client is not ready, when it is not. */
  readonly error?: string;
}

/** Where the ruleset in use came from (`test`: set in code through `@ff/sdk-node/testing`). */
export type DataSourceKind = 'server' | 'bootstrap' | 'snapshot' | 'test' | 'none';

/** The `change` event: the ruleset moved to `version`; `flags` are the keys whose evaluation may differ. */
export interface ChangeEvent {
  readonly version: number | undefined;
  readonly flags: readonly string[];
  readonly source: DataSourceKind;
}

/** The `error` event. Informational: the client keeps serving; errors never reach evaluation calls. */
export interface ErrorEvent {
  /** `stream`, `poll`, `payload` (rejected ruleset data), `events` (sending events), `auth`, `file`. */
  readonly kind: 'stream' | 'poll' | 'payload' | 'auth' | 'events' | 'file';
  readonly message: string;
  readonly error?: unknown;
}

/** The `status` event: {@link FlagClient.status} moved from `previous` to `status`. */
export interface StatusEvent {
  readonly status: ClientStatus;
  readonly previous: ClientStatus;
  /** Why, for `stale` (the failed poll) and `failed` (the refused key). */
  readonly reason?: string;
}

/** The events {@link FlagClient.on} accepts and what their listeners receive. */
export interface ClientEvents {
  change: ChangeEvent;
  ready: ReadyResult;
  error: ErrorEvent;
  /** Every change of {@link FlagClient.status} (`ready` ⇄ `stale` included). */
  status: StatusEvent;
}

/** What both the real client and the test client offer. Evaluation methods never throw. */
export interface FlagClient {
  /** Where the client stands (see {@link ClientStatus}). */
  readonly status: ClientStatus;
  /**
   * Waits until the client has a ruleset from the server, or `timeout` ms (default 5,000) have passed, or
   * the key was refused. Resolves with the outcome; never rejects and never hangs.
   */
  ready(options?: { timeout?: number }): Promise<ReadyResult>;
  /**
   * Whether a boolean flag is on for `context` (a bare string means `{ key }`). Falls back to
   * `defaultValue`, then the `fallbacks` option, then `false` when the flag is unknown or not boolean.
   */
  isEnabled(key: BooleanFlagKey, context?: ContextInput | null, defaultValue?: boolean): boolean;
  /** A flag's value for `context`; falls back as `isEnabled` does (to `null` last). */
  getValue<K extends FlagKey, D extends FlagValue<K>>(
    key: K,
    context: ContextInput | null | undefined,
    defaultValue: D,
  ): ValueResult<K, D>;
  getValue<K extends FlagKey>(key: K, context?: ContextInput | null): FlagValue<K> | null;
  /** The name of the variation served to `context`, or `undefined` when a fallback was served. */
  getVariant(key: FlagKey, context?: ContextInput | null): string | undefined;
  /** The value with the reason it was served (rule, rollout, error code…). */
  evaluate<K extends FlagKey>(
    key: K,
    context?: ContextInput | null,
    defaultValue?: FlagValue<K>,
  ): EvaluationDetail<FlagValue<K>>;
  /**
   * Every client-side flag evaluated for `context`, in the shape browser SDKs bootstrap from (the shape
   * of `POST /sdk/v1/evaluate`, `inExperiment` included once the running experiments are known).
   */
  allFlags(context: ContextInput | null | undefined): Record<string, ClientFlagValue>;
  /** Records a custom event (a conversion, a metric `value`) for experiments; sent in batches. */
  track(event: string, context: ContextInput | null | undefined, value?: number): void;
  /** Subscribes to an event; returns a function that unsubscribes. */
  on<E extends keyof ClientEvents>(event: E, listener: (payload: ClientEvents[E]) => void): () => void;
  /** Unsubscribes a listener given to `on`. */
  off<E extends keyof ClientEvents>(event: E, listener: (payload: ClientEvents[E]) => void): void;
  /** Sends the events gathered so far. Never rejects. */
  flush(): Promise<void>;
  /** Stops streaming and polling and flushes events. Evaluations keep serving the last ruleset. */
  close(): Promise<void>;
}

/** Helper: the ruleset shape `bootstrap` and `snapshotFile` hold (what `GET /sdk/v1/config` serves). */
export type BootstrapRuleset = Ruleset;
