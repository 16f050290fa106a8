// @ff/sdk-browser: flags evaluated by the API for one context, with a client key. React: ./react.
export { createClient } from './client.ts';
export type { Client, ClientOptions, FetchLike } from './client.ts';
export type {
  ClientEvents,
  ClientFlagValue,
  ClientStatus,
  Context,
  FlagDetail,
  FlagTypes,
  Json,
  StorageLike,
} from './types.ts';
