// @ff/sdk-node: ff's server SDK. Local evaluation with @ff/engine, kept current by the event stream
// (polling while it is down), with fallbacks, batched events and type-checked flag keys.
// See sdk-node/README.md.

export { Client, createClient } from './client.ts';
export type { ClientOptions } from './options.ts';
export type { FetchLike } from './http.ts';
export type { ExperimentAssignment, ExperimentHandle } from './experiments.ts';
export type {
  BooleanFlagKey,
  BootstrapRuleset,
  ChangeEvent,
  ClientEvents,
  ClientFlagValue,
  ClientStatus,
  Context,
  ContextInput,
  DataSourceKind,
  ErrorCode,
  ErrorEvent,
  EvaluationDetail,
  FlagClient,
  FlagKey,
  FlagTypes,
  FlagValue,
  Json,
  ReadyResult,
  Reason,
  Ruleset,
  StatusEvent,
  Untyped,
  ValueResult,
  Widen,
} from './types.ts';
