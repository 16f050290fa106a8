// GET /sdk/v1/config (server key) and GET …/environments/{env}/ruleset (management token): the ruleset
// the engine compiles, its ETag and 304, gzip for large segments, and who may read it.
import { gunzipSync } from 'node:zlib';
import { compileRuleset, validateRuleset } from '@ff/engine';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { createKey, withKey } from './test-helpers.ts';

let fx: ApiFixture;
let server: string;
let client: string;
beforeAll(async () => {
  fx = await startApiFixture();
  server = (await createKey(fx, 'staging', 'server')).secret;
  client = (await createKey(fx, 'staging', 'client')).secret;
}, 60_000);
afterAll(() => fx.close());

const config = (key: string | undefined, headers: Record<string, string> = {}) =>
  withKey(fx, key, 'GET', '/sdk/v1/config', { headers });

/**
 * Asks again until `check` passes (the cache confirms its version at least once a second without the
 * bus), and returns the last answer either way, for the caller's assertions to describe. The timeout
 * only bounds a failure.
 */
async function eventually<T>(fn: () => Promise<T>, check: (v: T) => boolean): Promise<T> {
  let last!: T;
  await vi
    .waitFor(
      async () => {
        last = await fn();
        expect(check(last)).toBe(true);
      },
      { timeout: 20_000, interval: 50 },
    )
    .catch(() => undefined);
  return last;
}

describe('GET /sdk/v1/config', () => {
  it('serves the environment ruleset: live flags with their config there, referenced segments with members', async () => {
    const res = await config(server);
    expect(res.status).toBe(200);
    const env = await fx.db('environments').where({ key: 'staging' }).first('version');
    expect(res.body.version).toBe(env.version);
    expect(res.headers.get('etag')).toBe(`"${env.version}"`);
    expect(Object.keys(res.body.flags).sort()).toEqual(
      ['banner-config', 'checkout-flow', 'max-cart-items', 'new-checkout'].sort(),
    );
    expect(res.body.flags['max-cart-items']).toMatchObject({
      key: 'max-cart-items',
      kind: 'number',
      clientSide: false,
      version: 1,
      config: { on: true, targets: [{ variation: 2, values: ['user-ada'] }], fallthrough: { variation: 1 } },
    });
    expect(res.body.segments).toEqual({
      'beta-testers': {
        key: 'beta-testers',
        included: ['user-ada', 'user-grace', 'user-linus'],
        excluded: [],
        rules: [
          { id: 'example-staff', clauses: [{ attribute: 'emailDomain', op: 'in', values: ['example.com'] }] },
        ],
      },
    });
    // It is exactly what the engine takes.
    expect(validateRuleset(res.body).ok).toBe(true);
    const compiled = compileRuleset(res.body);
    expect(compiled.evaluate('max-cart-items', { key: 'user-ada' }, 0)).toMatchObject({
      value: 100,
      reason: 'TARGETING_MATCH',
    });
  });

  it('answers 304 to If-None-Match with the current ETag, 200 to an old one', async () => {
    const first = await config(server);
    const etag = first.headers.get('etag')!;
    const again = await config(server, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await config(server, { 'if-none-match': `W/${etag}` })).status).toBe(304);
    expect((await config(server, { 'if-none-match': '"999999"' })).status).toBe(200);
  });

  it('serves a new version after a change, without waiting for the old ETag to expire', async () => {
    const before = await config(server);
    const change = await fx.call(
      'developer',
      'PATCH',
      '/api/v1/projects/demo/flags/new-checkout/environments/staging',
      {
        body: { actions: [{ kind: 'turnOn' }] },
      },
    );
    expect(change.status).toBe(200);
    const after = await eventually(
      () => config(server, { 'if-none-match': before.headers.get('etag')! }),
      (r) => r.status === 200,
    );
    expect(after.status).toBe(200);
    expect(after.body.version).toBeGreaterThan(before.body.version);
    expect(after.body.flags['new-checkout'].config.on).toBe(true);
    expect(after.body.flags['new-checkout'].version).toBe(before.body.flags['new-checkout'].version + 1);
  });

  it('leaves archived flags out', async () => {
    expect(
      (await fx.call('projectAdmin', 'POST', '/api/v1/projects/demo/flags/max-cart-items/archive')).status,
    ).toBe(200);
    const res = await eventually(
      () => config(server),
      (r) => !('max-cart-items' in r.body.flags),
    );
    expect(Object.keys(res.body.flags)).not.toContain('max-cart-items');
    await fx.call('projectAdmin', 'POST', '/api/v1/projects/demo/flags/max-cart-items/unarchive');
  });

  it('gzips a large ruleset for clients that accept it, and it decodes to the same document', async () => {
    const seg = await fx.db('segments').where({ key: 'beta-testers' }).first('id');
    const keys = Array.from({ length: 20_000 }, (_, i) => `user-${String(i).padStart(6, '0')}`);
    for (let i = 0; i < keys.length; i += 5000) {
      await fx
        .db('segment_members')
        .insert(
          keys.slice(i, i + 5000).map((k) => ({ segment_id: seg.id, kind: 'included', context_key: k })),
        );
    }
    // Written behind the API's back: bump the version as the API would, so the cache rebuilds.
    await fx.db('environments').where({ key: 'staging' }).increment('version', 1);
    const fresh = await eventually(
      () => config(server),
      (r) => r.body.segments['beta-testers'].included.length > 20_000,
    );
    expect(fresh.body.segments['beta-testers'].included).toHaveLength(20_003);

    const raw = await fetch(`${fx.url}/sdk/v1/config`, {
      headers: { authorization: `Bearer ${server}`, 'accept-encoding': 'gzip' },
    });
    expect(raw.headers.get('content-encoding')).toBe('gzip');
    const zipped = Buffer.from(await raw.arrayBuffer());
    // fetch decodes gzip itself; the byte count on the wire is in Content-Length.
    const wire = Number(raw.headers.get('content-length'));
    const plain = JSON.stringify(fresh.body);
    expect(wire).toBeLessThan(plain.length / 4);
    expect(JSON.parse(zipped.toString('utf8'))).toEqual(fresh.body);
    expect(() => gunzipSync(zipped)).toThrow(); // already decoded by fetch: proof it travelled gzipped
  });

  it('refuses a client key (403), no key or an unknown one (401), and an API token (401)', async () => {
    const forbidden = await config(client);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).toContain('server key');
    expect((await config(undefined)).status).toBe(401);
    expect((await config('ff_srv_nope')).status).toBe(401);
    expect((await config('garbage')).status).toBe(401);
    const token = await withKey(fx, fx.tokens.owner, 'GET', '/sdk/v1/config');
    expect(token.status).toBe(401);
  });

  it('accepts the key in X-API-Key too', async () => {
    expect((await withKey(fx, server, 'GET', '/sdk/v1/config', { via: 'x-api-key' })).status).toBe(200);
  });

  it('serves each environment its own ruleset', async () => {
    const prod = (await createKey(fx, 'production', 'server')).secret;
    const res = await config(prod);
    expect(res.status).toBe(200);
    expect(res.body.flags['new-checkout'].config.on).toBe(false);
    expect(res.body.flags['max-cart-items'].config.rules[0].id).toBe('wholesale');
    expect(res.body.segments).toEqual({});
  });
});

describe('GET /api/v1/projects/{project}/environments/{env}/ruleset', () => {
  it('serves the same ruleset as /sdk/v1/config to any role, with ETag and 304', async () => {
    const sdk = await config(server);
    const res = await fx.call('viewer', 'GET', '/api/v1/projects/demo/environments/staging/ruleset');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(sdk.body);
    const etag = res.headers.get('etag')!;
    expect(etag).toBe(`"${sdk.body.version}"`);
    const again = await fx.call('viewer', 'GET', '/api/v1/projects/demo/environments/staging/ruleset', {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('is 404 for an unknown environment and for another organization', async () => {
    expect((await fx.call('viewer', 'GET', '/api/v1/projects/demo/environments/nope/ruleset')).status).toBe(
      404,
    );
    expect(
      (await fx.call('otherOrg', 'GET', '/api/v1/projects/demo/environments/staging/ruleset')).status,
    ).toBe(404);
    expect(
      (await fx.call('anonymous', 'GET', '/api/v1/projects/demo/environments/staging/ruleset')).status,
    ).toBe(401);
  });
});
