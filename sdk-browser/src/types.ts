// The browser SDK's public types. Values come evaluated from the API (`ClientFlagValue`, the shape of
// `POST /sdk/v1/evaluate` and of the client-key stream); nothing here evaluates a rule.

/** A JSON value, as flags serve them. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Who flags are evaluated for: `key` for targeting and bucketing, any other member an attribute. */
export interface Context {
  key?: string;
  [attribute: string]: unknown;
}

/** `true` → `boolean`, `5` → `number`, `'a'` → `string`: what a call with this default returns. */
export type Widen<T> = T extends boolean
  ? boolean
  : T extends number
    ? number
    : T extends string
      ? string
      : T;

/** One flag evaluated for the client's context. */
export interface ClientFlagValue {
  readonly value: Json;
  readonly variant?: string;
  readonly variationIndex?: number;
  readonly reason: string;
  readonly ruleId?: string;
  readonly ruleIndex?: number;
  readonly errorCode?: string;
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
 * The project's flags and their value types, for `ff codegen` to augment (`declare module
 * '@ff/sdk-browser' { interface FlagTypes { … } }`) as it does `@ff/sdk-node`'s, so the generated file
 * compiles in an app with both SDKs. The browser client does not check keys against it yet
 * (sdk-browser/README.md: typed keys are not done).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FlagTypes {}
