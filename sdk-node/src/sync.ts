// Keeping the ruleset current: the event stream while it holds; when it drops, reconnects with jittered
// exponential backoff and polls GET /sdk/v1/config with ETags meanwhile. A refused key (401/403) stops
// everything: retrying a revoked key would only load the server.
import { Backoff, readEventStream, SseParser } from '@ff/sdk-shared';
import type { SseEvent, StreamEnd } from '@ff/sdk-shared';
import { HttpError } from './http.ts';
import type { Http } from './http.ts';

/** What the synchronizer reports to its owner (the client). */
export interface SyncHandlers {
  /** A whole ruleset (stream `put` or a polled config). Returns false when it was refused. */
  put(data: unknown): boolean;
  /** A stream `patch` or `delete`. Returns false when it was refused. */
  change(event: 'patch' | 'delete', data: unknown): boolean;
  /** The server-sourced version in use (for `Last-Event-ID` and `If-None-Match`), if any. */
  version(): number | undefined;
  /** The stream is open (`true`) or lost (`false`, with why). */
  streaming(open: boolean, reason?: string): void;
  /** A poll ended: it reached the server and its answer was usable (`ok`), or why not. */
  polled(outcome: PollOutcome): void;
  /** The key was refused: nothing more will be requested. */
  fatal(message: string): void;
  /** A non-fatal problem, for the `error` event. */
  error(kind: 'stream' | 'poll' | 'payload', message: string, error?: unknown): void;
}

/** How one `GET /sdk/v1/config` ended. */
export type PollOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const OK: PollOutcome = { ok: true };

/** Timing of {@link Synchronizer}, in ms. */
export interface SyncOptions {
  /** Use the event stream (default); `false` polls only. */
  readonly stream: boolean;
  readonly pollInterval: number;
  readonly initialBackoff: number;
  readonly maxBackoff: number;
  /** A stream silent for this long (no event, no heartbeat) is considered dead. */
  readonly idleTimeout: number;
  readonly random?: () => number;
}

export class Synchronizer {
  readonly #http: Http;
  readonly #on: SyncHandlers;
  readonly #opts: SyncOptions;
  readonly #streamBackoff: Backoff;
  readonly #pollBackoff: Backoff;
  readonly #stop = new AbortController();
  #reconnectTimer: NodeJS.Timeout | undefined;
  #pollTimer: NodeJS.Timeout | undefined;
  #polling = false;

  constructor(http: Http, handlers: SyncHandlers, opts: SyncOptions) {
    this.#http = http;
    this.#on = handlers;
    this.#opts = opts;
    const backoff = { initial: opts.initialBackoff, max: opts.maxBackoff, random: opts.random };
    this.#streamBackoff = new Backoff(backoff);
    this.#pollBackoff = new Backoff(backoff);
  }

  /** Starts streaming (or polling when streaming is off). */
  start(): void {
    if (this.#opts.stream) void this.#connect();
    else this.#startPolling();
  }

  /** Stops every request and timer for good. */
  stop(): void {
    this.#stop.abort();
    clearTimeout(this.#reconnectTimer);
    clearTimeout(this.#pollTimer);
  }

  get #stopped(): boolean {
    return this.#stop.signal.aborted;
  }

  #fatal(message: string): void {
    this.stop();
    this.#on.fatal(message);
  }

  async #connect(): Promise<void> {
    if (this.#stopped) return;
    const version = this.#on.version();
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (version !== undefined) headers['last-event-id'] = String(version);
    let res: Response;
    try {
      res = await this.#http.open('/sdk/v1/stream', { headers, signal: this.#stop.signal });
    } catch (e) {
      return this.#lost((e as Error).message, e);
    }
    if (this.#stopped) return void res.body?.cancel().catch(() => undefined);
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel().catch(() => undefined);
      return this.#fatal(`the stream refused the SDK key (${res.status})`);
    }
    const type = res.headers.get('content-type') ?? '';
    if (res.status !== 200 || !type.startsWith('text/event-stream') || res.body === null) {
      await res.body?.cancel().catch(() => undefined);
      return this.#lost(`the stream answered ${res.status} ${type}`.trim());
    }
    this.#stopPolling();
    this.#on.streaming(true);
    // A heartbeat or an applied event proves the connection healthy: only then is the backoff reset, so
    // a server that accepts and drops connections at once still sees growing delays.
    const healthy = () => this.#streamBackoff.reset();
    const parser = new SseParser((event) => this.#dispatch(event, healthy), healthy);
    const end = await readEventStream(res.body, parser, {
      signal: this.#stop.signal,
      idleTimeout: this.#opts.idleTimeout,
    });
    if (this.#stopped) return;
    this.#lost(describeEnd(end), end.kind === 'error' ? end.error : undefined);
  }

  #dispatch(event: SseEvent, healthy: () => void): void {
    if (event.event !== 'put' && event.event !== 'patch' && event.event !== 'delete') return;
    let data: unknown;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return this.#on.error('payload', `a "${event.event}" event is not JSON: ${(e as Error).message}`, e);
    }
    const applied = event.event === 'put' ? this.#on.put(data) : this.#on.change(event.event, data);
    if (applied) healthy();
  }

  /** The stream failed or ended: report, poll meanwhile, and reconnect after a backoff delay. */
  #lost(reason: string, error?: unknown): void {
    if (this.#stopped) return;
    this.#on.streaming(false, reason);
    this.#on.error('stream', `stream lost: ${reason}`, error);
    this.#startPolling();
    const delay = this.#streamBackoff.next();
    this.#reconnectTimer = setTimeout(() => void this.#connect(), delay);
  }

  #startPolling(): void {
    if (this.#polling || this.#stopped) return;
    this.#polling = true;
    void this.#poll();
  }

  #stopPolling(): void {
    this.#polling = false;
    clearTimeout(this.#pollTimer);
    this.#pollBackoff.reset();
  }

  async #poll(): Promise<void> {
    if (!this.#polling || this.#stopped) return;
    let delay = this.#opts.pollInterval;
    const outcome = await this.#pollOnce();
    if (this.#stopped) return;
    // Reported even when the stream reopened meanwhile: the owner weighs it against the open stream.
    this.#on.polled(outcome);
    if (!this.#polling) return;
    if (outcome.ok) this.#pollBackoff.reset();
    else delay = Math.max(delay, this.#pollBackoff.next());
    this.#pollTimer = setTimeout(() => void this.#poll(), delay);
  }

  /** One GET /sdk/v1/config; ok when the server answered usefully (200 accepted or 304). */
  async #pollOnce(): Promise<PollOutcome> {
    const version = this.#on.version();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (version !== undefined) headers['if-none-match'] = `"${version}"`;
    const failed = (kind: 'poll' | 'payload', message: string, error?: unknown): PollOutcome => {
      this.#on.error(kind, message, error);
      return { ok: false, reason: message };
    };
    try {
      const res = await this.#http.send('/sdk/v1/config', { headers, signal: this.#stop.signal });
      if (this.#stopped) return { ok: false, reason: 'stopped' };
      if (res.status === 304) return OK;
      if (res.status === 401 || res.status === 403) {
        const message = `the config endpoint refused the SDK key (${res.status})`;
        this.#fatal(message);
        return { ok: false, reason: message };
      }
      if (res.status !== 200) {
        const message = `GET /sdk/v1/config answered ${res.status}`;
        return failed('poll', message, new HttpError('poll', res.status));
      }
      let data: unknown;
      try {
        data = JSON.parse(res.text);
      } catch (e) {
        return failed('payload', `GET /sdk/v1/config sent invalid JSON: ${(e as Error).message}`, e);
      }
      // A refused ruleset was already reported (as a payload error) by the owner.
      return this.#on.put(data)
        ? OK
        : { ok: false, reason: 'GET /sdk/v1/config sent a ruleset that was refused' };
    } catch (e) {
      const message = (e as Error).message;
      if (this.#stopped) return { ok: false, reason: message };
      return failed('poll', message, e);
    }
  }
}

function describeEnd(end: StreamEnd): string {
  switch (end.kind) {
    case 'closed':
      return 'the server closed the stream';
    case 'idle':
      return 'no data or heartbeat within the idle timeout';
    case 'aborted':
      return 'aborted';
    case 'error':
      return end.error.message;
  }
}
