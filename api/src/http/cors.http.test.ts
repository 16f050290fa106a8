// CORS on the routes browsers call with a client key (/sdk/v1, /ofrep/v1): preflights, readable
// responses (errors too), exposed ETag; management routes without CORS; server keys refused from pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../test/api-fixture.ts';
import type { ApiFixture } from '../../test/api-fixture.ts';
import { createKey, withKey } from '../modules/sdk/test-helpers.ts';

const page = 'https://shop.example.com';
let fx: ApiFixture;
let listed: ApiFixture;
let client: string;
let server: string;
let listedClient: string;
beforeAll(async () => {
  [fx, listed] = await Promise.all([
    startApiFixture(),
    startApiFixture({ app: { corsOrigins: [page, 'http://localhost:5173'] } }),
  ]);
  client = (await createKey(fx, 'staging', 'client')).secret;
  server = (await createKey(fx, 'staging', 'server')).secret;
  listedClient = (await createKey(listed, 'staging', 'client')).secret;
}, 60_000);
afterAll(() => Promise.all([fx?.close(), listed?.close()]));

const preflight = (f: ApiFixture, path: string, origin = page, method = 'POST') =>
  f.call('anonymous', 'OPTIONS', path, {
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'authorization, content-type, if-none-match, last-event-id',
    },
  });

describe('CORS on SDK and OFREP routes', () => {
  it.each(['/sdk/v1/evaluate', '/sdk/v1/stream', '/sdk/v1/events', '/ofrep/v1/evaluate/flags'])(
    'answers the preflight of %s without credentials',
    async (path) => {
      const res = await preflight(fx, path);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST');
      const allowed = res.headers.get('access-control-allow-headers')!.split(/,\s*/);
      expect(allowed).toEqual(
        expect.arrayContaining(['Authorization', 'Content-Type', 'If-None-Match', 'Last-Event-ID']),
      );
    },
  );

  it('marks an evaluation readable by any page and exposes its ETag', async () => {
    const res = await withKey(fx, client, 'POST', '/sdk/v1/evaluate', {
      body: { context: { key: 'user-ada' } },
      headers: { origin: page },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(res.headers.get('etag')).toMatch(/^".+"$/);
  });

  it('marks refusals readable too, so the page sees the 401 and not a network error', async () => {
    const res = await withKey(fx, 'ff_cli_unknown', 'POST', '/ofrep/v1/evaluate/flags', {
      body: { context: {} },
      headers: { origin: page },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('marks the client-key stream readable', async () => {
    const abort = new AbortController();
    const context = Buffer.from(JSON.stringify({ key: 'user-ada' })).toString('base64url');
    const res = await fetch(`${fx.url}/sdk/v1/stream?context=${context}`, {
      headers: { authorization: `Bearer ${client}`, origin: page },
      signal: abort.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    abort.abort();
    await res.body?.cancel().catch(() => undefined);
  });

  it('refuses a server key sent from a browser with a clear 403, and serves it to servers', async () => {
    const fromPage = await withKey(fx, server, 'GET', '/sdk/v1/config', { headers: { origin: page } });
    expect(fromPage.status).toBe(403);
    expect(fromPage.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(fromPage.body.detail).toMatch(/Server keys .* cannot be used from a browser .*use a client key/);
    expect((await withKey(fx, server, 'GET', '/sdk/v1/config')).status).toBe(200);

    const ofrep = await withKey(fx, server, 'POST', '/ofrep/v1/evaluate/flags', {
      body: { context: {} },
      headers: { origin: page },
    });
    expect(ofrep.status).toBe(403);
    expect(ofrep.body.errorDetails).toMatch(/cannot be used from a browser/);
  });

  it('keeps CORS off on management routes', async () => {
    const res = await fx.call('viewer', 'GET', '/api/v1/projects', { headers: { origin: page } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await preflight(fx, '/api/v1/projects', page, 'GET');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-headers')).toBeNull();
  });
});

describe('FF_CORS_ORIGINS as a list', () => {
  it('echoes a listed origin, with Vary: Origin', async () => {
    const res = await withKey(listed, listedClient, 'POST', '/sdk/v1/evaluate', {
      body: { context: { key: 'user-ada' } },
      headers: { origin: 'http://localhost:5173' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('vary')).toMatch(/Origin/);
    expect((await preflight(listed, '/sdk/v1/evaluate')).headers.get('access-control-allow-origin')).toBe(
      page,
    );
  });

  it('gives another origin nothing to read', async () => {
    const res = await withKey(listed, listedClient, 'POST', '/sdk/v1/evaluate', {
      body: { context: { key: 'user-ada' } },
      headers: { origin: 'https://evil.example.net' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await preflight(listed, '/sdk/v1/evaluate', 'https://evil.example.net');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-headers')).toBeNull();
  });
});
