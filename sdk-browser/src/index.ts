// @ff/sdk-browser: flags evaluated by the API for one context, with a client key. React: ./react.
export { createClient } from './client.ts';
export type { Client, ClientOptions, FetchLike } from './client.ts';
export type {
  AllFlags,
  BooleanFlagKey,
  ClientEvents,
  ClientFlagValue,
  ClientStatus,
  Context,
  FlagDetail,
  FlagKey,
  FlagTypes,
  FlagValue,
  Json,
  StorageLike,
  ValueResult,
  Widen,
} from './types.ts';
