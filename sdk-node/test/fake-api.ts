// A scripted stand-in for the SDK endpoints, as a `fetch` function: pure tests drive the client through
// the protocol without sockets. Integration tests use the real API (see *.http.test.ts).
import { vi } from 'vitest';
import { createClient } from '../src/client.ts';
import type { Client } from '../src/client.ts';
import type { FetchLike } from '../src/http.ts';
import type { ClientOptions } from '../src/options.ts';

/** One open stream the test can write to, cut, or end. */
export interface FakeStream {
  readonly lastEventId: string | undefined;
  /** Sends raw event-stream text. */
  write(text: string): void;
  /** Sends one event. */
  send(event: string, data: unknown, id?: number): void;
  /** Ends the response normally. */
  end(): void;
  /** Breaks the connection (a network error while reading). */
  cut(): void;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'network-error' | 'hang';

export interface FakeApi {
  readonly fetch: FetchLike;
  /** Every request, in order: method, path and headers. */
  readonly requests: {
    method: string;
    path: string;
    headers: Headers;
    body: string | undefined;
    at: number;
  }[];
  /** Streams opened so far, in order. */
  readonly streams: FakeStream[];
  /** What GET /sdk/v1/stream answers; default: 200 with an open stream. */
  stream: (n: number) => Reply | 'open';
  /** What GET /sdk/v1/config answers (default 500). */
  config: (headers: Headers) => Reply;
  /** What POST /sdk/v1/events answers (default 202). */
  events: () => Reply;
  /**
   * Resolves when the n-th stream (1-based) opens (at once if it already has). `timeout` (real ms) only
   * bounds a failure: under fake timers, advance the clock instead of waiting for a reconnect.
   */
  waitForStream(n: number, timeout?: number): Promise<FakeStream>;
  count(path: string): number;
}

const encoder = new TextEncoder();

function abortError(): Error {
  return Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
}

export function fakeApi(): FakeApi {
  // Told of every stream that opens, so waiting for one is waiting for an event, not polling a clock.
  const opened = new Set<() => void>();
  const api: FakeApi = {
    requests: [],
    streams: [],
    stream: () => 'open',
    config: () => ({ status: 500 }),
    events: () => ({ status: 202 }),
    fetch: async (input, init) => {
      const url = new URL(input);
      const headers = new Headers(init.headers);
      const body = typeof init.body === 'string' ? init.body : undefined;
      api.requests.push({ method: init.method ?? 'GET', path: url.pathname, headers, body, at: Date.now() });
      const signal = init.signal ?? undefined;
      if (signal?.aborted) throw abortError();
      const reply =
        url.pathname === '/sdk/v1/stream'
          ? api.stream(api.requests.filter((r) => r.path === url.pathname).length)
          : url.pathname === '/sdk/v1/config'
            ? api.config(headers)
            : url.pathname === '/sdk/v1/events'
              ? api.events()
              : { status: 404 };
      if (reply === 'network-error')
        throw new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
      if (reply === 'hang') {
        return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(abortError())));
      }
      if (reply === 'open') {
        const res = openStream(api, headers, signal);
        for (const check of [...opened]) check();
        return res;
      }
      const text = reply.body === undefined ? null : JSON.stringify(reply.body);
      return new Response(reply.status === 304 ? null : text, {
        status: reply.status,
        headers: { 'content-type': 'application/json', ...reply.headers },
      });
    },
    waitForStream(n, timeout = 10_000) {
      return new Promise((resolve, reject) => {
        // AbortSignal.timeout runs on Node's own timers, which fake timers leave alone.
        const guard = AbortSignal.timeout(timeout);
        const done = () => {
          opened.delete(check);
          guard.removeEventListener('abort', fail);
        };
        const check = () => {
          if (api.streams.length < n) return;
          done();
          resolve(api.streams[n - 1]!);
        };
        const fail = () => {
          done();
          reject(new Error(`stream ${n} never opened (${api.streams.length} so far)`));
        };
        opened.add(check);
        guard.addEventListener('abort', fail);
        check();
      });
    },
    count: (path) => api.requests.filter((r) => r.path === path).length,
  };
  return api;
}

function openStream(api: FakeApi, headers: Headers, signal: AbortSignal | undefined): Response {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
    cancel: () => {
      open = false;
    },
  });
  signal?.addEventListener('abort', () => {
    if (open) controller.error(abortError());
    open = false;
  });
  const stream: FakeStream = {
    lastEventId: headers.get('last-event-id') ?? undefined,
    write: (text) => {
      if (open) controller.enqueue(encoder.encode(text));
    },
    send: (event, data, id) =>
      stream.write(
        `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`,
      ),
    end: () => {
      if (open) controller.close();
      open = false;
    },
    cut: () => {
      if (open) controller.error(new TypeError('terminated'));
      open = false;
    },
  };
  api.streams.push(stream);
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

/**
 * Resolves once `check` holds, looking again at every event the client emits (a change, a status, an
 * error). So `check` must be about what those events announce: flag values, status, errors; not the bare
 * version, which a change that leaves every flag as it was moves silently. For real-timer tests against a
 * real API; `timeout` (real ms) only bounds a failure.
 */
export function whenClient(
  client: Client,
  check: () => boolean,
  what = 'condition',
  timeout = 20_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const guard = AbortSignal.timeout(timeout);
    const offs = (['change', 'status', 'error'] as const).map((event) => client.on(event, () => look()));
    const done = () => {
      for (const off of offs) off();
      guard.removeEventListener('abort', fail);
    };
    const look = () => {
      if (!check()) return;
      done();
      resolve();
    };
    const fail = () => {
      done();
      reject(new Error(`timed out waiting for ${what}`));
    };
    guard.addEventListener('abort', fail);
    look();
  });
}

/**
 * Under fake timers (`vi.useFakeTimers()`): moves the clock `ms` on, running every timer that falls due
 * and every promise those settle, so the client has done all it would do in that time.
 */
export const tick = (ms = 0): Promise<unknown> => vi.advanceTimersByTimeAsync(ms);

/** Waits until `check` holds (polling every 5 ms, on real timers), or throws after `timeout` ms. */
export async function until(check: () => boolean, timeout = 5_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A client of `api` with retry timings short enough for tests, added to `clients` for closing. */
export function clientOf(api: FakeApi, clients: Client[], extra: ClientOptions = {}): Client {
  const client = createClient({
    sdkKey: 'ff_srv_test',
    baseUrl: 'http://ff.test/',
    fetch: api.fetch,
    initialBackoff: 40,
    maxBackoff: 400,
    pollInterval: 60_000,
    sendEvents: false,
    ...extra,
  });
  clients.push(client);
  return client;
}
