// A scripted API for the client's unit tests: `fetch` answers from handlers, and stream responses are
// ReadableStreams the test writes SSE text into, so time and events are the test's to drive.
import type { ClientFlagValue, StorageLike } from '../src/types.ts';

export interface Request {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
  keepalive: boolean | undefined;
}

export interface OpenStream {
  url: string;
  context: unknown;
  lastEventId: string | undefined;
  send(event: string, data: unknown, id?: number): void;
  end(): void;
  aborted: boolean;
}

export function flag(value: ClientFlagValue['value'], variationIndex = 0, variant?: string): ClientFlagValue {
  return { value, variationIndex, variant: variant ?? `v${variationIndex}`, reason: 'FALLTHROUGH' };
}

export function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const decodeContext = (url: string) => {
  const c = new URL(url).searchParams.get('context');
  return c === null ? undefined : JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
};

export function fakeApi(opts: {
  evaluate?: (context: unknown) => { status: number; body?: unknown };
  stream?: 'open' | number;
}) {
  const requests: Request[] = [];
  const streams: OpenStream[] = [];
  const waiting: ((s: OpenStream) => void)[] = [];
  let claimed = 0;
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    requests.push({ url, method: init.method ?? 'GET', headers, body, keepalive: init.keepalive });
    const path = new URL(url).pathname;
    if (path === '/sdk/v1/stream') {
      const mode = opts.stream ?? 'open';
      if (mode !== 'open') return new Response('{"detail":"nope"}', { status: mode });
      let controller!: ReadableStreamDefaultController<Uint8Array>;
      const rs = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
      const s: OpenStream = {
        url,
        context: decodeContext(url),
        lastEventId: headers['last-event-id'],
        aborted: false,
        send(event, data, id) {
          const text = `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
          controller.enqueue(new TextEncoder().encode(text));
        },
        end: () => controller.close(),
      };
      init.signal?.addEventListener('abort', () => {
        s.aborted = true;
        try {
          controller.error(new Error('aborted'));
        } catch {
          // already closed
        }
      });
      streams.push(s);
      const w = waiting.shift();
      if (w) {
        claimed = streams.length;
        w(s);
      }
      return new Response(rs, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    }
    if (path === '/sdk/v1/evaluate') {
      const r = opts.evaluate?.((body as { context: unknown }).context) ?? { status: 500 };
      return new Response(r.body === undefined ? null : JSON.stringify(r.body), { status: r.status });
    }
    if (path === '/sdk/v1/events') return new Response(null, { status: 202 });
    return new Response(null, { status: 404 });
  };
  return {
    fetch,
    requests,
    streams,
    /** The next stream the client opens (or the newest one no test has taken yet). */
    nextStream(): Promise<OpenStream> {
      if (claimed < streams.length) {
        claimed = streams.length;
        return Promise.resolve(streams[streams.length - 1]!);
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
