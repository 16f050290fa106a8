// PROVIDER_STALE through the real OpenFeature server SDK, the real API and real sockets: the fault proxy
// cuts the connection (stream and polls), and the provider status follows the client's.
import { OpenFeature, ProviderEvents, ProviderStatus } from '@openfeature/server-sdk';
import type { Client as OpenFeatureClient, EventDetails } from '@openfeature/server-sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { createClient } from '../src/client.ts';
import type { Client } from '../src/client.ts';
import { FfProvider } from '../src/openfeature.ts';
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
  const res = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/development/sdk-keys', {
    body: { kind: 'server', name: 'openfeature-stale' },
  });
  key = res.body.key;
}, 120_000);
afterEach(async () => {
  await OpenFeature.close();
  await Promise.all(clients.splice(0).map((c) => c.close()));
  proxy.mode = 'pass';
  proxy.failConfig = false;
});
afterAll(async () => {
  await proxy?.close();
  await fx?.close();
}, 60_000);

/** An ff client through the proxy, behind an FfProvider bound to its own OpenFeature domain. */
async function openFeatureClient(domain: string): Promise<{ client: Client; of: OpenFeatureClient }> {
  const client = createClient({
    sdkKey: key,
    baseUrl: proxy.url,
    sendEvents: false,
    initialBackoff: 100,
    maxBackoff: 400,
    pollInterval: 200,
  });
  clients.push(client);
  await OpenFeature.setProviderAndWait(domain, new FfProvider(client));
  return { client, of: OpenFeature.getClient(domain) };
}

/**
 * The next `type` event of `of`. OpenFeature runs a READY/STALE/ERROR handler at once when the provider is
 * already in that state, so waiting for READY while READY resolves immediately.
 */
function next(
  of: OpenFeatureClient,
  type: ProviderEvents,
  timeout = 15_000,
): Promise<EventDetails | undefined> {
  return new Promise((resolve, reject) => {
    const handler = (details?: EventDetails) => {
      clearTimeout(timer);
      of.removeHandler(type, handler);
      resolve(details);
    };
    const timer = setTimeout(() => {
      of.removeHandler(type, handler);
      reject(new Error(`no ${type} within ${timeout} ms (provider status ${of.providerStatus})`));
    }, timeout);
    of.addHandler(type, handler);
  });
}

async function toggle(flag: string, kind: 'turnOn' | 'turnOff'): Promise<void> {
  const res = await fx.call(
    'owner',
    'PATCH',
    `/api/v1/projects/demo/flags/${flag}/environments/development`,
    {
      body: { actions: [{ kind }] },
    },
  );
  expect(res.status).toBe(200);
}

describe('FfProvider and a lost connection', () => {
  it('cut: PROVIDER_STALE and status STALE, the last ruleset still served; back: PROVIDER_READY and the new values', async () => {
    const { client, of } = await openFeatureClient('stale-then-ready');
    expect(of.providerStatus).toBe(ProviderStatus.READY);
    const user = { targetingKey: 'user-42' };
    const before = await of.getBooleanDetails('new-checkout', false, user);
    expect(before).toMatchObject({ value: true, reason: 'DEFAULT', variant: 'on' });

    const stale = next(of, ProviderEvents.Stale);
    proxy.mode = '500'; // reconnects and polls all fail
    proxy.dropAll(); // the open stream dies
    const details = await stale;
    expect(details?.message).toMatch(/stream lost .*poll failed \(GET \/sdk\/v1\/config answered 500\)/);
    expect(of.providerStatus).toBe(ProviderStatus.STALE);
    expect(client.status).toBe('stale');

    // A change the client cannot see yet: the last known ruleset keeps serving, with its own reason.
    await toggle('new-checkout', 'turnOff');
    expect(await of.getBooleanDetails('new-checkout', false, user)).toEqual(before);

    const ready = next(of, ProviderEvents.Ready);
    const changed = next(of, ProviderEvents.ConfigurationChanged);
    proxy.mode = 'pass';
    await ready;
    expect(of.providerStatus).toBe(ProviderStatus.READY);
    expect((await changed)?.flagsChanged).toContain('new-checkout');
    expect(await of.getBooleanDetails('new-checkout', true, user)).toMatchObject({
      value: false,
      reason: 'DISABLED',
      variant: 'off',
    });
    expect(client.status).toBe('ready');
  });

  it('a cut stream with a reachable server is not stale: no PROVIDER_STALE, and changes keep arriving', async () => {
    const { client, of } = await openFeatureClient('stream-recycled');
    const events: string[] = [];
    for (const type of [ProviderEvents.Stale, ProviderEvents.Error, ProviderEvents.Ready])
      of.addHandler(type, () => events.push(type));
    events.length = 0; // READY ran at once (the provider was ready when the handler was added)
    const from = proxy.requests.length;
    const version = client.version!;
    const since = (path: string) => proxy.requests.slice(from).filter((r) => r.path.startsWith(path));

    proxy.dropAll(); // a load balancer recycling the connection: the poll that follows it succeeds
    await until(() => since('/sdk/v1/config').length > 0, 10_000, 'the poll after the cut');
    await until(() => since('/sdk/v1/stream').length > 0, 10_000, 'the reconnection');
    const changed = next(of, ProviderEvents.ConfigurationChanged);
    await toggle('checkout-flow', 'turnOff');
    expect((await changed)?.flagsChanged).toContain('checkout-flow');
    expect(client.version).toBeGreaterThan(version);
    expect(events).toEqual([]);
    expect(of.providerStatus).toBe(ProviderStatus.READY);
    expect(await of.getStringDetails('checkout-flow', 'x', { targetingKey: 'u' })).toMatchObject({
      value: 'multi-step',
      reason: 'DISABLED',
    });
  });
});
