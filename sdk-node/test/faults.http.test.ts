// Faults over real sockets and the real fetch: a small proxy in front of the real API that can cut the
// event stream in the middle of an event, answer 500s, or hang. (The same faults run without sockets in
// client-sync.test.ts; these prove them through undici and TCP.)
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client.ts';
import type { ErrorEvent } from '../src/types.ts';
import { until } from './fake-api.ts';
import { proxiedApi } from './fault-proxy.ts';

const api = proxiedApi('staging', 'faults');
const clients = api.clients;

function start(extra: Parameters<typeof createClient>[0] = {}) {
  const client = createClient({
    sdkKey: api.key,
    baseUrl: api.proxy.url,
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

const streamRequests = () => api.proxy.requests.filter((r) => r.path.startsWith('/sdk/v1/stream'));

describe('faults through a proxy', () => {
  it('stream cut mid-event: reconnects with Last-Event-ID and the change is not lost', async () => {
    api.proxy.mode = 'pass';
    const { client, errors } = start();
    await client.ready({ timeout: 10_000 });
    const version = client.version!;
    const before = streamRequests().length;
    api.proxy.mode = 'cut-next-patch';
    api.proxy.failConfig = true; // the poll that starts when the stream drops must not bring the change
    const res = await api.fx.call(
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
    api.proxy.mode = 'pass';
    const { client } = start({ pollInterval: 60_000 });
    await client.ready({ timeout: 10_000 });
    const served = client.evaluate('checkout-flow', 'u').value;
    api.proxy.mode = '500';
    const from = api.proxy.requests.length;
    api.proxy.dropAll(); // the open stream dies; every reconnect meets the 500s
    await new Promise((r) => setTimeout(r, 2_000));
    const attempts = api.proxy.requests.slice(from).filter((r) => r.path.startsWith('/sdk/v1/stream')).length;
    // Delays of 50–100, 100–200, 200–400, then 200–400 ms: about 6–10 in 2 s; a storm would be hundreds.
    expect(attempts).toBeGreaterThanOrEqual(3);
    expect(attempts).toBeLessThanOrEqual(12);
    expect(client.status).toBe('stale');
    expect(client.evaluate('checkout-flow', 'u').value).toEqual(served);
  });

  it('timeouts (a server that never answers) back off too, and ready() still resolves', async () => {
    api.proxy.mode = 'hang';
    const from = api.proxy.requests.length;
    const { client, errors } = start({ requestTimeout: 200 });
    expect(await client.ready({ timeout: 500 })).toMatchObject({ ok: false, status: 'timeout' });
    await new Promise((r) => setTimeout(r, 1_500));
    const attempts = api.proxy.requests.slice(from).filter((r) => r.path.startsWith('/sdk/v1/stream')).length;
    expect(attempts).toBeLessThanOrEqual(6);
    expect(errors.some((e) => /timed out after 200 ms/.test(e.message))).toBe(true);
    api.proxy.mode = 'pass';
  });
});
