// The browser client: values evaluated by the API for one context (client key), served synchronously from
// memory, kept live by the client-key stream (polling when it is down), cached in storage and seeded from
// a bootstrap so the first render need not wait. No call throws: failures become `error` events and
// defaults. Stream parsing, backoff and event batching are @ff/sdk-shared's (internal, compiled into dist);
// requests are transport.ts's, what is reported (summaries, exposures, events) reporting.ts's, the cache
// storage.ts's, the public contract options.ts's.
import { Backoff, SafeEmitter, SseParser, readEventStream } from '@ff/sdk-shared';
import type { SseEvent } from '@ff/sdk-shared';
import type { Client, ClientOptions } from './options.ts';
import { reporter } from './reporting.ts';
import type { Reporter } from './reporting.ts';
import { ValueCache, defaultStorage, withKey } from './storage.ts';
import { transport } from './transport.ts';
import type { Transport } from './transport.ts';
import type {
  ClientEvents,
  ClientFlagValue,
  ClientStatus,
  Context,
  FlagDetail,
  Json,
  StorageLike,
} from './types.ts';

export type { Client, ClientOptions, FetchLike } from './options.ts';

const IDLE_TIMEOUT = 45_000;

function sameValue(a: ClientFlagValue | undefined, b: ClientFlagValue | undefined): boolean {
  return JSON.stringify(a?.value) === JSON.stringify(b?.value) && a?.variant === b?.variant;
}

function typeOf(v: Json): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

// Typed loosely (any string key, any JSON default): `Client` adds the typed keys on top (createClient).
class BrowserClient {
  private readonly _o: ClientOptions;
  private readonly _http: Transport;
  private readonly _storage: StorageLike | undefined;
  private readonly _cache: ValueCache | undefined;
  private readonly _emitter = new SafeEmitter<ClientEvents>();
  /** Absent with `sendEvents: false`: nothing is recorded. */
  private readonly _reporter: Reporter | undefined;
  private readonly _backoff = new Backoff({ initial: 1000, max: 60_000 });
  private _flags = new Map<string, ClientFlagValue>();
  private _context: Context;
  private _status: ClientStatus = 'initializing';
  /** Bumped by identify and close: answers for an older generation are dropped. */
  private _gen = 0;
  private _abort: AbortController | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _lastId: string | undefined;
  private _waiters: ((s: ClientStatus) => void)[] = [];
  private _readyOnce: Promise<ClientStatus> | undefined;
  private _started = false;
  /** identify() is waiting for the new context's values (the previous context's are still served). */
  private _switching = false;

  constructor(o: ClientOptions) {
    this._o = o;
    this._http = transport(o);
    this._storage = o.storage ?? defaultStorage();
    this._cache = o.cache === false ? undefined : new ValueCache(this._storage, o.clientKey);
    this._context = withKey(o.context ?? {}, this._storage, Math.random);
    const seed = o.bootstrap ?? this._cache?.get(this._context);
    if (seed) this._flags = new Map(Object.entries(seed));
    if (o.sendEvents !== false)
      this._reporter = reporter({
        send: (path, init) => this._http.request(path, init),
        onError: (message) => this._error(message),
        // Only keys the API served: they name flags (the browser SDK has no engine and its key rule).
        isFlagKey: (key) => this._flags.has(key),
        flushInterval: o.flushInterval ?? 10_000,
      });
    if (o.autoStart !== false) this.start();
  }

  get status(): ClientStatus {
    return this._status;
  }

  get context(): Context {
    return this._context;
  }

  start(): void {
    if (this._started) return;
    this._started = true;
    // Made here, not in the constructor: a client rendered on the server is never started and must leave
    // no timer behind; a client restarted after close (React StrictMode's effects) waits afresh.
    if (this._readyOnce === undefined || this._status === 'closed') {
      this._setStatus('initializing');
      this._readyOnce = this._wait();
    }
    this._fetchValues();
    this._reporter?.start();
  }

  ready(): Promise<ClientStatus> {
    return this._readyOnce ?? Promise.resolve(this._status);
  }

  private _wait(): Promise<ClientStatus> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this._status === 'initializing' || this._switching) this._setStatus('stale');
        resolve(this._status);
      }, this._o.readyTimeout ?? 5000);
      this._waiters.push((s) => {
        clearTimeout(timer);
        resolve(s);
      });
    });
  }

  private _settle(status: ClientStatus): void {
    this._setStatus(status);
    const waiters = this._waiters;
    this._waiters = [];
    for (const w of waiters) w(status);
    if (status === 'ready') this._emitter.emit('ready', { status });
  }

  private _setStatus(status: ClientStatus): void {
    if (status === this._status) return;
    this._status = status;
    this._emitter.emit('status', { status });
  }

  private _error(message: string): void {
    this._emitter.emit('error', { message });
  }

  // Values arrive from the stream's `put` or from an evaluation; either way for the current generation.
  private _fetchValues(): void {
    clearTimeout(this._timer);
    if (this._o.stream === false) void this._poll(this._gen);
    else void this._stream(this._gen);
  }

  private async _poll(gen: number): Promise<void> {
    let ok = false;
    try {
      const res = await this._http.request('/sdk/v1/evaluate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ context: this._context }),
      });
      if (gen !== this._gen) return;
      if (res.status === 401 || res.status === 403) return this._refused(res.status, res.text);
      if (res.status !== 200) throw new Error(`POST /sdk/v1/evaluate answered ${res.status}`);
      this._replace((JSON.parse(res.text) as { flags: Record<string, ClientFlagValue> }).flags);
      ok = true;
    } catch (e) {
      if (gen !== this._gen) return;
      this._down(e);
    }
    // Without a stream, polling is the update path; with one, a poll only bridges until it reconnects.
    if (this._o.stream === false && this._o.pollInterval !== 0) {
      this._timer = setTimeout(
        () => void this._poll(gen),
        ok ? (this._backoff.reset(), this._o.pollInterval ?? 30_000) : this._backoff.next(),
      );
    }
  }

  private async _stream(gen: number): Promise<void> {
    const abort = new AbortController();
    this._abort = abort;
    let failed = true;
    try {
      const res = await this._http.stream(this._context, this._lastId, abort.signal);
      if (gen !== this._gen) return void res.body?.cancel().catch(() => undefined);
      if (res.status === 401 || res.status === 403) return this._refused(res.status, await res.text());
      if (res.status !== 200 || !res.body) throw new Error(`GET /sdk/v1/stream answered ${res.status}`);
      const parser = new SseParser((event) => {
        if (gen === this._gen) this._onEvent(event);
      });
      const end = await readEventStream(res.body, parser, {
        signal: abort.signal,
        idleTimeout: IDLE_TIMEOUT,
      });
      if (gen !== this._gen) return;
      this._lastId = parser.lastEventId;
      failed = end.kind === 'error';
      if (end.kind === 'error') this._error(`stream: ${end.error.message}`);
    } catch (e) {
      if (gen !== this._gen) return;
      this._down(e);
    }
    // The stream ended or never opened: bridge with one evaluation when nothing fresh is here, and
    // reconnect after a backoff delay.
    if (failed && this._status !== 'ready') void this._poll(gen);
    this._timer = setTimeout(() => void this._stream(gen), this._backoff.next());
  }

  private _onEvent(e: SseEvent): void {
    try {
      const data = JSON.parse(e.data) as {
        flags?: Record<string, ClientFlagValue>;
        key?: string;
        value?: ClientFlagValue;
      };
      if (e.event === 'put' && data.flags) {
        this._backoff.reset();
        this._replace(data.flags);
      } else if ((e.event === 'patch' || e.event === 'delete') && typeof data.key === 'string') {
        const flags = Object.fromEntries(this._flags);
        if (e.event === 'patch' && data.value) flags[data.key] = data.value;
        else delete flags[data.key];
        this._replace(flags);
      }
    } catch {
      this._error(`stream: an unreadable ${e.event} event was skipped`);
    }
  }

  /** Swaps in a whole set of values at once; unchanged flags keep their objects (React snapshots). */
  private _replace(next: Record<string, ClientFlagValue>): void {
    const old = this._flags;
    const flags = new Map<string, ClientFlagValue>();
    const changed: string[] = [];
    for (const [key, value] of Object.entries(next)) {
      const before = old.get(key);
      flags.set(key, before && JSON.stringify(before) === JSON.stringify(value) ? before : value);
      if (!sameValue(before, value)) changed.push(key);
      if (value.inExperiment) this._reporter?.served(key, value, String(this._context.key));
    }
    for (const key of old.keys()) if (!flags.has(key)) changed.push(key);
    this._flags = flags;
    this._switching = false;
    this._cache?.set(this._context, next);
    this._settle('ready');
    if (changed.length > 0) this._emitter.emit('change', { keys: changed });
  }

  private _refused(status: number, text: string): void {
    let detail = '';
    try {
      const body = JSON.parse(text) as { detail?: string };
      detail = body.detail ? `: ${body.detail}` : '';
    } catch {
      // not JSON
    }
    this._error(`the client key was refused (${status})${detail}`);
    this._gen++;
    this._settle('failed');
  }

  private _down(e: unknown): void {
    this._error(e instanceof Error ? e.message : String(e));
    if (this._status === 'ready') this._setStatus('stale');
  }

  peek(key: string): ClientFlagValue | undefined {
    return this._flags.get(key);
  }

  getDetail(key: string, defaultValue: Json): FlagDetail<Json> {
    try {
      const f = this._flags.get(key);
      const mismatch = f !== undefined && defaultValue !== null && typeOf(f.value) !== typeOf(defaultValue);
      // A read is an evaluation summary and, the first time for this context, maybe an exposure.
      this._reporter?.read(key, mismatch ? undefined : f, String(this._context.key));
      if (f === undefined || mismatch) {
        const errorCode = f
          ? 'TYPE_MISMATCH'
          : this._status === 'ready'
            ? 'FLAG_NOT_FOUND'
            : 'PROVIDER_NOT_READY';
        return { value: defaultValue, variant: undefined, reason: 'ERROR', errorCode };
      }
      return { value: f.value, variant: f.variant, reason: f.reason, errorCode: f.errorCode };
    } catch {
      return { value: defaultValue, variant: undefined, reason: 'ERROR', errorCode: 'GENERAL' };
    }
  }

  getValue(key: string, defaultValue: Json): Json {
    return this.getDetail(key, defaultValue).value;
  }

  isEnabled(key: string): boolean {
    return this.getValue(key, false) === true;
  }

  getVariant(key: string): string | undefined {
    return this.getDetail(key, null).variant;
  }

  allFlags(): Record<string, Json> {
    const out: Record<string, Json> = {};
    for (const [key, f] of this._flags) out[key] = f.value;
    return out;
  }

  identify(context: Context): Promise<ClientStatus> {
    try {
      this._gen++;
      this._abort?.abort();
      this._lastId = undefined;
      this._context = withKey(context, this._storage, Math.random);
      this._switching = true;
      const waiting = this._wait();
      if (this._started) this._fetchValues();
      return waiting;
    } catch {
      return Promise.resolve(this._status);
    }
  }

  track(event: string, value?: number): void {
    try {
      this._reporter?.track({
        name: event,
        contextKey: String(this._context.key),
        ...(typeof value === 'number' && Number.isFinite(value) ? { value } : {}),
        timestamp: Date.now(),
      });
    } catch {
      // never at the call site
    }
  }

  flush(): Promise<void> {
    return this._reporter?.flush() ?? Promise.resolve();
  }

  on<E extends keyof ClientEvents>(event: E, listener: (payload: ClientEvents[E]) => void): () => void {
    return this._emitter.on(event, listener);
  }

  async close(): Promise<void> {
    this._gen++;
    this._started = false;
    this._abort?.abort();
    clearTimeout(this._timer);
    this._reporter?.stop();
    this._settle('closed');
    await this.flush();
  }
}

/** Creates a browser client and starts fetching values (see {@link ClientOptions}). */
export function createClient(options: ClientOptions): Client {
  return new BrowserClient(options) as unknown as Client;
}
