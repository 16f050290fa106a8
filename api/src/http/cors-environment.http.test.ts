// Per-environment allowed origins (issue 13 item 1): a client key of an environment with a list answers
// only those browser origins (others: 403 without CORS headers); without a list nothing changes; the
// list is written through updateEnvironment, so only who may write environments can change it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../test/api-fixture.ts';
import type { ApiFixture } from '../../test/api-fixture.ts';
import { sdkKeyCache } from '../modules/sdk/auth.ts';
import { createKey, withKey } from '../modules/sdk/test-helpers.ts';

const shop = 'https://shop.example.com';
const other = 'https://evil.example.net';
const base = '/api/v1/projects/demo/environments';
let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
}, 60_000);
afterAll(() => fx?.close());

/** A new environment with a client key; `origins` set by the owner when given. */
async function envWithKey(key: string, origins?: string[] | null): Promise<string> {
  const created = await fx.call('owner', 'POST', base, { body: { key, name: key } });
  expect(created.status).toBe(201);
  if (origins !== undefined) {
    const res = await fx.call('owner', 'PATCH', `${base}/${key}`, {
      body: { allowedOrigins: origins },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(200);
    expect(res.body.allowedOrigins).toEqual(origins);
  }
  return (await createKey(fx, key, 'client')).secret;
}

const evaluate = (key: string, origin?: string) =>
  withKey(fx, key, 'POST', '/sdk/v1/evaluate', {
    body: { context: { key: 'user-ada' } },
    headers: origin === undefined ? {} : { origin },
  });

describe('allowedOrigins of an environment', () => {
  it('answers a listed origin with CORS headers', async () => {
    const key = await envWithKey('web-allowed', [shop, 'http://localhost:5173']);
    const res = await evaluate(key, shop);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('refuses a client key from an unlisted origin with a 403 problem the page cannot read', async () => {
    const key = await envWithKey('web-refused', [shop]);
    const res = await evaluate(key, other);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toContain(other);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    // OFREP answers in its own error shape.
    const ofrep = await withKey(fx, key, 'POST', '/ofrep/v1/evaluate/flags', {
      body: { context: { targetingKey: 'user-ada' } },
      headers: { origin: other },
    });
    expect(ofrep.status).toBe(403);
    expect(ofrep.body.errorDetails).toContain('allowed origins');
    expect(ofrep.headers.get('access-control-allow-origin')).toBeNull();
    // Not a browser (no Origin): a server-side render with the client key still works.
    expect((await evaluate(key)).status).toBe(200);
  });

  it('keeps the server-wide behaviour without a list, and after the list is removed', async () => {
    const key = await envWithKey('web-open');
    const open = await evaluate(key, other);
    expect(open.status).toBe(200);
    expect(open.headers.get('access-control-allow-origin')).toBe('*');
    expect((await fx.call('viewer', 'GET', `${base}/web-open`)).body.allowedOrigins).toBeNull();

    const listed = await envWithKey('web-unlisted', [shop]);
    expect((await evaluate(listed, other)).status).toBe(403);
    const removed = await fx.call('owner', 'PATCH', `${base}/web-unlisted`, {
      body: { allowedOrigins: null },
      headers: { 'if-match': '"2"' },
    });
    expect(removed.status).toBe(200);
    expect(removed.body.allowedOrigins).toBeNull();
    sdkKeyCache(fx.db).forget(); // the key's lookup is cached for FF_SDK_KEY_TTL_MS
    expect((await evaluate(listed, other)).status).toBe(200);
  });

  it('answers the preflight from the server-wide list (a preflight carries no key)', async () => {
    await envWithKey('web-preflight', [shop]);
    const res = await fx.call('anonymous', 'OPTIONS', '/sdk/v1/evaluate', {
      headers: { origin: other, 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('is changed only by who may write environments, and holds exact origins only', async () => {
    await fx.call('owner', 'POST', base, { body: { key: 'web-roles', name: 'web-roles' } });
    const patch = (who: 'developer' | 'viewer' | 'projectAdmin', allowedOrigins: unknown) =>
      fx.call(who, 'PATCH', `${base}/web-roles`, { body: { allowedOrigins } });
    expect((await patch('developer', [shop])).status).toBe(403);
    expect((await patch('viewer', [shop])).status).toBe(403);
    const bad = await patch('projectAdmin', ['https://shop.example.com:443']);
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ path: 'allowedOrigins/0', rule: 'browser-origin' });
    expect((await patch('projectAdmin', ['https://shop.example.com/'])).status).toBe(422);
    const ok = await patch('projectAdmin', [shop]);
    expect(ok.status).toBe(200);
    expect(ok.body.allowedOrigins).toEqual([shop]);
    const [entry] = await fx
      .db('audit_log')
      .where({ action: 'environment.update', resource_key: 'projects/demo/environments/web-roles' })
      .orderBy('id', 'desc')
      .limit(1);
    expect(entry.after.allowedOrigins).toEqual([shop]);
  });
});
