// PROVIDER_STALE through the real OpenFeature server SDK, the real API and real sockets: the fault proxy
// cuts the connection (stream and polls), and the provider status follows the client's.
import { OpenFeature, ProviderEvents, ProviderStatus } from '@openfeature/server-sdk';
import type { Client as OpenFeatureClient, EventDetails } from '@openfeature/server-sdk';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client.ts';
import type { Client } from '../src/client.ts';
import { FfProvider } from '../src/openfeature.ts';
import { until } from './fake-api.ts';
import { proxiedApi } from './fault-proxy.ts';

const api = proxiedApi('development', 'openfeature-stale', () => OpenFeature.close());
const clients = api.clients;

/** An ff client through the proxy, behind an FfProvider bound to its own OpenFeature domain. */
async function openFeatureClient(domain: string): Promise<{ client: Client; of: OpenFeatureClient }> {
  const client = createClient({
    sdkKey: api.key,
    baseUrl: api.proxy.url,
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
  const res = await api.fx.call(
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
    api.proxy.mode = '500'; // reconnects and polls all fail
    api.proxy.dropAll(); // the open stream dies
    const details = await stale;
    expect(details?.message).toMatch(/stream lost .*poll failed \(GET \/sdk\/v1\/config answered 500\)/);
    expect(of.providerStatus).toBe(ProviderStatus.STALE);
    expect(client.status).toBe('stale');

    // A change the client cannot see yet: the last known ruleset keeps serving, with its own reason.
    await toggle('new-checkout', 'turnOff');
    expect(await of.getBooleanDetails('new-checkout', false, user)).toEqual(before);

    const ready = next(of, ProviderEvents.Ready);
    const changed = next(of, ProviderEvents.ConfigurationChanged);
    api.proxy.mode = 'pass';
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
    const from = api.proxy.requests.length;
    const version = client.version!;
    const since = (path: string) => api.proxy.requests.slice(from).filter((r) => r.path.startsWith(path));

    api.proxy.dropAll(); // a load balancer recycling the connection: the poll that follows it succeeds
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
