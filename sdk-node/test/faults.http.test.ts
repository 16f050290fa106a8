// Faults over real sockets and the real fetch: a small proxy in front of the real API that can cut the
// event stream in the middle of an event, answer 500s, or hang. (The same faults run without sockets in
// client-sync.test.ts; these prove them through undici and TCP.)
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { createClient } from '../src/client.ts';
import type { Client } from '../src/client.ts';
import type { ErrorEvent } from '../src/types.ts';
import { until } from './fake-api.ts';

type Mode = 'pass' | 'cut-next-patch' | '500' | 'hang';

interface Proxy {
  url: string;
  mode: Mode;
  /** Answer GET /sdk/v1/config with 503, so a change can only arrive over the stream. */
  failConfig: boolean;
  requests: { path: string; lastEventId: string | undefined; at: number }[];
  /** Destroys every open connection (the listening socket stays). */
  dropAll(): void;
  close(): Promise<void>;
}

async function startProxy(upstream: string): Promise<Proxy> {
  const sockets = new Set<Socket>();
  const proxy: Proxy = {
    url: '',
    mode: 'pass',
    failConfig: false,
    requests: [],
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
          res.write(text.slice(0, Math.floor(text.length / 2)));
          setTimeout(() => req.socket.destroy(), 20);
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

let fx: ApiFixture;
let proxy: Proxy;
let key: string;
const clients: Client[] = [];

beforeAll(async () => {
  fx = await startApiFixture();
  proxy = await startProxy(fx.url);
  const res = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/staging/sdk-keys', {
    body: { kind: 'server', name: 'faults' },
  });
  key = res.body.key;
}, 120_000);
// Each test counts requests: no client of an earlier test may still be reconnecting.
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  proxy.mode = 'pass';
  proxy.failConfig = false;
});
afterAll(async () => {
  await proxy?.close();
  await fx?.close();
}, 60_000);

function start(extra: Parameters<typeof createClient>[0] = {}) {
  const client = createClient({
    sdkKey: key,
    baseUrl: proxy.url,
    sendEvents: false,
    initialBackoff: 100,
    maxBackoff: 400,
    ...extra,
  });
  clients.push(client);
  const errors: ErrorEvent[] = [];
  client.on('error', (e) => errors.push(e));
  return { client, errors };
}

const streamRequests = () => proxy.requests.filter((r) => r.path.startsWith('/sdk/v1/stream'));

describe('faults through a proxy', () => {
  it('stream cut mid-event: reconnects with Last-Event-ID and the change is not lost', async () => {
    proxy.mode = 'pass';
    const { client, errors } = start();
    await client.ready({ timeout: 10_000 });
    const version = client.version!;
    const before = streamRequests().length;
    proxy.mode = 'cut-next-patch';
    proxy.failConfig = true; // the poll that starts when the stream drops must not bring the change
    const res = await fx.call(
      'owner',
      'PATCH',
      '/api/v1/projects/demo/flags/new-checkout/environments/staging',
      {
        body: { actions: [{ kind: 'turnOff' }] },
      },
    );
    expect(res.status).toBe(200);
    await until(() => (client.version ?? 0) > version, 10_000, 'the change after the cut');
    expect(client.evaluate('new-checkout', 'u')).toMatchObject({ reason: 'DISABLED' });
    const reconnect = streamRequests()[before];
    expect(reconnect?.lastEventId).toBe(String(version));
    expect(errors.some((e) => e.kind === 'stream')).toBe(true);
    expect(errors.some((e) => e.kind === 'payload')).toBe(false); // the half event was never parsed
  });

  it('500s: backoff, not a retry storm; the last good ruleset keeps serving', async () => {
    proxy.mode = 'pass';
    const { client } = start({ pollInterval: 60_000 });
    await client.ready({ timeout: 10_000 });
    const served = client.evaluate('checkout-flow', 'u').value;
    proxy.mode = '500';
    const from = proxy.requests.length;
    proxy.dropAll(); // the open stream dies; every reconnect meets the 500s
    await new Promise((r) => setTimeout(r, 2_000));
    const attempts = proxy.requests.slice(from).filter((r) => r.path.startsWith('/sdk/v1/stream')).length;
    // Delays of 50–100, 100–200, 200–400, then 200–400 ms: about 6–10 in 2 s; a storm would be hundreds.
    expect(attempts).toBeGreaterThanOrEqual(3);
    expect(attempts).toBeLessThanOrEqual(12);
    expect(client.status).toBe('stale');
    expect(client.evaluate('checkout-flow', 'u').value).toEqual(served);
  });

  it('timeouts (a server that never answers) back off too, and ready() still resolves', async () => {
    proxy.mode = 'hang';
    const from = proxy.requests.length;
    const { client, errors } = start({ requestTimeout: 200 });
    expect(await client.ready({ timeout: 500 })).toMatchObject({ ok: false, status: 'timeout' });
    await new Promise((r) => setTimeout(r, 1_500));
    const attempts = proxy.requests.slice(from).filter((r) => r.path.startsWith('/sdk/v1/stream')).length;
    expect(attempts).toBeLessThanOrEqual(6);
    expect(errors.some((e) => /timed out after 200 ms/.test(e.message))).toBe(true);
    proxy.mode = 'pass';
  });
});
