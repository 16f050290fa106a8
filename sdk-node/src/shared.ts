// Internal: the protocol code @ff/sdk-browser reuses (stream parsing, backoff, event batching), so the two
// SDKs share one implementation. Not a public API: it may change in any release. ARCHITECTURE.md's plan is
// an internal workspace bundled into each SDK; until then this entry point is that one place (it imports
// no evaluator, so a browser bundle takes only these modules).
export { SseParser, readEventStream } from './sse.ts';
export type { SseEvent, StreamEnd } from './sse.ts';
export { Backoff } from './backoff.ts';
export type { BackoffOptions } from './backoff.ts';
export { EventSender, SummaryCounter } from './events.ts';
export type { EventSenderOptions, SummaryRow, TrackedEvent } from './events.ts';
export { SafeEmitter } from './emitter.ts';
