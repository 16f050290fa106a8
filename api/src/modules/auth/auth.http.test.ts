import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture, Who } from '../../../test/api-fixture.ts';
import { hashPassword } from '../../security/secrets.ts';

let fx: ApiFixture;
const password = 'correct horse battery staple';

beforeAll(async () => {
  fx = await startApiFixture({ app: { trustedProxies: ['127.0.0.1'] } });
  const hash = await hashPassword(password);
  await fx
    .db('users')
    .whereIn('email', ['dev@demo.local', 'viewer@demo.local'])
    .update({ password_hash: hash });
});
afterAll(() => fx?.close());

// Each test signs in from its own client address (the test client is a trusted proxy, so X-Forwarded-For
// names the client), so the per-IP limit of one test does not spill into another.
let ipCounter = 0;
const newIp = () => `203.0.113.${++ipCounter}`;

const login = (body: object, ip: string) =>
  fx.call('anonymous', 'POST', '/api/v1/auth/login', { body, headers: { 'x-forwarded-for': ip } });

async function callWith(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(fx.url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

describe('login', () => {
  it('exchanges email and password for a personal token that expires, and records it in the audit log', async () => {
    const res = await login({ email: 'DEV@demo.local', password, tokenName: 'laptop' }, newIp());
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({
      kind: 'personal',
      name: 'laptop',
      userEmail: 'dev@demo.local',
      role: null,
    });
    expect(res.body.token).toMatch(/^ff_pat_[A-Za-z0-9_-]{43}$/);
    expect(res.body.token.startsWith(res.body.prefix)).toBe(true);
    const days = (Date.parse(res.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89);
    expect(days).toBeLessThanOrEqual(90);

    const me = await callWith(res.body.token, 'GET', '/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { email: 'dev@demo.local' }, role: 'developer' });
    expect(me.body.token.id).toBe(res.body.id);

    const audit = await fx.call('owner', 'GET', `/api/v1/audit?resource=tokens/${res.body.id}`);
    expect(audit.body.items).toHaveLength(1);
    const [entry] = audit.body.items;
    expect(entry).toMatchObject({
      action: 'api_token.create',
      before: null,
      actor: { email: 'dev@demo.local' },
    });
    expect(entry.after).toMatchObject({ id: res.body.id, name: 'laptop' });
    expect(JSON.stringify(entry)).not.toContain(res.body.token);
  });

  it('answers a wrong password, an unknown email and a password-less account with the same 401', async () => {
    const ip = newIp();
    const wrong = await login({ email: 'dev@demo.local', password: 'not the password' }, ip);
    const unknown = await login({ email: 'nobody@demo.local', password }, ip);
    // The seeded owner has no password: it signs in with its token only.
    const noPassword = await login({ email: 'owner@demo.local', password }, ip);
    for (const res of [wrong, unknown, noPassword]) {
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('The email or password is wrong.');
    }
  });

  it('refuses an invalid body with 422 and its path', async () => {
    const res = await login({ email: 'not-an-email', password }, newIp());
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('body.email');
  });

  it('locks an account after 5 failures, even for the right password, with Retry-After', async () => {
    const ip = newIp();
    for (let i = 0; i < 5; i++) {
      expect((await login({ email: 'viewer@demo.local', password: `guess ${i}` }, ip)).status).toBe(401);
    }
    for (const attempt of [{ password: 'guess 6' }, { password }]) {
      const res = await login({ email: 'viewer@demo.local', ...attempt }, newIp());
      expect(res.status).toBe(429);
      expect(res.body.type).toBe('https://ff.dev/problems/too-many-requests');
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    }
    // Other accounts from the same address are not affected by this account's lock.
    expect((await login({ email: 'dev@demo.local', password }, ip)).status).toBe(201);
  });

  it('limits failures per client IP across accounts (20 per window)', async () => {
    const ip = newIp();
    // Parallel guesses: each counts before its password is checked, so none slips past the limit.
    const guesses = await Promise.all(
      Array.from({ length: 24 }, (_, i) => login({ email: `spray${i}@demo.local`, password: 'x' }, ip)),
    );
    expect(guesses.filter((r) => r.status === 401)).toHaveLength(20);
    expect(guesses.filter((r) => r.status === 429)).toHaveLength(4);
    expect((await login({ email: 'dev@demo.local', password }, ip)).status).toBe(429);
    expect((await login({ email: 'dev@demo.local', password }, newIp())).status).toBe(201);
  });
});

describe('tokens', () => {
  it('lives through create → list → use → revoke, and a revoked token fails at once', async () => {
    const created = await fx.call('developer', 'POST', '/api/v1/tokens', {
      body: { name: 'ci', expiresInDays: 30 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'personal', name: 'ci', role: null, revokedAt: null });
    expect(created.body.token).toMatch(/^ff_pat_/);
    const days = (Date.parse(created.body.expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(30);

    const list = await fx.call('developer', 'GET', '/api/v1/tokens');
    const listed = list.body.items.find((t: { id: string }) => t.id === created.body.id);
    expect(listed).toMatchObject({ name: 'ci', prefix: created.body.prefix });
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    expect(list.body.items.every((t: { userEmail: string }) => t.userEmail === 'dev@demo.local')).toBe(true);

    expect((await callWith(created.body.token, 'GET', '/api/v1/me')).status).toBe(200);
    expect((await fx.call('developer', 'DELETE', `/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    const after = await callWith(created.body.token, 'GET', '/api/v1/me');
    expect(after.status).toBe(401);
    // Revoking again is not an error.
    expect((await fx.call('developer', 'DELETE', `/api/v1/tokens/${created.body.id}`)).status).toBe(204);

    const audit = await fx.call('admin', 'GET', `/api/v1/audit?resource=tokens/${created.body.id}`);
    // The second revoke is recorded too, and keeps the first revocation time.
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'api_token.revoke',
      'api_token.revoke',
      'api_token.create',
    ]);
    const [second, first] = audit.body.items;
    expect(first.before.revokedAt).toBeNull();
    expect(first.after.revokedAt).not.toBeNull();
    expect(second.before.revokedAt).toBe(first.after.revokedAt);
    expect(second.after.revokedAt).toBe(first.after.revokedAt);
  });

  it('refuses an expired token with 401', async () => {
    const created = await fx.call('viewer', 'POST', '/api/v1/tokens', {
      body: { name: 'short', expiresInDays: 1 },
    });
    expect((await callWith(created.body.token, 'GET', '/api/v1/me')).status).toBe(200);
    await fx
      .db('api_tokens')
      .where({ id: created.body.id })
      .update({ expires_at: new Date(Date.now() - 1000) });
    expect((await callWith(created.body.token, 'GET', '/api/v1/me')).status).toBe(401);
  });

  it("lets only the owner or an org admin revoke someone else's token (404 otherwise)", async () => {
    const created = await fx.call('viewer', 'POST', '/api/v1/tokens', { body: { name: 'mine' } });
    const path = `/api/v1/tokens/${created.body.id}`;
    expect((await fx.call('developer', 'DELETE', path)).status).toBe(404);
    expect((await fx.call('otherOrg', 'DELETE', path)).status).toBe(404);
    expect((await callWith(created.body.token, 'GET', '/api/v1/me')).status).toBe(200);
    expect((await fx.call('admin', 'DELETE', path)).status).toBe(204);
    expect((await callWith(created.body.token, 'GET', '/api/v1/me')).status).toBe(401);
    expect(
      (await fx.call('admin', 'DELETE', '/api/v1/tokens/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
  });

  it('refuses a role or project on a personal token', async () => {
    const res = await fx.call('developer', 'POST', '/api/v1/tokens', {
      body: { name: 'x', role: 'admin', project: 'demo' },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.role', 'body.project']);
  });
});

describe('service tokens', () => {
  it('need org:admin', async () => {
    for (const who of ['developer', 'projectAdmin', 'viewer'] as Who[]) {
      const res = await fx.call(who, 'POST', '/api/v1/tokens', {
        body: { name: 'bot', kind: 'service', role: 'viewer' },
      });
      expect(res.status, who).toBe(403);
    }
  });

  it('need a role, and a project exactly when the role is project_admin', async () => {
    const cases: [object, string][] = [
      [{ name: 'bot', kind: 'service' }, 'body.role'],
      [{ name: 'bot', kind: 'service', role: 'project_admin' }, 'body.project'],
      [{ name: 'bot', kind: 'service', role: 'project_admin', project: 'nope' }, 'body.project'],
      [{ name: 'bot', kind: 'service', role: 'developer', project: 'demo' }, 'body.project'],
    ];
    for (const [body, path] of cases) {
      const res = await fx.call('admin', 'POST', '/api/v1/tokens', { body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors[0].path).toBe(path);
    }
  });

  it('act with their own role, show it in listings for admins only', async () => {
    const created = await fx.call('admin', 'POST', '/api/v1/tokens', {
      body: { name: 'deploy-bot', kind: 'service', role: 'developer' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'service', role: 'developer', userEmail: null });
    expect(created.body.token).toMatch(/^ff_svc_/);

    const me = await callWith(created.body.token, 'GET', '/api/v1/me');
    expect(me.body).toMatchObject({
      user: null,
      role: 'developer',
      token: { kind: 'service', name: 'deploy-bot' },
    });
    // A developer cannot invite; neither can a developer-role service token.
    expect(
      (await callWith(created.body.token, 'POST', '/api/v1/members', { email: 'a@b.dev', role: 'viewer' }))
        .status,
    ).toBe(403);
    // A service token acts as no person, so it cannot mint personal tokens.
    expect((await callWith(created.body.token, 'POST', '/api/v1/tokens', { name: 'p' })).status).toBe(403);

    const ids = async (who: Who) =>
      (await fx.call(who, 'GET', '/api/v1/tokens')).body.items.map((t: { id: string }) => t.id);
    expect(await ids('owner')).toContain(created.body.id);
    expect(await ids('admin')).toContain(created.body.id);
    expect(await ids('developer')).not.toContain(created.body.id);
    expect(await ids('otherOrg')).not.toContain(created.body.id);
  });

  it('scope a project_admin token to its project; only an owner mints owner tokens', async () => {
    const pa = await fx.call('admin', 'POST', '/api/v1/tokens', {
      body: { name: 'pa-bot', kind: 'service', role: 'project_admin', project: 'demo' },
    });
    expect(pa.status).toBe(201);
    expect((await callWith(pa.body.token, 'GET', '/api/v1/me')).body).toMatchObject({
      role: 'project_admin',
      project: 'demo',
    });

    const body = { name: 'root-bot', kind: 'service', role: 'owner' };
    expect((await fx.call('admin', 'POST', '/api/v1/tokens', { body })).status).toBe(403);
    expect((await fx.call('owner', 'POST', '/api/v1/tokens', { body })).status).toBe(201);
  });
});

describe('me', () => {
  it('says who each token acts as', async () => {
    const owner = await fx.call('owner', 'GET', '/api/v1/me');
    expect(owner.status).toBe(200);
    expect(owner.body).toMatchObject({ user: { email: 'owner@demo.local' }, role: 'owner', project: null });
    expect(owner.body.organization.id).toBe(fx.organizationId);
    const pa = await fx.call('projectAdmin', 'GET', '/api/v1/me');
    expect(pa.body).toMatchObject({
      role: 'project_admin',
      project: 'demo',
      user: { email: 'pa@demo.local' },
    });
    expect((await fx.call('anonymous', 'GET', '/api/v1/me')).status).toBe(401);
  });
});
