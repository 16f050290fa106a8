// A small Server-Sent Events client over fetch: the WHATWG "event stream" parser fed from a streaming
// response body. Node has no EventSource we can give headers (Authorization, Last-Event-ID) to, and the
// SDK needs control over reconnection (backoff, polling meanwhile), so it owns both halves.

/** One dispatched event. */
export interface SseEvent {
  /** The `event:` field, `message` when absent. */
  readonly event: string;
  /** The `data:` lines joined with `\n`. */
  readonly data: string;
  /** The last `id:` seen so far on this stream (the spec's "last event ID"), or undefined. */
  readonly id: string | undefined;
}

/**
 * Incremental event-stream parser (https://html.spec.whatwg.org/multipage/server-sent-events.html).
 * Feed it decoded text in chunks of any size; lines may end in `\n`, `\r\n` or `\r`, even split across
 * chunks. Comments (`: ping`) call `onComment`, so a caller can count them as liveness. A partial event at
 * the end of the stream is never dispatched: that is how a cut in the middle of an event stays harmless.
 */
export class SseParser {
  private _buffer = '';
  private _pendingCr = false;
  private _data: string[] = [];
  private _event = '';
  private _lastId: string | undefined;
  private readonly _onEvent: (event: SseEvent) => void;
  private readonly _onComment: ((text: string) => void) | undefined;

  constructor(onEvent: (event: SseEvent) => void, onComment?: (text: string) => void) {
    this._onEvent = onEvent;
    this._onComment = onComment;
  }

  /** The last event id this stream set (what a reconnect would send as `Last-Event-ID`). */
  get lastEventId(): string | undefined {
    return this._lastId;
  }

  /** Parses one chunk of text; dispatches every event it completes. */
  feed(chunk: string): void {
    let text = chunk;
    // A `\r` ending the previous chunk already ended its line; a `\n` starting this one belongs to it.
    if (this._pendingCr && text.startsWith('\n')) text = text.slice(1);
    this._pendingCr = false;
    this._buffer += text;
    let start = 0;
    const buffer = this._buffer;
    for (let i = 0; i < buffer.length; i++) {
      const c = buffer.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this._line(buffer.slice(start, i));
      if (c === 13) {
        if (i + 1 < buffer.length) {
          if (buffer.charCodeAt(i + 1) === 10) i++;
        } else this._pendingCr = true;
      }
      start = i + 1;
    }
    this._buffer = buffer.slice(start);
  }

  private _line(line: string): void {
    if (line === '') return this._dispatch();
    if (line.startsWith(':')) {
      this._onComment?.(line.slice(1).trimStart());
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        this._data.push(value);
        break;
      case 'event':
        this._event = value;
        break;
      case 'id':
        if (!value.includes('\0')) this._lastId = value;
        break;
      default:
        // `retry` and unknown fields: the SDK's own backoff decides when to reconnect.
        break;
    }
  }

  private _dispatch(): void {
    const data = this._data;
    const event = this._event;
    this._data = [];
    this._event = '';
    if (data.length === 0) return;
    this._onEvent({ event: event === '' ? 'message' : event, data: data.join('\n'), id: this._lastId });
  }
}

/** Why a stream ended. */
export type StreamEnd =
  | { readonly kind: 'closed' } // the server ended the response
  | { readonly kind: 'aborted' } // the caller aborted
  | { readonly kind: 'idle' } // nothing arrived (not even a heartbeat) for `idleTimeout` ms
  | { readonly kind: 'error'; readonly error: Error };

/**
 * Reads an event-stream response body to its end, feeding `parser`. Resolves (never rejects) with why it
 * ended. `idleTimeout` aborts a connection that has gone silent: the server sends a comment every 15 s,
 * so a long silence means a dead connection that TCP has not noticed.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  parser: SseParser,
  opts: { signal: AbortSignal; idleTimeout: number },
): Promise<StreamEnd> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let idle = false;
  // Typed for Node and browsers alike (a browser app compiles these types without @types/node).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      idle = true;
      reader.cancel().catch(() => undefined);
    }, opts.idleTimeout);
    (timer as { unref?: () => void }).unref?.();
  };
  const onAbort = () => reader.cancel().catch(() => undefined);
  opts.signal.addEventListener('abort', onAbort, { once: true });
  arm();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (opts.signal.aborted) return { kind: 'aborted' };
      if (idle) return { kind: 'idle' };
      if (done) return { kind: 'closed' };
      arm();
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } catch (e) {
    if (opts.signal.aborted) return { kind: 'aborted' };
    if (idle) return { kind: 'idle' };
    return { kind: 'error', error: e instanceof Error ? e : new Error(String(e)) };
  } finally {
    clearTimeout(timer);
    opts.signal.removeEventListener('abort', onAbort);
    reader.releaseLock();
  }
}
