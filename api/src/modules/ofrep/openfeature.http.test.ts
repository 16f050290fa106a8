// The real OpenFeature SDKs from npm evaluate the demo flags through OFREP against a listening API:
// @openfeature/server-sdk with @openfeature/ofrep-provider (one request per evaluation, server key), and
// @openfeature/web-sdk with @openfeature/ofrep-web-provider (bulk fetch per context, client key).
import { OFREPProvider } from '@openfeature/ofrep-provider';
import { OFREPWebProvider } from '@openfeature/ofrep-web-provider';
import { OpenFeature as ServerOpenFeature } from '@openfeature/server-sdk';
import { OpenFeature as WebOpenFeature } from '@openfeature/web-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { createKey } from '../sdk/test-helpers.ts';

let fx: ApiFixture;
let server: string;
let client: string;
beforeAll(async () => {
  fx = await startApiFixture();
  server = (await createKey(fx, 'staging', 'server')).secret;
  client = (await createKey(fx, 'staging', 'client')).secret;
}, 60_000);
afterAll(async () => {
  await ServerOpenFeature.close();
  await WebOpenFeature.close();
  await fx.close();
});

describe('@openfeature/server-sdk + @openfeature/ofrep-provider', () => {
  beforeAll(async () => {
    await ServerOpenFeature.setProviderAndWait(
      new OFREPProvider({ baseUrl: fx.url, headers: { Authorization: `Bearer ${server}` } }),
    );
  });

  it('evaluates each kind of flag with reason and variant', async () => {
    const of = ServerOpenFeature.getClient();
    const ada = { targetingKey: 'user-ada', email: 'ada@example.com' };
    const cart = await of.getNumberDetails('max-cart-items', 0, ada);
    expect(cart).toMatchObject({ value: 100, reason: 'TARGETING_MATCH', variant: 'large' });
    expect(cart.flagMetadata).toMatchObject({ flagVersion: 1 });
    expect(await of.getBooleanDetails('new-checkout', true, ada)).toMatchObject({
      value: false,
      reason: 'DISABLED',
      variant: 'off',
    });
    const flow = await of.getStringDetails('checkout-flow', 'none', ada);
    expect(flow.reason).toBe('SPLIT');
    expect(['multi-step', 'one-page']).toContain(flow.value);
    expect(await of.getObjectValue('banner-config', {}, ada)).toEqual({
      show: true,
      text: 'Spring sale: 20% off',
      style: 'info',
    });
  });

  it('reports FLAG_NOT_FOUND with the default value; without a targetingKey a rollout serves its last variation', async () => {
    const of = ServerOpenFeature.getClient();
    const unknown = await of.getBooleanDetails('no-such-flag', true, { targetingKey: 'a' });
    expect(unknown).toMatchObject({ value: true, reason: 'ERROR', errorCode: 'FLAG_NOT_FOUND' });
    const noKey = await of.getStringDetails('checkout-flow', 'fallback', { plan: 'pro' });
    expect(noKey).toMatchObject({ value: 'one-page', variant: 'treatment', reason: 'SPLIT' });
  });

  it('gets DISABLED for a failed prerequisite, with ff’s reason in flagMetadata', async () => {
    const production = (await createKey(fx, 'production', 'server')).secret;
    const provider = new OFREPProvider({
      baseUrl: fx.url,
      headers: { Authorization: `Bearer ${production}` },
    });
    await ServerOpenFeature.setProviderAndWait('production', provider);
    const of = ServerOpenFeature.getClient('production');
    const flow = await of.getStringDetails('checkout-flow', 'fallback', { targetingKey: 'u' });
    expect(flow).toMatchObject({
      value: 'multi-step',
      variant: 'control',
      reason: 'DISABLED',
      flagMetadata: { ffReason: 'PREREQUISITE_FAILED', prerequisiteKey: 'new-checkout' },
    });
  });

  it('reports TYPE_MISMATCH when the caller asks for the wrong type', async () => {
    const of = ServerOpenFeature.getClient();
    const wrong = await of.getBooleanDetails('max-cart-items', false, { targetingKey: 'a' });
    expect(wrong).toMatchObject({ value: false, reason: 'ERROR', errorCode: 'TYPE_MISMATCH' });
  });
});

describe('@openfeature/web-sdk + @openfeature/ofrep-web-provider', () => {
  beforeAll(async () => {
    await WebOpenFeature.setContext({ targetingKey: 'user-ada', email: 'ada@example.com' });
    await WebOpenFeature.setProviderAndWait(
      new OFREPWebProvider({
        baseUrl: fx.url,
        headers: [['X-API-Key', client]],
        cacheMode: 'disabled',
        disableVisibilityRefresh: true,
        pollInterval: 0,
      }),
    );
  });

  it('evaluates the client-side flags for the context, with reasons and variants', () => {
    const of = WebOpenFeature.getClient();
    expect(of.getBooleanDetails('new-checkout', true)).toMatchObject({
      value: false,
      reason: 'DISABLED',
      variant: 'off',
    });
    expect(of.getObjectDetails('banner-config', {})).toMatchObject({
      value: { show: true },
      reason: 'TARGETING_MATCH',
      variant: 'sale',
    });
    expect(['multi-step', 'one-page']).toContain(of.getStringValue('checkout-flow', 'none'));
  });

  it('does not see server-only flags: FLAG_NOT_FOUND', () => {
    const of = WebOpenFeature.getClient();
    expect(of.getNumberDetails('max-cart-items', 7)).toMatchObject({
      value: 7,
      reason: 'ERROR',
      errorCode: 'FLAG_NOT_FOUND',
    });
  });

  it('re-evaluates when the context changes; without a key a rollout serves its last variation', async () => {
    await WebOpenFeature.setContext({ email: 'someone@elsewhere.org' });
    const of = WebOpenFeature.getClient();
    expect(of.getStringDetails('checkout-flow', 'fallback')).toMatchObject({
      value: 'one-page',
      reason: 'SPLIT',
    });
    await WebOpenFeature.setContext({ targetingKey: 'someone' });
    expect(of.getObjectDetails('banner-config', {})).toMatchObject({
      value: { show: false },
      reason: 'DEFAULT',
    });
  });
});
