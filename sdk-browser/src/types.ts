// The browser SDK's public types. Values come evaluated from the API (`ClientFlagValue`, the shape of
// `POST /sdk/v1/evaluate` and of the client-key stream); nothing here evaluates a rule.
import type {
  BooleanFlagKeyOf,
  FlagKeyOf,
  FlagValueOf,
  Json,
  UntypedOf,
  ValueResultOf,
} from '@ff/sdk-shared';

export type { Json, Widen } from '@ff/sdk-shared';

/** Who flags are evaluated for: `key` for targeting and bucketing, any other member an attribute. */
export interface Context {
  key?: string;
  [attribute: string]: unknown;
}

/** One flag evaluated for the client's context. */
export interface ClientFlagValue {
  readonly value: Json;
  readonly variant?: string;
  readonly variationIndex?: number;
  readonly reason: string;
  readonly ruleId?: string;
  readonly ruleIndex?: number;
  readonly errorCode?: string;
  /** This context's variant of a running experiment: the first read records an exposure. */
  readonly inExperiment?: true;
}

/** What `getDetail` returns: the value served (the default when the flag is unknown) and why. */
export interface FlagDetail<T> {
  readonly value: T;
  readonly variant: string | undefined;
  readonly reason: string;
  readonly errorCode: string | undefined;
}

/** The subset of `localStorage` the SDK uses (pass your own in tests or outside browsers). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Where the client's values stand:
 * - `initializing`: nothing from the network yet (cached or bootstrap values may be served);
 * - `ready`: values from the API, kept live by the stream or by polling;
 * - `stale`: the API cannot be reached; the last values are served and reconnection goes on;
 * - `failed`: the key was refused (401/403); defaults or last values are served, nothing retries;
 * - `closed`: `close()` was called.
 */
export type ClientStatus = 'initializing' | 'ready' | 'stale' | 'failed' | 'closed';

/** The events `on` takes. */
export interface ClientEvents {
  /** Flags whose value changed (a stream update, a poll, `identify`), with their new values. */
  change: { readonly keys: readonly string[] };
  /** The first values from the API arrived (also after `identify`). */
  ready: { readonly status: ClientStatus };
  /** Something failed; the client goes on serving what it has. */
  error: { readonly message: string };
  status: { readonly status: ClientStatus };
}

/**
 * Your flags and their value types, for type-checked keys. Empty by default, which makes every method and
 * hook accept any `string` key. `ff codegen --sdk browser` augments it:
 *
 * ```ts
 * declare module '@ff/sdk-browser' {
 *   interface FlagTypes {
 *     'new-dashboard': boolean;
 *     'max-cart-items': number;
 *   }
 * }
 * ```
 *
 * Once augmented, an unknown key or a default or value of the wrong type is a compile error, in the
 * client's methods and in the React hooks alike.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmented by users' generated code
export interface FlagTypes {}

/** `true` while {@link FlagTypes} has not been augmented. */
export type Untyped = UntypedOf<FlagTypes>;
/** A flag key: any string, or once {@link FlagTypes} is augmented, one of its keys. */
export type FlagKey = FlagKeyOf<FlagTypes>;
/** The keys of boolean flags (any string while {@link FlagTypes} is empty). */
export type BooleanFlagKey = BooleanFlagKeyOf<FlagTypes>;
/** The value type of flag `K`: from {@link FlagTypes}, or any JSON value while it is empty. */
export type FlagValue<K extends string> = FlagValueOf<FlagTypes, K>;
/** What `getValue` returns for key `K` and a default of type `D`. */
export type ValueResult<K extends string, D> = ValueResultOf<FlagTypes, K, D>;
/** What `allFlags` returns: every flag's value, by key. */
export type AllFlags = Untyped extends true ? Record<string, Json> : { [K in FlagKey]?: FlagValue<K> };
