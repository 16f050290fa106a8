// POST /sdk/v1/evaluate (client key): the environment's client-side flags evaluated for one context,
// with reasons; never a server-only flag, never a rule. Also: key kinds and revocation.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { createKey, withKey } from './test-helpers.ts';

let fx: ApiFixture;
let server: string;
let client: { secret: string; id: string };
beforeAll(async () => {
  fx = await startApiFixture();
  server = (await createKey(fx, 'staging', 'server')).secret;
  client = await createKey(fx, 'staging', 'client');
}, 60_000);
afterAll(() => fx.close());

const evaluate = (key: string | undefined, context: unknown, via?: 'x-api-key') =>
  withKey(fx, key, 'POST', '/sdk/v1/evaluate', { body: { context }, via });

describe('POST /sdk/v1/evaluate', () => {
  it('evaluates every client-side flag with its reason, and only those', async () => {
    const res = await evaluate(client.secret, { key: 'user-ada', email: 'ada@example.com' });
    expect(res.status).toBe(200);
    const env = await fx.db('environments').where({ key: 'staging' }).first('version');
    expect(res.body.version).toBe(env.version);
    expect(Object.keys(res.body.flags).sort()).toEqual(['banner-config', 'checkout-flow', 'new-checkout']);
    // new-checkout is off in staging; banner-config's beta rule matches Ada (a segment member).
    expect(res.body.flags['new-checkout']).toEqual({
      value: false,
      variant: 'off',
      variationIndex: 1,
      reason: 'DISABLED',
    });
    expect(res.body.flags['banner-config']).toEqual({
      value: { show: true, text: 'Spring sale: 20% off', style: 'info' },
      variant: 'sale',
      variationIndex: 1,
      reason: 'TARGETING_MATCH',
      ruleId: 'beta-testers',
      ruleIndex: 0,
    });
    expect(res.body.flags['checkout-flow'].reason).toBe('SPLIT');
    expect(['multi-step', 'one-page']).toContain(res.body.flags['checkout-flow'].value);
  });

  it('serves the fallthrough to a context no rule matches, and buckets stably', async () => {
    const a = await evaluate(client.secret, { key: 'someone-else' });
    const b = await evaluate(client.secret, { key: 'someone-else' });
    expect(a.body.flags['banner-config']).toMatchObject({ value: { show: false }, reason: 'DEFAULT' });
    expect(a.body.flags['checkout-flow']).toEqual(b.body.flags['checkout-flow']);
  });

  it('gives different contexts different ETags, the same context the same one', async () => {
    const a = await evaluate(client.secret, { key: 'a' });
    const a2 = await evaluate(client.secret, { key: 'a' });
    const b = await evaluate(client.secret, { key: 'b' });
    expect(a.headers.get('etag')).toBe(a2.headers.get('etag'));
    expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'));
    expect(a.headers.get('etag')).toMatch(new RegExp(`^"${a.body.version}-`));
  });

  it('accepts X-API-Key', async () => {
    expect((await evaluate(client.secret, { key: 'a' }, 'x-api-key')).status).toBe(200);
  });

  it('refuses a server key (403), no key (401), and an invalid context (422 naming it)', async () => {
    const forbidden = await evaluate(server, { key: 'a' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).toContain('client key');
    expect((await evaluate(undefined, { key: 'a' })).status).toBe(401);
    const invalid = await evaluate(client.secret, { key: 42 });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors[0].path).toBe('body.context.key');
    const missing = await withKey(fx, client.secret, 'POST', '/sdk/v1/evaluate', { body: {} });
    expect(missing.status).toBe(422);
  });

  it('answers 401 once the key is revoked, on every SDK route', async () => {
    expect((await evaluate(client.secret, { key: 'a' })).status).toBe(200);
    const revoked = await fx.call(
      'owner',
      'DELETE',
      `/api/v1/projects/demo/environments/staging/sdk-keys/${client.id}`,
    );
    expect(revoked.status).toBe(204);
    // Within the key cache's TTL (500 ms): auth.test.ts holds that bound on a fake clock; here it is
    // enough that the refusal comes.
    await vi.waitFor(async () => expect((await evaluate(client.secret, { key: 'a' })).status).toBe(401), {
      timeout: 20_000,
      interval: 25,
    });
    const events = await withKey(fx, client.secret, 'POST', '/sdk/v1/events', { body: {} });
    expect(events.status).toBe(401);
    const ofrep = await withKey(fx, client.secret, 'POST', '/ofrep/v1/evaluate/flags', { body: {} });
    expect(ofrep.status).toBe(401);
  });
});
