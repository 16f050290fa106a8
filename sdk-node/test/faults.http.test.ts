// Faults over real sockets and the real fetch: a small proxy in front of the real API that can cut the
// event stream in the middle of an event, answer 500s, or hang. (The same faults run without sockets in
// client-sync.test.ts; these prove them through undici and TCP.)
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client.ts';
import type { ErrorEvent } from '../src/types.ts';
import { whenClient } from './fake-api.ts';
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

/**
 * Times between consecutive arrivals at the proxy. Each is at least the client's backoff delay, however
 * busy the machine: the client starts that delay only after the proxy has seen and answered the request.
 */
const gaps = (requests: { at: number }[]) => requests.slice(1).map((r, i) => r.at - requests[i]!.at);

/** The shortest wait before reconnect i (0-based) with initialBackoff 100, maxBackoff 400: half its ceiling. */
const floor = (i: number) => Math.min(400, 100 * 2 ** i) / 2;

// Node may run a timer a millisecond early (it rounds the start time); Date.now() rounds too.
const clockSlack = 2;

describe('faults through a proxy', () => {
  it('stream cut mid-event: reconnects with Last-Event-ID and the change is not lost', async () => {
    api.proxy.mode = 'pass';
    const { client, errors } = start();
    await client.ready({ timeout: 10_000 });
    const version = client.version!;
    const before = streamRequests().length;
    api.proxy.mode = 'cut-next-patch';
    api.proxy.failConfig = true; // the poll that starts when the stream drops must not bring the change
    // checkout-flow is on in the demo's staging: turning it off is a change the client can be seen to get.
    const disabled = () => client.evaluate('checkout-flow', 'u').reason === 'DISABLED';
    expect(disabled()).toBe(false);
    const res = await api.fx.call(
      'owner',
      'PATCH',
      '/api/v1/projects/demo/flags/checkout-flow/environments/staging',
      {
        body: { actions: [{ kind: 'turnOff' }] },
      },
    );
    expect(res.status).toBe(200);
    await whenClient(client, disabled, 'the change after the cut');
    expect(client.version).toBe(version + 1);
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
    const attempts = await api.proxy.waitForRequests('/sdk/v1/stream', 5, from);
    // Delays of 50–100, 100–200, 200–400, then 200–400 ms between attempts; a storm would have none.
    gaps(attempts).forEach((ms, i) =>
      expect(ms, `reconnect ${i + 1}`).toBeGreaterThanOrEqual(floor(i) - clockSlack),
    );
    await whenClient(client, () => client.status === 'stale', 'stale');
    expect(client.evaluate('checkout-flow', 'u').value).toEqual(served);
  });

  it('timeouts (a server that never answers) back off too, and ready() still resolves', async () => {
    api.proxy.mode = 'hang';
    const from = api.proxy.requests.length;
    const { client, errors } = start({ requestTimeout: 200 });
    expect(await client.ready({ timeout: 500 })).toMatchObject({ ok: false, status: 'timeout' });
    // Each attempt is given up after 200 ms and followed by a backoff delay before the next.
    const attempts = await api.proxy.waitForRequests('/sdk/v1/stream', 4, from);
    gaps(attempts).forEach((ms, i) =>
      expect(ms, `reconnect ${i + 1}`).toBeGreaterThanOrEqual(floor(i) - clockSlack),
    );
    expect(errors.some((e) => /timed out after 200 ms/.test(e.message))).toBe(true);
    api.proxy.mode = 'pass';
  });
});
