// Request media types come from openapi.yaml: the PATCH operations whose bodies are merge patches take
// application/merge-patch+json (RFC 7396) as well as application/json; every other type, on any
// operation with a body, is 415 naming what the operation accepts (issue 10: merge-patch+json was read
// as an empty body and answered with a misleading 422).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../test/api-fixture.ts';
import type { ApiFixture } from '../../test/api-fixture.ts';
import { createKey, withKey } from '../modules/sdk/test-helpers.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
}, 60_000);
afterAll(() => fx?.close());

const mergePatch = 'application/merge-patch+json';
const send = (method: string, path: string, type: string, body: unknown) =>
  fx.call('owner', method, path, {
    rawBody: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': type },
  });

describe('application/merge-patch+json', () => {
  it.each([
    ['a project', '/api/v1/projects/demo', { description: 'Merged' }, 'description'],
    ['an environment', '/api/v1/projects/demo/environments/staging', { color: '#123456' }, 'color'],
    ['a segment', '/api/v1/projects/demo/segments/beta-testers', { name: 'Merged' }, 'name'],
  ])('updates %s, leaving absent fields as they are', async (_, path, patch, field) => {
    const before = await fx.call('owner', 'GET', path);
    const res = await send('PATCH', path, `${mergePatch}; charset=utf-8`, patch);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body[field]).toBe(Object.values(patch)[0]);
    const untouched = Object.keys(before.body).filter(
      (k) => k !== field && !['version', 'updatedAt'].includes(k),
    );
    for (const k of untouched) expect(res.body[k], k).toEqual(before.body[k]);
  });

  it('clears a field with null where the schema allows it (a flag owner)', async () => {
    const path = '/api/v1/projects/demo/flags/new-checkout';
    expect((await send('PATCH', path, mergePatch, { owner: 'ada@example.com' })).body.owner).toBe(
      'ada@example.com',
    );
    const cleared = await send('PATCH', path, mergePatch, { owner: null, tags: ['merged'] });
    expect(cleared.status).toBe(200);
    expect(cleared.body.owner).toBeNull();
    expect(cleared.body.tags).toEqual(['merged']);
  });

  it('is validated like application/json: an empty patch is still 422', async () => {
    const res = await send('PATCH', '/api/v1/projects/demo', mergePatch, {});
    expect(res.status).toBe(422);
  });
});

describe('415 for media types an operation does not declare', () => {
  it.each([
    // A PATCH that is a list of actions, not a merge patch.
    [
      'PATCH',
      '/api/v1/projects/demo/flags/new-checkout/environments/staging',
      mergePatch,
      'application/json',
    ],
    ['POST', '/api/v1/projects/demo/flags', mergePatch, 'application/json'],
    ['PATCH', '/api/v1/projects/demo', 'application/json-patch+json', `application/json or ${mergePatch}`],
    ['PATCH', '/api/v1/projects/demo', 'text/plain', `application/json or ${mergePatch}`],
    ['POST', '/api/v1/projects/demo/segments', 'application/vnd.api+json', 'application/json'],
    ['POST', '/api/v1/projects/demo/segments/beta-testers/members/import', 'application/json', 'text/csv'],
  ])('%s %s as %s → 415 naming %s', async (method, path, type, accepted) => {
    const res = await send(method, path, type, { name: 'x' });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({
      type: 'https://ff.dev/problems/unsupported-media-type',
      detail: `Content-Type ${type} is not accepted here: send ${accepted}.`,
    });
    expect(res.headers.get('accept-patch')).toBe(method === 'PATCH' ? accepted.replace(' or ', ', ') : null);
  });

  it('names the accepted types when the Content-Type is missing', async () => {
    const res = await fx.call('owner', 'POST', '/api/v1/projects/demo/flags', {
      rawBody: new TextEncoder().encode('{"key":"x"}'),
    });
    expect(res.status).toBe(415);
    expect(res.body.detail).toBe(
      'A body without a Content-Type is not accepted here: send application/json.',
    );
  });

  it('holds SDK routes to application/json too (OFREP in its own shape)', async () => {
    const client = await createKey(fx, 'staging', 'client');
    const body = { rawBody: '{"context":{"key":"k"}}', headers: { 'content-type': mergePatch } };
    const evaluate = await withKey(fx, client.secret, 'POST', '/sdk/v1/evaluate', body);
    expect(evaluate.status).toBe(415);
    expect(evaluate.body.detail).toMatch(/send application\/json\.$/);
    const ofrep = await withKey(fx, client.secret, 'POST', '/ofrep/v1/evaluate/flags', body);
    expect(ofrep.status).toBe(400);
    expect(ofrep.body).toMatchObject({
      errorCode: 'PARSE_ERROR',
      errorDetails: expect.stringMatching(/application\/json/),
    });
  });
});
