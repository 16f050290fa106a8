// The browser client: values evaluated by the API for one context (client key), served synchronously from
// memory, kept live by the client-key stream (polling when it is down), cached in storage and seeded from
// a bootstrap so the first render need not wait. No call throws: failures become `error` events and
// defaults. Stream parsing, backoff and event batching are @ff/sdk-shared's (internal, compiled into dist).
import { Backoff, EventSender, SafeEmitter, SseParser, readEventStream } from '@ff/sdk-shared';
import type { SseEvent } from '@ff/sdk-shared';
import { ValueCache, defaultStorage, withKey } from './storage.ts';
import type {
  AllFlags,
  BooleanFlagKey,
  ClientEvents,
  ClientFlagValue,
  ClientStatus,
  Context,
  FlagDetail,
  FlagKey,
  FlagValue,
  Json,
  StorageLike,
  ValueResult,
} from './types.ts';

// The page's events, typed here: the repository type-checks without the DOM library.
interface EventHost {
  addEventListener?(type: string, listener: () => void): void;
  removeEventListener?(type: string, listener: () => void): void;
}
const page = globalThis as unknown as EventHost & { document?: EventHost & { visibilityState?: string } };

/** The subset of `fetch` the client uses. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** A client key of one environment (`ff_cli_…`); it may be public. */
  clientKey: string;
  /** The API's URL, e.g. `https://flags.example.com`. */
  baseUrl: string;
  /** Who flags are evaluated for. Without `key`, a stable anonymous key is kept in storage. */
  context?: Context;
  /** Values to serve before the API answers (e.g. rendered by your server with sdk-node's `allFlags`). */
  bootstrap?: Record<string, ClientFlagValue>;
  /** Live updates over the stream (default true); false polls `POST /sdk/v1/evaluate`. */
  stream?: boolean;
  /** Keep the last values per context in storage and serve them at start (default true). */
  cache?: boolean;
  /** Where the cache and the anonymous key live (default `localStorage` when available). */
  storage?: StorageLike;
  /** How long `ready()` waits for the API, in ms (default 5000). */
  readyTimeout?: number;
  /** Polling interval without a stream, in ms (default 30000); 0 never polls (values change only by `identify`). */
  pollInterval?: number;
  /** How often evaluation summaries and tracked events are sent, in ms (default 10000). */
  flushInterval?: number;
  /** Send evaluation summaries and tracked events (default true). */
  sendEvents?: boolean;
  /** Replaces `fetch` (tests, proxies). */
  fetch?: FetchLike;
  /** @internal Used by FFProvider, which starts the client in an effect (never during SSR). */
  autoStart?: boolean;
}

/** The browser client. */
export interface Client {
  /** Resolves once the API answered, the key was refused, or `readyTimeout` passed; never rejects. */
  ready(): Promise<ClientStatus>;
  /** The current status. */
  readonly status: ClientStatus;
  /** The evaluation context in use. */
  readonly context: Context;
  /** True when the flag serves `true` (false when unknown or not a boolean). */
  isEnabled(key: BooleanFlagKey): boolean;
  /** The flag's value, or `defaultValue` when unknown or of another type. */
  getValue<K extends FlagKey, D extends FlagValue<K>>(key: K, defaultValue: D): ValueResult<K, D>;
  /** The name of the variation served, if any. */
  getVariant(key: FlagKey): string | undefined;
  /** The value and why it was served. */
  getDetail<K extends FlagKey, D extends FlagValue<K>>(
    key: K,
    defaultValue: D,
  ): FlagDetail<ValueResult<K, D>>;
  /** Every flag's value. */
  allFlags(): AllFlags;
  /** Switches to another context in one request; resolves when its values are in (or failed). */
  identify(context: Context): Promise<ClientStatus>;
  /** Records an event (a conversion, a metric value) for experiments. */
  track(event: string, value?: number): void;
  /** Sends what was recorded now. */
  flush(): Promise<void>;
  /** Listens; returns a function that stops listening. */
  on<E extends keyof ClientEvents>(event: E, listener: (payload: ClientEvents[E]) => void): () => void;
  /** @internal The stored value object of a flag (stable until it changes), for React's snapshots. */
  peek(key: string): ClientFlagValue | undefined;
  /** Starts (again) after `close()`, or when created with `autoStart: false`. */
  start(): void;
  /** Stops the stream and timers, sends what was recorded. */
  close(): Promise<void>;
}

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
  private readonly _base: string;
  private readonly _storage: StorageLike | undefined;
  private readonly _cache: ValueCache | undefined;
  private readonly _emitter = new SafeEmitter<ClientEvents>();
  private readonly _events: EventSender;
  private readonly _backoff = new Backoff({ initial: 1000, max: 60_000 });
  private _flags = new Map<string, ClientFlagValue>();
  private _context: Context;
  private _status: ClientStatus = 'initializing';
  /** Bumped by identify and close: answers for an older generation are dropped. */
  private _gen = 0;
  private _abort: AbortController | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _flushTimer: ReturnType<typeof setInterval> | undefined;
  private _lastId: string | undefined;
  private _waiters: ((s: ClientStatus) => void)[] = [];
  private _readyOnce: Promise<ClientStatus> | undefined;
  private _started = false;
  /** identify() is waiting for the new context's values (the previous context's are still served). */
  private _switching = false;

  constructor(o: ClientOptions) {
    this._o = o;
    this._base = o.baseUrl.replace(/\/+$/, '');
    this._storage = o.storage ?? defaultStorage();
    this._cache = o.cache === false ? undefined : new ValueCache(this._storage, o.clientKey);
    this._context = withKey(o.context ?? {}, this._storage, Math.random);
    const seed = o.bootstrap ?? this._cache?.get(this._context);
    if (seed) this._flags = new Map(Object.entries(seed));
    this._events = new EventSender(
      {
        send: (path, init) => this._request(path, { ...init, keepalive: (init?.body?.length ?? 0) < 60_000 }),
      },
      {
        maxQueue: 1000,
        retryDelay: 2000,
        onError: (message) => this._error(message),
        // Only keys the API served: they name flags (the browser SDK has no engine and its key rule).
        isFlagKey: (key) => this._flags.has(key),
      },
    );
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
    if (this._o.sendEvents !== false) {
      this._flushTimer = setInterval(() => void this.flush(), this._o.flushInterval ?? 10_000);
      // A page being hidden may never come back (tab closed, app switched): send now, with keepalive.
      page.addEventListener?.('pagehide', this._onHide);
      page.document?.addEventListener?.('visibilitychange', this._onHide);
    }
  }

  private readonly _onHide = (): void => {
    if (page.document?.visibilityState !== 'visible') void this.flush();
  };

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

  private _request(path: string, init: RequestInit & { headers?: Record<string, string> }) {
    const f = this._o.fetch ?? ((url, i) => fetch(url, i));
    return f(this._base + path, {
      ...init,
      headers: { authorization: `Bearer ${this._o.clientKey}`, ...init.headers },
    }).then(async (res) => ({ status: res.status, headers: res.headers, text: await res.text() }));
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
      const res = await this._request('/sdk/v1/evaluate', {
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
      const context = btoa(
        String.fromCharCode(...new TextEncoder().encode(JSON.stringify(this._context))),
      ).replace(/[+/=]/g, (c) => (c === '+' ? '-' : c === '/' ? '_' : ''));
      const headers: Record<string, string> = {
        authorization: `Bearer ${this._o.clientKey}`,
        accept: 'text/event-stream',
      };
      if (this._lastId !== undefined) headers['last-event-id'] = this._lastId;
      const f = this._o.fetch ?? ((url, i) => fetch(url, i));
      const res = await f(`${this._base}/sdk/v1/stream?context=${context}`, {
        headers,
        signal: abort.signal,
      });
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
      this._events.summaries.record(key, f && !mismatch ? f.variationIndex : undefined);
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
      this._events.track({
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
    return this._o.sendEvents === false ? Promise.resolve() : this._events.flush();
  }

  on<E extends keyof ClientEvents>(event: E, listener: (payload: ClientEvents[E]) => void): () => void {
    return this._emitter.on(event, listener);
  }

  async close(): Promise<void> {
    this._gen++;
    this._started = false;
    this._abort?.abort();
    clearTimeout(this._timer);
    clearInterval(this._flushTimer);
    page.removeEventListener?.('pagehide', this._onHide);
    page.document?.removeEventListener?.('visibilitychange', this._onHide);
    this._settle('closed');
    await this.flush();
  }
}

/** Creates a browser client and starts fetching values (see {@link ClientOptions}). */
export function createClient(options: ClientOptions): Client {
  return new BrowserClient(options) as unknown as Client;
}
