// One Server-Sent Events response. The hub decides what to send; this writes it in the wire format and
// guards the process against a reader that stops reading: past `maxBufferedBytes` of unsent output (plus
// the event being written) the stream is cut (the SDK reconnects and resumes), instead of buffering
// without bound.
import type { ServerResponse } from 'node:http';

export interface SseOptions {
  /** Cut the stream when this much output waits for a slow reader (default 4 MiB). */
  maxBufferedBytes?: number;
  /** Extra response headers (e.g. X-Request-Id is already on the response; these are added to it). */
  headers?: Record<string, string>;
}

export class SseStream {
  readonly #res: ServerResponse;
  readonly #maxBuffered: number;
  #closed = false;
  readonly #onClose: (() => void)[] = [];

  /** Writes the status line and headers at once, so the client knows the stream is open. */
  constructor(res: ServerResponse, opts: SseOptions = {}) {
    this.#res = res;
    this.#maxBuffered = opts.maxBufferedBytes ?? 4 * 1024 * 1024;
    res.writeHead(200, {
      ...opts.headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      // Neither caches nor proxies may hold events back: nginx reads X-Accel-Buffering, others no-cache
      // / no-transform (no compression: a compressor buffers until its block fills).
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    });
    res.flushHeaders();
    res.socket?.setNoDelay(true);
    if (res.destroyed) this.#closed = true;
    const closed = () => this.#finish();
    res.on('close', closed);
    res.on('error', closed);
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Called once when the stream ends, whoever ends it. */
  onClose(fn: () => void): void {
    if (this.#closed) fn();
    else this.#onClose.push(fn);
  }

  /**
   * Sends one event. `data` is JSON text (one line: JSON.stringify never emits a raw newline). `id`
   * goes on the last event of a version only, so a client cut off mid-version resumes from the one
   * before and is sent that version whole.
   */
  event(name: string, data: string, id?: number): void {
    this.#write(
      id === undefined ? `event: ${name}\ndata: ${data}\n\n` : `event: ${name}\nid: ${id}\ndata: ${data}\n\n`,
    );
  }

  /** Moves the client's Last-Event-ID to `id` without dispatching an event (an id-only block). */
  idOnly(id: number): void {
    this.#write(`id: ${id}\n\n`);
  }

  /** A comment line: ignored by clients, keeps proxies and load balancers from timing the stream out. */
  comment(text: string): void {
    this.#write(`: ${text}\n\n`);
  }

  /** Ends the stream cleanly (the client sees the end and reconnects). */
  end(): void {
    if (this.#closed) return;
    this.#res.end();
    this.#finish();
  }

  #write(chunk: string): void {
    if (this.#closed) return;
    this.#res.write(chunk);
    // What waited before this chunk is what the reader left unread: past the bound, cut. The chunk itself
    // does not count, so one event larger than the bound (the `put` of a ruleset with a million segment
    // members) is still sent whole; the next write finds it unread if the reader has stopped.
    if (this.#res.writableLength - Buffer.byteLength(chunk) > this.#maxBuffered) {
      this.#res.destroy();
      this.#finish();
    }
  }

  #finish(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const fn of this.#onClose.splice(0)) fn();
  }
}
