// OFREP on the wire: one flag, bulk with ETag/304, configuration, and every error in OFREP's shape
// (FLAG_NOT_FOUND 404, INVALID_CONTEXT / PARSE_ERROR 400, 401 { errorDetails }). Reasons are OpenFeature's
// standard ones (the fixture checks every response against openapi.yaml's enum of them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { createKey, withKey } from '../sdk/test-helpers.ts';

let fx: ApiFixture;
let server: string;
let client: string;
let production: { server: string; client: string };
beforeAll(async () => {
  fx = await startApiFixture();
  server = (await createKey(fx, 'staging', 'server')).secret;
  client = (await createKey(fx, 'staging', 'client')).secret;
  production = {
    server: (await createKey(fx, 'production', 'server')).secret,
    client: (await createKey(fx, 'production', 'client')).secret,
  };
}, 60_000);
afterAll(() => fx.close());

const one = (key: string | undefined, flag: string, body: unknown = {}, via?: 'x-api-key') =>
  withKey(fx, key, 'POST', `/ofrep/v1/evaluate/flags/${flag}`, { body, via });
const bulk = (key: string, body: unknown, headers: Record<string, string> = {}) =>
  withKey(fx, key, 'POST', '/ofrep/v1/evaluate/flags', { body, headers });

describe('POST /ofrep/v1/evaluate/flags/{key}', () => {
  it('evaluates with reason, variant and metadata; targetingKey is the context key', async () => {
    const res = await one(server, 'max-cart-items', { context: { targetingKey: 'user-ada' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      key: 'max-cart-items',
      value: 100,
      reason: 'TARGETING_MATCH',
      variant: 'large',
      metadata: { ffReason: 'TARGETING_MATCH', variationIndex: 2, flagVersion: 1 },
    });
    const rule = await one(server, 'banner-config', {
      context: { targetingKey: 'x', email: 'x@example.com' },
    });
    expect(rule.body).toMatchObject({
      value: { show: true },
      reason: 'TARGETING_MATCH',
      metadata: { ruleId: 'beta-testers', ruleIndex: 0 },
    });
    const off = await one(server, 'new-checkout', {});
    expect(off.body).toMatchObject({ value: false, reason: 'DISABLED', variant: 'off' });
  });

  it('accepts the key in X-API-Key', async () => {
    expect((await one(client, 'new-checkout', {}, 'x-api-key')).status).toBe(200);
  });

  it('is FLAG_NOT_FOUND (404) for an unknown flag, and for a server-only flag asked with a client key', async () => {
    const unknown = await one(server, 'no-such-flag', { context: { targetingKey: 'a' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ key: 'no-such-flag', errorCode: 'FLAG_NOT_FOUND' });
    const hidden = await one(client, 'max-cart-items', { context: { targetingKey: 'a' } });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toMatchObject({ key: 'max-cart-items', errorCode: 'FLAG_NOT_FOUND' });
  });

  it('evaluates without targetingKey as every surface does: a rollout by key serves its last variation', async () => {
    for (const context of [{ plan: 'pro' }, { targetingKey: '', plan: 'pro' }]) {
      const res = await one(server, 'checkout-flow', { context });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ value: 'one-page', variant: 'treatment', reason: 'SPLIT' });
    }
    expect((await one(server, 'new-checkout', { context: {} })).status).toBe(200);
  });

  it('answers DISABLED for a failed prerequisite, with ff’s reason in the metadata', async () => {
    // In production checkout-flow needs new-checkout on, and new-checkout is off.
    const res = await one(production.server, 'checkout-flow', { context: { targetingKey: 'u' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      key: 'checkout-flow',
      value: 'multi-step',
      variant: 'control',
      reason: 'DISABLED',
      metadata: {
        ffReason: 'PREREQUISITE_FAILED',
        prerequisiteKey: 'new-checkout',
        variationIndex: 0,
        flagVersion: 1,
        environmentVersion: expect.any(Number),
      },
    });
    // A client key is not told which prerequisite failed: it could be a server-only flag.
    const browser = await one(production.client, 'checkout-flow', { context: { targetingKey: 'u' } });
    expect(browser.body.reason).toBe('DISABLED');
    expect(browser.body.metadata.ffReason).toBe('PREREQUISITE_FAILED');
    expect(browser.body.metadata).not.toHaveProperty('prerequisiteKey');
  });

  it('is INVALID_CONTEXT (400) for a context of the wrong shape, PARSE_ERROR (400) for a body that is not JSON', async () => {
    const invalid = await one(server, 'new-checkout', { context: { targetingKey: 42 } });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ key: 'new-checkout', errorCode: 'INVALID_CONTEXT' });
    const malformed = await withKey(fx, server, 'POST', '/ofrep/v1/evaluate/flags/new-checkout', {
      rawBody: '{"context": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ key: 'new-checkout', errorCode: 'PARSE_ERROR' });
  });

  it('answers 401 with { errorDetails } for no key, an unknown key, or an API token', async () => {
    for (const key of [undefined, 'ff_cli_unknown', fx.tokens.owner]) {
      const res = await one(key, 'new-checkout');
      expect(res.status).toBe(401);
      expect(typeof res.body.errorDetails).toBe('string');
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });
});

describe('POST /ofrep/v1/evaluate/flags', () => {
  it('evaluates every flag the key sees, each on its own', async () => {
    const res = await bulk(server, { context: { plan: 'pro' } });
    expect(res.status).toBe(200);
    const byKey = Object.fromEntries(res.body.flags.map((f: { key: string }) => [f.key, f]));
    expect(Object.keys(byKey).sort()).toEqual([
      'banner-config',
      'checkout-flow',
      'max-cart-items',
      'new-checkout',
    ]);
    expect(byKey['checkout-flow']).toMatchObject({ value: 'one-page', reason: 'SPLIT' });
    expect(byKey['new-checkout']).toMatchObject({ value: false, reason: 'DISABLED' });
    const clientView = await bulk(client, { context: { targetingKey: 'a' } });
    expect(clientView.body.flags.map((f: { key: string }) => f.key).sort()).toEqual([
      'banner-config',
      'checkout-flow',
      'new-checkout',
    ]);
  });

  it('has an ETag per version and context: 304 for the same, 200 for another context', async () => {
    const body = { context: { targetingKey: 'user-ada' } };
    const first = await bulk(server, body);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"\d+-/);
    const same = await bulk(server, body, { 'if-none-match': etag });
    expect(same.status).toBe(304);
    expect(same.body).toBe('');
    const other = await bulk(server, { context: { targetingKey: 'user-bob' } }, { 'if-none-match': etag });
    expect(other.status).toBe(200);
    // A client key sees other flags: its ETag differs for the same context.
    expect((await bulk(client, body)).headers.get('etag')).not.toBe(etag);
  });

  it('answers INVALID_CONTEXT in the bulk failure shape', async () => {
    const res = await bulk(server, { context: { targetingKey: ['a'] } });
    expect(res.status).toBe(400);
    expect(res.body.errorCode).toBe('INVALID_CONTEXT');
    expect(res.body.key).toBeUndefined();
  });
});

describe('GET /ofrep/v1/configuration', () => {
  it('names the provider and its capabilities, with either key kind', async () => {
    for (const key of [server, client]) {
      const res = await withKey(fx, key, 'GET', '/ofrep/v1/configuration');
      expect(res.status).toBe(200);
      expect(res.body.name).toBe('ff');
      expect(res.body.capabilities.cacheInvalidation.polling.enabled).toBe(true);
    }
    expect((await withKey(fx, undefined, 'GET', '/ofrep/v1/configuration')).status).toBe(401);
  });
});
