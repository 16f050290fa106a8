// Typed flag keys, for any SDK's `FlagTypes` interface (which `ff codegen` augments): while the interface
// is empty every key is a `string` and values are whatever the default says; once augmented, a key must be
// one of its members and a value or default must have that member's type. Types only: no runtime code.

/** A JSON value, as flags serve them. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `true` while `T` (an SDK's FlagTypes) has not been augmented. */
export type UntypedOf<T> = [keyof T] extends [never] ? true : false;

/** A flag key: any string, or once `T` is augmented, one of its keys. */
export type FlagKeyOf<T> = UntypedOf<T> extends true ? string : Extract<keyof T, string>;

/** The keys of boolean flags (any string while `T` is empty). */
export type BooleanFlagKeyOf<T> =
  UntypedOf<T> extends true
    ? string
    : { [K in FlagKeyOf<T>]: K extends keyof T ? (T[K] extends boolean ? K : never) : never }[FlagKeyOf<T>];

/** The value type of flag `K`: from `T`, or any JSON value while it is empty. */
export type FlagValueOf<T, K extends string> = K extends keyof T ? T[K] : Json;

/** `true` → `boolean`, `5` → `number`, `'a'` → `string`: what an untyped call with this default returns. */
export type Widen<D> = D extends boolean
  ? boolean
  : D extends number
    ? number
    : D extends string
      ? string
      : D;

/** What a call for key `K` with a default of type `D` returns. */
export type ValueResultOf<T, K extends string, D> = UntypedOf<T> extends true ? Widen<D> : FlagValueOf<T, K>;
