// A proxy in front of the real API over real sockets, for fault tests: it can cut the event stream in the
// middle of an event, answer 500s, hang, fail the config endpoint, or drop every open connection.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import type { Client } from '../src/client.ts';

/** A request as it reached the proxy (`at`: Date.now() on arrival). */
export interface ProxiedRequest {
  path: string;
  lastEventId: string | undefined;
  at: number;
}

/** What the proxy does with each request. */
export type Mode = 'pass' | 'cut-next-patch' | '500' | 'hang';

export interface Proxy {
  url: string;
  mode: Mode;
  /** Answer GET /sdk/v1/config with 503, so a change can only arrive over the stream. */
  failConfig: boolean;
  requests: ProxiedRequest[];
  /**
   * Resolves with the requests whose path starts with `prefix`, from index `from` of `requests` on, once
   * there are `count` of them (at once if there already are). `timeout` (ms) only bounds a failure.
   */
  waitForRequests(prefix: string, count: number, from?: number, timeout?: number): Promise<ProxiedRequest[]>;
  /** Destroys every open connection (the listening socket stays). */
  dropAll(): void;
  close(): Promise<void>;
}

/** Starts a proxy to `upstream` on a free port of 127.0.0.1, passing everything through. */
export async function startProxy(upstream: string): Promise<Proxy> {
  const sockets = new Set<Socket>();
  // Told of every request, so a test waits for requests to arrive rather than for time to pass.
  const arrived = new Set<() => void>();
  const proxy: Proxy = {
    url: '',
    mode: 'pass',
    failConfig: false,
    requests: [],
    waitForRequests: (prefix, count, from = 0, timeout = 20_000) =>
      new Promise((resolve, reject) => {
        const matching = () => proxy.requests.slice(from).filter((r) => r.path.startsWith(prefix));
        const guard = AbortSignal.timeout(timeout);
        const done = () => {
          arrived.delete(check);
          guard.removeEventListener('abort', fail);
        };
        const check = () => {
          const hits = matching();
          if (hits.length < count) return;
          done();
          resolve(hits);
        };
        const fail = () => {
          done();
          reject(new Error(`${matching().length} of ${count} requests to ${prefix} arrived`));
        };
        arrived.add(check);
        guard.addEventListener('abort', fail);
        check();
      }),
    dropAll: () => {
      for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((req, res) => {
    const lastEventId = req.headers['last-event-id'];
    proxy.requests.push({ path: req.url!, lastEventId: lastEventId as string | undefined, at: Date.now() });
    for (const check of [...arrived]) check();
    if (proxy.failConfig && req.url!.startsWith('/sdk/v1/config')) return res.writeHead(503).end();
    if (proxy.mode === '500') return res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
    if (proxy.mode === 'hang') return; // never answers
    const target = new URL(req.url!, upstream);
    const up = http.request(target, { method: req.method, headers: req.headers }, (upRes) => {
      res.writeHead(upRes.statusCode!, upRes.headers);
      res.flushHeaders();
      upRes.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        if (proxy.mode === 'cut-next-patch' && text.includes('event: patch')) {
          // Half of the event reaches the client, then the connection dies.
          proxy.mode = 'pass';
          // Destroyed once the half is handed to the socket, so it is sent before the connection dies.
          // Destroyed once the half is handed to the socket, so it is sent before the connection dies.
          res.write(text.slice(0, Math.floor(text.length / 2)), () => req.socket.destroy());
          upRes.destroy();
          return;
        }
        res.write(chunk);
      });
      upRes.on('end', () => res.end());
      upRes.on('error', () => res.destroy());
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
    res.on('close', () => up.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

/** The real API, the proxy in front of it, and a server key; filled in before the suite's tests run. */
export interface ProxiedApi {
  fx: ApiFixture;
  proxy: Proxy;
  key: string;
  /** Clients a test starts: closed after each test. */
  clients: Client[];
}

/**
 * Registers the hooks of a fault suite: the API and the proxy start once, with a server key of the demo's
 * `env`; after each test its clients are closed (no client of an earlier test may still be reconnecting
 * while the next counts requests) and the proxy passes everything again.
 */
export function proxiedApi(env: string, keyName: string, afterEachTest?: () => Promise<void>): ProxiedApi {
  const api = { clients: [] as Client[] } as ProxiedApi;
  beforeAll(async () => {
    api.fx = await startApiFixture();
    api.proxy = await startProxy(api.fx.url);
    const res = await api.fx.call('owner', 'POST', `/api/v1/projects/demo/environments/${env}/sdk-keys`, {
      body: { kind: 'server', name: keyName },
    });
    api.key = res.body.key;
  }, 120_000);
  afterEach(async () => {
    await afterEachTest?.();
    await Promise.all(api.clients.splice(0).map((c) => c.close()));
    api.proxy.mode = 'pass';
    api.proxy.failConfig = false;
  });
  afterAll(async () => {
    await api.proxy?.close();
    await api.fx?.close();
  }, 60_000);
  return api;
}
