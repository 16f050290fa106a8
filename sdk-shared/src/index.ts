// @ff/sdk-shared: the protocol code both SDKs use — stream parsing, backoff, event batching, a listener
// registry that never lets a listener's exception reach the SDK. Internal: never published on its own;
// scripts/release/build.ts compiles it into each SDK's dist (dist/<format>/_shared/), so the SDKs'
// tarballs depend on no package of this name. It imports no evaluator and no other package, so the
// browser SDK takes these modules without the engine.
export { SseParser, readEventStream } from './sse.ts';
export type { SseEvent, StreamEnd } from './sse.ts';
export { Backoff } from './backoff.ts';
export type { BackoffOptions } from './backoff.ts';
export { EventSender, SummaryCounter } from './events.ts';
export type { EventSenderOptions, ExposureRow, SendLike, SummaryRow, TrackedEvent } from './events.ts';
export { SafeEmitter } from './emitter.ts';
export type {
  BooleanFlagKeyOf,
  FlagKeyOf,
  FlagValueOf,
  Json,
  UntypedOf,
  ValueResultOf,
  Widen,
} from './typed-keys.ts';
