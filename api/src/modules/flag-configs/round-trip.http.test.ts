// What GET returns can be PUT back (issue 11): the read-only fields of a FlagEnvironment are accepted
// when they agree with the request and dropped, and refused (422, read-only-fields) when they do not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { at } from './test-helpers.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx.close());

async function read(flag: string, env: string) {
  const res = await fx.call('owner', 'GET', at(flag, env));
  expect(res.status).toBe(200);
  return { body: res.body, etag: res.headers.get('etag')! };
}

const put = (flag: string, env: string, body: unknown, etag: string) =>
  fx.call('owner', 'PUT', at(flag, env), { headers: { 'if-match': etag }, body });

describe('PUT of what GET returned', () => {
  it('takes the GET body back as is: nothing changes', async () => {
    const { body, etag } = await read('max-cart-items', 'production');
    expect(body).toMatchObject({ flag: 'max-cart-items', environment: 'production', version: 1 });
    const res = await put('max-cart-items', 'production', body, etag);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('ff-changed')).toBe('false');
    expect(res.body).toEqual(body);
  });

  it('takes an edited GET body: the edit is written, the read-only fields are not', async () => {
    const { body, etag } = await read('banner-config', 'staging');
    const edited = { ...body, on: false, updatedAt: '2000-01-01T00:00:00.000Z', comment: 'edited by hand' };
    const res = await put('banner-config', 'staging', edited, etag);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('ff-changed')).toBe('true');
    expect(res.body).toMatchObject({
      flag: 'banner-config',
      environment: 'staging',
      version: body.version + 1,
      on: false,
    });
    expect(res.body.updatedAt).not.toBe('2000-01-01T00:00:00.000Z');
  });

  it.each([
    ['flag', { flag: 'new-checkout' }, 'body.flag', 'the URL names flag "checkout-flow"'],
    ['environment', { environment: 'production' }, 'body.environment', 'the URL names environment "staging"'],
    ['version', { version: 99 }, 'body.version', 'If-Match names version'],
  ])('refuses a %s that contradicts the request (422, read-only-fields)', async (_f, change, path, says) => {
    const { body, etag } = await read('checkout-flow', 'staging');
    const res = await put('checkout-flow', 'staging', { ...body, on: !body.on, ...change }, etag);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { path, message: expect.stringContaining(says), rule: 'read-only-fields' },
    ]);
    expect((await read('checkout-flow', 'staging')).body).toEqual(body);
  });
});
