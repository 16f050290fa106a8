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
  /** Polling interval without a stream, in ms (default 30000). */
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
  readonly #o: ClientOptions;
  readonly #base: string;
  readonly #storage: StorageLike | undefined;
  readonly #cache: ValueCache | undefined;
  readonly #emitter = new SafeEmitter<ClientEvents>();
  readonly #events: EventSender;
  readonly #backoff = new Backoff({ initial: 1000, max: 60_000 });
  #flags = new Map<string, ClientFlagValue>();
  #context: Context;
  #status: ClientStatus = 'initializing';
  /** Bumped by identify and close: answers for an older generation are dropped. */
  #gen = 0;
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushTimer: ReturnType<typeof setInterval> | undefined;
  #lastId: string | undefined;
  #waiters: ((s: ClientStatus) => void)[] = [];
  #readyOnce: Promise<ClientStatus> | undefined;
  #started = false;
  /** identify() is waiting for the new context's values (the previous context's are still served). */
  #switching = false;

  constructor(o: ClientOptions) {
    this.#o = o;
    this.#base = o.baseUrl.replace(/\/+$/, '');
    this.#storage = o.storage ?? defaultStorage();
    this.#cache = o.cache === false ? undefined : new ValueCache(this.#storage, o.clientKey);
    this.#context = withKey(o.context ?? {}, this.#storage, Math.random);
    const seed = o.bootstrap ?? this.#cache?.get(this.#context);
    if (seed) this.#flags = new Map(Object.entries(seed));
    this.#events = new EventSender(
      {
        send: (path, init) => this.#request(path, { ...init, keepalive: (init?.body?.length ?? 0) < 60_000 }),
      },
      {
        maxQueue: 1000,
        retryDelay: 2000,
        onError: (message) => this.#error(message),
        // Only keys the API served: they name flags (the browser SDK has no engine and its key rule).
        isFlagKey: (key) => this.#flags.has(key),
      },
    );
    if (o.autoStart !== false) this.start();
  }

  get status(): ClientStatus {
    return this.#status;
  }

  get context(): Context {
    return this.#context;
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    // Made here, not in the constructor: a client rendered on the server is never started and must leave
    // no timer behind; a client restarted after close (React StrictMode's effects) waits afresh.
    if (this.#readyOnce === undefined || this.#status === 'closed') {
      this.#setStatus('initializing');
      this.#readyOnce = this.#wait();
    }
    this.#fetchValues();
    if (this.#o.sendEvents !== false) {
      this.#flushTimer = setInterval(() => void this.flush(), this.#o.flushInterval ?? 10_000);
      // A page being hidden may never come back (tab closed, app switched): send now, with keepalive.
      page.addEventListener?.('pagehide', this.#onHide);
      page.document?.addEventListener?.('visibilitychange', this.#onHide);
    }
  }

  readonly #onHide = (): void => {
    if (page.document?.visibilityState !== 'visible') void this.flush();
  };

  ready(): Promise<ClientStatus> {
    return this.#readyOnce ?? Promise.resolve(this.#status);
  }

  #wait(): Promise<ClientStatus> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.#status === 'initializing' || this.#switching) this.#setStatus('stale');
        resolve(this.#status);
      }, this.#o.readyTimeout ?? 5000);
      this.#waiters.push((s) => {
        clearTimeout(timer);
        resolve(s);
      });
    });
  }

  #settle(status: ClientStatus): void {
    this.#setStatus(status);
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w(status);
    if (status === 'ready') this.#emitter.emit('ready', { status });
  }

  #setStatus(status: ClientStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#emitter.emit('status', { status });
  }

  #error(message: string): void {
    this.#emitter.emit('error', { message });
  }

  #request(path: string, init: RequestInit & { headers?: Record<string, string> }) {
    const f = this.#o.fetch ?? ((url, i) => fetch(url, i));
    return f(this.#base + path, {
      ...init,
      headers: { authorization: `Bearer ${this.#o.clientKey}`, ...init.headers },
    }).then(async (res) => ({ status: res.status, headers: res.headers, text: await res.text() }));
  }

  // Values arrive from the stream's `put` or from an evaluation; either way for the current generation.
  #fetchValues(): void {
    clearTimeout(this.#timer);
    if (this.#o.stream === false) void this.#poll(this.#gen);
    else void this.#stream(this.#gen);
  }

  async #poll(gen: number): Promise<void> {
    let ok = false;
    try {
      const res = await this.#request('/sdk/v1/evaluate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ context: this.#context }),
      });
      if (gen !== this.#gen) return;
      if (res.status === 401 || res.status === 403) return this.#refused(res.status, res.text);
      if (res.status !== 200) throw new Error(`POST /sdk/v1/evaluate answered ${res.status}`);
      this.#replace((JSON.parse(res.text) as { flags: Record<string, ClientFlagValue> }).flags);
      ok = true;
    } catch (e) {
      if (gen !== this.#gen) return;
      this.#down(e);
    }
    // Without a stream, polling is the update path; with one, a poll only bridges until it reconnects.
    if (this.#o.stream === false) {
      this.#timer = setTimeout(
        () => void this.#poll(gen),
        ok ? (this.#backoff.reset(), this.#o.pollInterval ?? 30_000) : this.#backoff.next(),
      );
    }
  }

  async #stream(gen: number): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    let failed = true;
    try {
      const context = btoa(
        String.fromCharCode(...new TextEncoder().encode(JSON.stringify(this.#context))),
      ).replace(/[+/=]/g, (c) => (c === '+' ? '-' : c === '/' ? '_' : ''));
      const headers: Record<string, string> = {
        authorization: `Bearer ${this.#o.clientKey}`,
        accept: 'text/event-stream',
      };
      if (this.#lastId !== undefined) headers['last-event-id'] = this.#lastId;
      const f = this.#o.fetch ?? ((url, i) => fetch(url, i));
      const res = await f(`${this.#base}/sdk/v1/stream?context=${context}`, {
        headers,
        signal: abort.signal,
      });
      if (gen !== this.#gen) return void res.body?.cancel().catch(() => undefined);
      if (res.status === 401 || res.status === 403) return this.#refused(res.status, await res.text());
      if (res.status !== 200 || !res.body) throw new Error(`GET /sdk/v1/stream answered ${res.status}`);
      const parser = new SseParser((event) => {
        if (gen === this.#gen) this.#onEvent(event);
      });
      const end = await readEventStream(res.body, parser, {
        signal: abort.signal,
        idleTimeout: IDLE_TIMEOUT,
      });
      if (gen !== this.#gen) return;
      this.#lastId = parser.lastEventId;
      failed = end.kind === 'error';
      if (end.kind === 'error') this.#error(`stream: ${end.error.message}`);
    } catch (e) {
      if (gen !== this.#gen) return;
      this.#down(e);
    }
    // The stream ended or never opened: bridge with one evaluation when nothing fresh is here, and
    // reconnect after a backoff delay.
    if (failed && this.#status !== 'ready') void this.#poll(gen);
    this.#timer = setTimeout(() => void this.#stream(gen), this.#backoff.next());
  }

  #onEvent(e: SseEvent): void {
    try {
      const data = JSON.parse(e.data) as {
        flags?: Record<string, ClientFlagValue>;
        key?: string;
        value?: ClientFlagValue;
      };
      if (e.event === 'put' && data.flags) {
        this.#backoff.reset();
        this.#replace(data.flags);
      } else if ((e.event === 'patch' || e.event === 'delete') && typeof data.key === 'string') {
        const flags = Object.fromEntries(this.#flags);
        if (e.event === 'patch' && data.value) flags[data.key] = data.value;
        else delete flags[data.key];
        this.#replace(flags);
      }
    } catch {
      this.#error(`stream: an unreadable ${e.event} event was skipped`);
    }
  }

  /** Swaps in a whole set of values at once; unchanged flags keep their objects (React snapshots). */
  #replace(next: Record<string, ClientFlagValue>): void {
    const old = this.#flags;
    const flags = new Map<string, ClientFlagValue>();
    const changed: string[] = [];
    for (const [key, value] of Object.entries(next)) {
      const before = old.get(key);
      flags.set(key, before && JSON.stringify(before) === JSON.stringify(value) ? before : value);
      if (!sameValue(before, value)) changed.push(key);
    }
    for (const key of old.keys()) if (!flags.has(key)) changed.push(key);
    this.#flags = flags;
    this.#switching = false;
    this.#cache?.set(this.#context, next);
    this.#settle('ready');
    if (changed.length > 0) this.#emitter.emit('change', { keys: changed });
  }

  #refused(status: number, text: string): void {
    let detail = '';
    try {
      const body = JSON.parse(text) as { detail?: string };
      detail = body.detail ? `: ${body.detail}` : '';
    } catch {
      // not JSON
    }
    this.#error(`the client key was refused (${status})${detail}`);
    this.#gen++;
    this.#settle('failed');
  }

  #down(e: unknown): void {
    this.#error(e instanceof Error ? e.message : String(e));
    if (this.#status === 'ready') this.#setStatus('stale');
  }

  peek(key: string): ClientFlagValue | undefined {
    return this.#flags.get(key);
  }

  getDetail(key: string, defaultValue: Json): FlagDetail<Json> {
    try {
      const f = this.#flags.get(key);
      const mismatch = f !== undefined && defaultValue !== null && typeOf(f.value) !== typeOf(defaultValue);
      this.#events.summaries.record(key, f && !mismatch ? f.variationIndex : undefined);
      if (f === undefined || mismatch) {
        const errorCode = f
          ? 'TYPE_MISMATCH'
          : this.#status === 'ready'
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
    for (const [key, f] of this.#flags) out[key] = f.value;
    return out;
  }

  identify(context: Context): Promise<ClientStatus> {
    try {
      this.#gen++;
      this.#abort?.abort();
      this.#lastId = undefined;
      this.#context = withKey(context, this.#storage, Math.random);
      this.#switching = true;
      const waiting = this.#wait();
      if (this.#started) this.#fetchValues();
      return waiting;
    } catch {
      return Promise.resolve(this.#status);
    }
  }

  track(event: string, value?: number): void {
    try {
      this.#events.track({
        name: event,
        contextKey: String(this.#context.key),
        ...(typeof value === 'number' && Number.isFinite(value) ? { value } : {}),
        timestamp: Date.now(),
      });
    } catch {
      // never at the call site
    }
  }

  flush(): Promise<void> {
    return this.#o.sendEvents === false ? Promise.resolve() : this.#events.flush();
  }

  on<E extends keyof ClientEvents>(event: E, listener: (payload: ClientEvents[E]) => void): () => void {
    return this.#emitter.on(event, listener);
  }

  async close(): Promise<void> {
    this.#gen++;
    this.#started = false;
    this.#abort?.abort();
    clearTimeout(this.#timer);
    clearInterval(this.#flushTimer);
    page.removeEventListener?.('pagehide', this.#onHide);
    page.document?.removeEventListener?.('visibilitychange', this.#onHide);
    this.#settle('closed');
    await this.flush();
  }
}

/** Creates a browser client and starts fetching values (see {@link ClientOptions}). */
export function createClient(options: ClientOptions): Client {
  return new BrowserClient(options) as unknown as Client;
}
