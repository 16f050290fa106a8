import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createLogger } from '../logger.ts';
import { listen } from '../server.ts';
import type { RunningServer } from '../server.ts';
import { createTestDb } from '../../test/db.ts';
import type { TestDb } from '../../test/db.ts';
import { ConflictError, ValidationError } from './errors.ts';

// One app with a few extra routes appended after the real ones, so errors of each kind pass through the
// real middleware stack (problem → request context → body parser → router).
describe('problem+json errors', () => {
  let t: TestDb;
  let server: RunningServer;
  const logLines: string[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    const logger = createLogger({
      level: 'info',
      destination: new Writable({
        write(chunk, _enc, cb) {
          logLines.push(String(chunk));
          cb();
        },
      }),
    });
    const app = createApp({ db: t.db, logger, bodyLimits: { management: 1024 } });
    app.use(async (ctx, next) => {
      if (ctx.path === '/boom') throw new Error('connection string postgres://u:hunter2@db/x exploded');
      if (ctx.path === '/invalid') throw new ValidationError([{ path: 'key', message: 'must be lowercase' }]);
      if (ctx.path === '/conflict') throw new ConflictError('flag "a" exists');
      if (ctx.path === '/echo' && ctx.method === 'POST') {
        ctx.body = { got: ctx.request.body };
        return;
      }
      await next();
    });
    server = await listen(app, { port: 0, host: '127.0.0.1', logger });
  });
  afterAll(async () => {
    await server?.close(1000);
    await t?.destroy();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(server.url + path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('unknown route → 404 problem', async () => {
    const res = await fetch(`${server.url}/nope?x=1`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = await res.json();
    expect(body).toEqual({
      type: 'https://ff.dev/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'No route for GET /nope.',
      instance: '/nope',
      requestId: res.headers.get('x-request-id'),
    });
  });

  it('bad JSON → 400 problem', async () => {
    const res = await post('/echo', '{"key": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: 'https://ff.dev/problems/malformed-json', status: 400 });
  });

  it('well-formed JSON reaches the route', async () => {
    const res = await post('/echo', '{"key":"a"}');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ got: { key: 'a' } });
  });

  it('oversized body → 413 problem', async () => {
    const res = await post('/echo', JSON.stringify({ pad: 'x'.repeat(2000) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      type: 'https://ff.dev/problems/payload-too-large',
      status: 413,
      detail: 'The request body exceeds 1024 bytes.',
    });
  });

  it('validation errors list their fields', async () => {
    const res = await fetch(`${server.url}/invalid`);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'key', message: 'must be lowercase' }] });
  });

  it('domain errors carry their own status and detail', async () => {
    const res = await fetch(`${server.url}/conflict`);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ title: 'Conflict', detail: 'flag "a" exists' });
  });

  it('wrong method on a known route → 405 problem with Allow', async () => {
    const res = await fetch(`${server.url}/healthz`, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toMatch(/GET/);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('5xx never leaks internals, but logs them with the request id', async () => {
    const res = await fetch(`${server.url}/boom`, { headers: { 'x-request-id': 'trace-123' } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/exploded|hunter2|postgres/);
    expect(JSON.parse(text)).toMatchObject({
      type: 'https://ff.dev/problems/internal',
      requestId: 'trace-123',
    });
    const logged = logLines.find((l) => l.includes('request failed'));
    expect(logged).toContain('trace-123');
    expect(logged).toContain('exploded');
    expect(logged).not.toContain('hunter2');
  });

  it('echoes a sane X-Request-Id and replaces an unsafe one', async () => {
    const ok = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(ok.headers.get('x-request-id')).toBe('abc-123');
    const bad = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'a b<script>' } });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
