// The hand-written part of the client against a stub server on loopback: auth and User-Agent, If-Match,
// the CSV import's content type, problem+json → ApiError, and zod validation on both sides.
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createClient, version } from './index.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const seen: Seen[] = [];
let reply: { status: number; type: string; body: string; headers?: Record<string, string> } = {
  status: 200,
  type: 'application/json',
  body: '{}',
};
let server: Server;
let baseUrl: string;

const config = {
  flag: 'checkout-flow',
  environment: 'production',
  version: 4,
  on: true,
  offVariation: 1,
  prerequisites: [],
  targets: [],
  rules: [],
  fallthrough: { variation: 0 },
  updatedAt: '2026-01-02T03:04:05.000Z',
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(reply.status, { 'content-type': reply.type, ...reply.headers });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function answer(status: number, body: unknown, type = 'application/json', headers?: Record<string, string>) {
  reply = { status, type, body: typeof body === 'string' ? body : JSON.stringify(body), headers };
  seen.length = 0;
}

describe('createClient', () => {
  it('sends the bearer token and User-Agent, and the query', async () => {
    answer(200, { items: [], nextCursor: null });
    const ff = createClient({ baseUrl, token: 'ff_pat_test', userAgent: 'ff-cli/9.9.9' });
    const { data } = await ff.listFlags({ path: { project: 'demo' }, query: { archived: true, limit: 10 } });
    expect(data).toEqual({ items: [], nextCursor: null });
    expect(seen[0]?.url).toBe('/api/v1/projects/demo/flags?archived=true&limit=10');
    expect(seen[0]?.headers.authorization).toBe('Bearer ff_pat_test');
    expect(seen[0]?.headers['user-agent']).toBe(`ff-cli/9.9.9 ff-client/${version}`);
  });

  it('sends no token to public operations', async () => {
    answer(200, { status: 'ok' });
    await createClient({ baseUrl, token: 'ff_pat_test' }).getHealth();
    expect(seen[0]?.headers.authorization).toBeUndefined();
  });

  it('reads the ETag and sends it back as If-Match', async () => {
    answer(200, config, 'application/json', { etag: '"4"' });
    const ff = createClient({ baseUrl, token: 't' });
    const path = { project: 'demo', flag: 'checkout-flow', env: 'production' };
    const got = await ff.getFlagConfig({ path });
    answer(200, { ...config, version: 5 });
    const changed = await ff.changeFlagConfig({
      path,
      headers: { 'If-Match': String(got.headers.etag) },
      body: { actions: [{ kind: 'turnOff' }] },
    });
    expect(changed.data.version).toBe(5);
    expect(seen[0]?.method).toBe('PATCH');
    expect(seen[0]?.headers['if-match']).toBe('"4"');
    expect(seen[0]?.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ actions: [{ kind: 'turnOff' }] });
  });

  it('sends a CSV import as text/csv', async () => {
    const segment = {
      key: 'beta',
      name: 'Beta',
      description: '',
      rules: [],
      includedCount: 2,
      excludedCount: 0,
      version: 2,
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
    };
    answer(200, { list: 'included', mode: 'merge', lines: 2, added: 2, removed: 0, segment });
    const ff = createClient({ baseUrl, token: 't' });
    await ff.importSegmentMembers({ path: { project: 'demo', segment: 'beta' }, body: 'key\nalice\nbob\n' });
    expect(seen[0]?.headers['content-type']).toMatch(/^text\/csv/);
    expect(seen[0]?.body).toBe('key\nalice\nbob\n');
  });

  it('throws an ApiError built from problem+json', async () => {
    const problem = {
      type: 'https://ff.dev/problems/validation',
      title: 'Validation failed',
      status: 422,
      detail: 'The request is not valid.',
      requestId: 'req-1',
      errors: [{ path: 'body.key', message: 'must match pattern' }],
    };
    answer(422, problem, 'application/problem+json');
    const ff = createClient({ baseUrl, token: 't' });
    const call = ff.createProject({ body: { key: 'demo', name: 'Demo' } });
    await expect(call).rejects.toBeInstanceOf(ApiError);
    await expect(ff.createProject({ body: { key: 'demo', name: 'Demo' } })).rejects.toMatchObject({
      status: 422,
      type: problem.type,
      title: problem.title,
      detail: problem.detail,
      errors: problem.errors,
      requestId: 'req-1',
    });
  });

  it('throws an ApiError for a non-problem error page too', async () => {
    answer(502, '<html>bad gateway</html>', 'text/html');
    await expect(createClient({ baseUrl }).getHealth()).rejects.toMatchObject({
      status: 502,
      type: 'about:blank',
    });
  });

  it('validates requests with the zod schemas before sending', async () => {
    answer(200, {});
    const ff = createClient({ baseUrl, token: 't' });
    await expect(ff.createProject({ body: { key: 'Not A Key', name: 'x' } })).rejects.toThrow();
    expect(seen).toHaveLength(0);
  });

  it('validates responses with the zod schemas', async () => {
    answer(200, { items: 'nope', nextCursor: null });
    await expect(
      createClient({ baseUrl, token: 't' }).listFlags({ path: { project: 'demo' } }),
    ).rejects.toThrow();
  });
});
