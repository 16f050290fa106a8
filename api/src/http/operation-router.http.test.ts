// The request pipeline itself, with test handlers standing in for the modules: every step answers with
// its own status, in order, before any handler code runs.
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from './operation-router.ts';
import { operationRouter } from './operation-router.ts';
import { jsonBody } from './body.ts';
import { problemMiddleware } from './problem.ts';
import { requestContext } from './request-context.ts';
import { createLogger } from '../logger.ts';
import { listen } from '../server.ts';
import { createTestDb } from '../../test/db.ts';
import type { TestDb } from '../../test/db.ts';
import { seedFixtureData } from '../../test/api-fixture.ts';
import type { FixtureData } from '../../test/api-fixture.ts';

let t: TestDb;
let data: FixtureData;
let url: string;
let close: () => Promise<void>;
const seen: Record<string, unknown>[] = [];

// Echo what the pipeline hands over, so the tests can see the typed, validated call.
const handlers: Partial<Handlers> = {
  getMe: ({ ctx, principal }) => {
    ctx.body = { role: principal.role, org: principal.organizationName };
  },
  listFlags: ({ ctx, query, scope }) => {
    seen.push({ query, project: scope.project.key });
    ctx.body = { items: [], nextCursor: null };
  },
  replaceFlagConfig: ({ ctx, ifMatch, body, scope }) => {
    seen.push({ ifMatch, body, env: scope.environment.key });
    ctx.status = 204;
  },
  changeFlagConfig: ({ ctx, body }) => {
    seen.push({ body });
    ctx.status = 204;
  },
};

beforeAll(async () => {
  t = await createTestDb();
  data = await seedFixtureData(t.db);
  // A project only the first organization has.
  await t.db('projects').insert({ organization_id: data.organizationId, key: 'alpha', name: 'Alpha' });
  const logger = createLogger({ level: 'silent' });
  const app = new Koa();
  app.use(problemMiddleware(logger));
  app.use(requestContext(logger));
  app.use(jsonBody());
  const router = operationRouter(t.db, handlers);
  app.use(router.routes());
  app.use(router.allowedMethods());
  const running = await listen(app, { port: 0, host: '127.0.0.1', logger });
  url = running.url;
  close = async () => {
    await running.close(1000);
    await t.destroy();
  };
});
afterAll(() => close());

type Who = keyof FixtureData['tokens'] | 'anonymous';
async function call(
  who: Who,
  method: string,
  path: string,
  init: { body?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (who !== 'anonymous') headers.authorization = `Bearer ${data.tokens[who]}`;
  const res = await fetch(url + path, { method, headers, body: init.body });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : null,
  };
}
const json = { 'content-type': 'application/json' };
const config = JSON.stringify({ on: true, offVariation: 1, fallthrough: { variation: 0 } });
const put = '/api/v1/projects/demo/flags/new-checkout/environments/';

describe('operation router', () => {
  it('401 without a token, with an unknown one, and with a malformed header', async () => {
    for (const headers of [{}, { authorization: 'Bearer ff_pat_nope' }, { authorization: 'Basic abc' }]) {
      const res = await fetch(`${url}/api/v1/me`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
  });

  it('hands the handler the principal of the token', async () => {
    expect((await call('viewer', 'GET', '/api/v1/me')).body).toEqual({
      role: 'viewer',
      org: 'Demo organization',
    });
  });

  it("404 for another organization's project, before any permission check", async () => {
    const res = await call('otherOrg', 'GET', '/api/v1/projects/alpha/flags');
    expect(res.status).toBe(404);
    // Its own project of the same key is its own.
    expect((await call('otherOrg', 'GET', '/api/v1/projects/demo/flags')).status).toBe(200);
  });

  it('404 for a path parameter that cannot name anything (not a key)', async () => {
    expect((await call('owner', 'GET', '/api/v1/projects/Not_A_Key/flags')).status).toBe(404);
  });

  it('403 for a viewer writing, and for a developer writing a protected environment', async () => {
    const headers = { ...json, 'if-match': '"1"' };
    expect((await call('viewer', 'PUT', put + 'staging', { body: config, headers })).status).toBe(403);
    const prod = await call('developer', 'PUT', put + 'production', { body: config, headers });
    expect(prod.status).toBe(403);
    expect(prod.body.detail).toMatch(/protected/);
    expect((await call('developer', 'PUT', put + 'staging', { body: config, headers })).status).toBe(204);
    expect((await call('projectAdmin', 'PUT', put + 'production', { body: config, headers })).status).toBe(
      204,
    );
  });

  it('coerces query parameters and applies defaults; a bad one is a 400 naming it', async () => {
    seen.length = 0;
    await call('viewer', 'GET', '/api/v1/projects/demo/flags?archived=true&tag=web');
    expect(seen[0]).toEqual({
      query: { archived: true, tag: 'web', limit: 50, environments: false },
      project: 'demo',
    });
    const bad = await call('viewer', 'GET', '/api/v1/projects/demo/flags?limit=lots');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('query.limit');
  });

  it('428 when a required If-Match is missing; an unmatchable one reaches the service as such', async () => {
    expect((await call('owner', 'PUT', put + 'staging', { body: config, headers: json })).status).toBe(428);
    seen.length = 0;
    await call('owner', 'PUT', put + 'staging', { body: config, headers: { ...json, 'if-match': 'W/"3"' } });
    expect(seen[0]).toMatchObject({ ifMatch: -1, env: 'staging' });
  });

  it('415 for a body that is not JSON, 422 with paths for one that breaks the schema', async () => {
    const headers = { 'if-match': '"1"' };
    const text = await call('owner', 'PUT', put + 'staging', {
      body: 'on',
      headers: { ...headers, 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    const bad = await call('owner', 'PATCH', put + 'staging', {
      body: JSON.stringify({ actions: [{ kind: 'turnOn' }, { kind: 'setOffVariation', variation: -1 }] }),
      headers: json,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('body.actions[1].variation');
    const missing = await call('owner', 'PATCH', put + 'staging', { headers: json });
    expect(missing.status).toBe(422);
  });

  it('501 for a specified operation without a handler, 405 for a method the path does not have', async () => {
    const res = await call('owner', 'GET', '/api/v1/projects');
    expect(res.status).toBe(501);
    expect(res.body.detail).toMatch(/listProjects/);
    expect((await call('owner', 'PUT', '/api/v1/projects')).status).toBe(405);
  });

  it('sends no CORS headers: browsers cannot call the management API from other origins', async () => {
    const preflight = await fetch(`${url}/api/v1/projects/demo/flags`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${url}/api/v1/me`, {
      headers: { origin: 'https://evil.example', authorization: `Bearer ${data.tokens.viewer}` },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    expect(get.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
