// @ff/sdk-browser/openfeature with the real @openfeature/web-sdk against the real API (PGlite, or Postgres
// with DATABASE_URL): values and OpenFeature reasons through the web SDK's client, a change made through
// the management API arriving over the stream as PROVIDER_CONFIGURATION_CHANGED, setContext reconciled
// through identify, and an unknown flag answered with FLAG_NOT_FOUND.
import { OpenFeature, ProviderEvents } from '@openfeature/web-sdk';
import type { EventDetails } from '@openfeature/web-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { FfWebProvider } from '../src/openfeature.ts';
import { memoryStorage } from './fake-api.ts';

const tunables = { FF_SSE_HEARTBEAT_MS: '200', FF_SSE_KEY_CHECK_MS: '100' };
let fx: ApiFixture;
let provider: FfWebProvider;
let key: string;

beforeAll(async () => {
  Object.assign(process.env, tunables);
  fx = await startApiFixture();
  const res = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/staging/sdk-keys', {
    body: { kind: 'client', name: 'openfeature web' },
  });
  expect(res.status).toBe(201);
  key = res.body.key as string;
  provider = new FfWebProvider({
    clientKey: key,
    baseUrl: fx.url,
    storage: memoryStorage(),
    flushInterval: 3_600_000,
  });
  await OpenFeature.setProviderAndWait(provider, { targetingKey: 'user-ada', email: 'ada@example.com' });
}, 120_000);
afterAll(async () => {
  await OpenFeature.close();
  await fx?.close();
  for (const k of Object.keys(tunables)) delete process.env[k];
}, 60_000);

const turn = async (flag: string, on: boolean) => {
  const res = await fx.call('owner', 'PATCH', `/api/v1/projects/demo/flags/${flag}/environments/staging`, {
    body: { actions: [{ kind: on ? 'turnOn' : 'turnOff' }] },
  });
  expect(res.status).toBe(200);
};

describe('FfWebProvider with @openfeature/web-sdk against the real API', () => {
  it('serves the streamed values with OpenFeature reasons, and an unknown flag as FLAG_NOT_FOUND', async () => {
    const of = OpenFeature.getClient();
    const detail = of.getBooleanDetails('new-checkout', true);
    expect(detail.value).toBe(false);
    expect(detail.reason).toBe('DISABLED');
    expect(detail.flagMetadata.ffReason).toBe('DISABLED');
    expect(provider.client.context.key).toBe('user-ada');
    const missing = of.getStringDetails('no-such-flag', 'fallback');
    expect(missing).toMatchObject({ value: 'fallback', reason: 'ERROR', errorCode: 'FLAG_NOT_FOUND' });
  });

  it('emits ConfigurationChanged when a change arrives over the stream', async () => {
    const of = OpenFeature.getClient();
    const changed = new Promise<EventDetails>((resolve) =>
      of.addHandler(ProviderEvents.ConfigurationChanged, (d) => resolve(d as EventDetails)),
    );
    await turn('new-checkout', true);
    expect((await changed).flagsChanged).toEqual(['new-checkout']);
    expect(of.getBooleanValue('new-checkout', false)).toBe(true);
    await turn('new-checkout', false);
  });

  it('reconciles a new context through identify', async () => {
    await OpenFeature.setContext({ targetingKey: 'user-grace', plan: 'pro' });
    expect(provider.client.context).toMatchObject({ key: 'user-grace', plan: 'pro' });
    const evaluated = await fetch(`${fx.url}/sdk/v1/evaluate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ context: { key: 'user-grace', plan: 'pro' } }),
    });
    const { flags } = (await evaluated.json()) as { flags: Record<string, { value: unknown }> };
    const of = OpenFeature.getClient();
    for (const [flag, { value }] of Object.entries(flags)) {
      expect(of.getObjectValue(flag, null as never)).toEqual(value);
    }
  });
});
