// Faults over real sockets and the real fetch: a small proxy in front of the real API that can cut the
// event stream in the middle of an event, answer 500s, or hang. (The same faults run without sockets in
// client-sync.test.ts; these prove them through undici and TCP.)
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { createClient } from '../src/client.ts';
import type { Client } from '../src/client.ts';
import type { ErrorEvent } from '../src/types.ts';
import { until } from './fake-api.ts';
import { startProxy } from './fault-proxy.ts';
import type { Proxy } from './fault-proxy.ts';

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
