// The test client (@ff/sdk-node/testing) and the OpenFeature provider (@ff/sdk-node/openfeature), driven
// through the real OpenFeature server SDK.
import { OpenFeature, ProviderEvents } from '@openfeature/server-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../src/client.ts';
import { FfProvider, toFfContext } from '../src/openfeature.ts';
import { createTestClient } from '../src/testing.ts';
import type { FlagClient } from '../src/types.ts';
import { boolFlag, ruleset, stringFlag } from './builders.ts';
import { fakeApi, until } from './fake-api.ts';

describe('@ff/sdk-node/testing', () => {
  // Code under test takes the interface, so the test client stands in for the real one.
  const checkoutLabel = (ff: FlagClient, user: string) =>
    ff.isEnabled('new-checkout', user) ? `new:${ff.getValue('banner', user, 'none')}` : 'old';

  it('serves values set in code, with the real client’s fallbacks and types', async () => {
    const ff = createTestClient({ flags: { banner: 'hi' }, fallbacks: { 'from-fallback': 3 } });
    expect(await ff.ready()).toMatchObject({ ok: true, status: 'offline', source: 'test' });
    expect(checkoutLabel(ff, 'u')).toBe('old');
    ff.setFlag('new-checkout', true);
    expect(checkoutLabel(ff, 'u')).toBe('new:hi');
    expect(ff.evaluate('new-checkout', 'u')).toMatchObject({ value: true, variant: 'on', reason: 'DEFAULT' });
    ff.setFlag('new-checkout', false, { variant: 'control' });
    expect(ff.getVariant('new-checkout', 'u')).toBe('control');
    expect(ff.getValue('banner', 'u', 1)).toBe(1); // TYPE_MISMATCH, as in the real client
    expect(ff.getValue('from-fallback', 'u')).toBe(3);
    ff.setFlag('config', { limits: [1, 2] }, { clientSide: false });
    expect(ff.getValue('config', 'u', {})).toEqual({ limits: [1, 2] });
    expect(Object.keys(ff.allFlags('u')).sort()).toEqual(['banner', 'new-checkout']);
  });

  it('records tracked events, emits change, and reset forgets everything', async () => {
    const ff = createTestClient();
    const changes: string[][] = [];
    ff.on('change', (c) => changes.push([...c.flags]));
    ff.setFlags({ a: true, b: 'x' });
    ff.removeFlag('b');
    ff.track('purchase', { key: 'u' }, 9);
    expect(ff.tracked).toEqual([
      { name: 'purchase', contextKey: 'u', value: 9, timestamp: expect.any(Number) },
    ]);
    ff.reset();
    expect(ff.tracked).toEqual([]);
    expect(ff.isEnabled('a', 'u')).toBe(false);
    expect(changes).toEqual([['a', 'b'], ['b'], ['a']]);
    await ff.close();
  });
});

describe('@ff/sdk-node/openfeature', () => {
  afterEach(async () => {
    await OpenFeature.close();
  });

  const doc = ruleset(4, [
    boolFlag('new-checkout', {
      rules: [
        { id: 'pro', clauses: [{ attribute: 'plan', op: 'in', values: ['pro'] }], serve: { variation: 0 } },
      ],
      fallthrough: { variation: 1 },
    }),
    stringFlag('banner', ['hello', 'bye']),
    // Gated on new-checkout serving `on`: fails for everyone but pro users.
    boolFlag('one-click', { prerequisites: [{ flag: 'new-checkout', variation: 0 }] }),
    boolFlag('by-key', {
      rules: [
        { id: 'empty', clauses: [{ attribute: 'key', op: 'in', values: [''] }], serve: { variation: 1 } },
      ],
    }),
  ]);

  it('resolves with reasons, variants, error codes and flag metadata', async () => {
    await OpenFeature.setProviderAndWait(new FfProvider({ offline: true, bootstrap: doc }));
    const of = OpenFeature.getClient();
    const pro = await of.getBooleanDetails('new-checkout', false, { targetingKey: 'u1', plan: 'pro' });
    expect(pro).toMatchObject({
      value: true,
      variant: 'on',
      reason: 'TARGETING_MATCH',
      flagMetadata: {
        ffReason: 'TARGETING_MATCH',
        flagVersion: 1,
        variationIndex: 0,
        ruleId: 'pro',
        ruleIndex: 0,
      },
    });
    expect(await of.getBooleanValue('new-checkout', true, { targetingKey: 'u1' })).toBe(false);
    expect(await of.getStringDetails('banner', 'x')).toMatchObject({ value: 'hello', reason: 'DEFAULT' });
    const missing = await of.getNumberDetails('nope', 7);
    expect(missing).toMatchObject({ value: 7, reason: 'ERROR', errorCode: 'FLAG_NOT_FOUND' });
    const mismatch = await of.getNumberDetails('banner', 7);
    expect(mismatch).toMatchObject({ value: 7, reason: 'ERROR', errorCode: 'TYPE_MISMATCH' });
    expect(await of.getObjectValue('banner', { a: 1 })).toEqual({ a: 1 });
  });

  it('answers DISABLED for a failed prerequisite, with ff’s reason in the metadata', async () => {
    await OpenFeature.setProviderAndWait(new FfProvider({ offline: true, bootstrap: doc }));
    const of = OpenFeature.getClient();
    expect(await of.getBooleanDetails('one-click', true, { targetingKey: 'u1' })).toEqual({
      flagKey: 'one-click',
      value: false,
      variant: 'off',
      reason: 'DISABLED',
      flagMetadata: {
        ffReason: 'PREREQUISITE_FAILED',
        prerequisiteKey: 'new-checkout',
        variationIndex: 1,
        flagVersion: 1,
      },
    });
    const pro = await of.getBooleanDetails('one-click', false, { targetingKey: 'u1', plan: 'pro' });
    expect(pro).toMatchObject({ value: true, reason: 'DEFAULT', flagMetadata: { ffReason: 'DEFAULT' } });
  });

  it('maps targetingKey to the context key; an empty one is no key', async () => {
    expect(toFfContext({ targetingKey: 't', plan: 'pro' })).toEqual({ key: 't', plan: 'pro' });
    expect(toFfContext({ key: 'k' })).toEqual({ key: 'k' });
    expect(toFfContext({ targetingKey: '', plan: 'pro' })).toEqual({ plan: 'pro' });
    await OpenFeature.setProviderAndWait(new FfProvider({ offline: true, bootstrap: doc }));
    // A rule serves `off` to the key '': an empty targetingKey must not reach it.
    expect(await OpenFeature.getClient().getBooleanValue('by-key', true, { targetingKey: '' })).toBe(true);
  });

  it('emits PROVIDER_READY, then PROVIDER_CONFIGURATION_CHANGED with the changed flags', async () => {
    const api = fakeApi();
    const client = createClient({ sdkKey: 'k', baseUrl: 'http://x', fetch: api.fetch, sendEvents: false });
    const provider = new FfProvider(client);
    const events: string[] = [];
    const changed: string[][] = [];
    OpenFeature.addHandler(ProviderEvents.Ready, () => events.push('ready'));
    OpenFeature.addHandler(ProviderEvents.ConfigurationChanged, (e) =>
      changed.push((e?.flagsChanged as string[] | undefined) ?? []),
    );
    const set = OpenFeature.setProviderAndWait(provider);
    (await api.waitForStream(1)).send('put', doc, 4);
    await set;
    await until(() => events.includes('ready'));
    api.streams[0]!.send(
      'patch',
      { version: 5, kind: 'flag', key: 'banner', value: stringFlag('banner', ['bye']) },
      5,
    );
    await until(() => changed.length === 1);
    expect(changed).toEqual([['banner']]);
    expect(await OpenFeature.getClient().getStringValue('banner', 'x')).toBe('bye');
    await OpenFeature.close();
    await client.close();
  });

  it('initialize fails with a refused key (PROVIDER_ERROR), and the provider serves defaults', async () => {
    const api = fakeApi();
    api.stream = () => ({ status: 401 });
    const errors: string[] = [];
    OpenFeature.addHandler(ProviderEvents.Error, (e) => errors.push(e?.message ?? ''));
    await expect(
      OpenFeature.setProviderAndWait(new FfProvider({ sdkKey: 'k', baseUrl: 'http://x', fetch: api.fetch })),
    ).rejects.toThrow(/refused/);
    expect(await OpenFeature.getClient().getBooleanDetails('a', true)).toMatchObject({
      value: true,
      reason: 'ERROR',
    });
    expect(errors.length).toBeGreaterThan(0);
  });
});
