import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { hashPassword } from '../../security/secrets.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx?.close());

interface Member {
  id: string;
  email: string;
  role: string;
  version: number;
  status: string;
}

async function memberByEmail(email: string): Promise<Member> {
  const res = await fx.call('owner', 'GET', '/api/v1/members');
  return res.body.items.find((m: Member) => m.email === email);
}

async function withToken(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(fx.url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const accept = (body: object) => fx.call('anonymous', 'POST', '/api/v1/auth/accept-invite', { body });

describe('invite → accept → login', () => {
  it('creates a pending member with a one-time code that activates it, sets the password and signs in', async () => {
    const invite = await fx.call('admin', 'POST', '/api/v1/members', {
      body: { email: 'New.Person@Example.com', role: 'developer' },
    });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({
      email: 'New.Person@Example.com',
      role: 'developer',
      status: 'pending',
      version: 1,
      name: null,
    });
    expect(invite.headers.get('etag')).toBe('"1"');
    expect(invite.headers.get('location')).toBe(`/api/v1/members/${invite.body.id}`);
    const code: string = invite.body.inviteCode;
    expect(code).toMatch(/^ff_inv_/);
    // Stored hashed only.
    const row = await fx.db('memberships').where({ id: invite.body.id }).first();
    expect(row.invite_hash).not.toContain(code);
    expect(JSON.stringify(row)).not.toContain(code);

    expect(await memberByEmail('New.Person@Example.com')).toMatchObject({ status: 'pending' });
    // A pending member cannot sign in yet.
    const early = await fx.call('anonymous', 'POST', '/api/v1/auth/login', {
      body: { email: 'new.person@example.com', password: 'long enough password' },
      headers: { 'x-forwarded-for': '198.51.100.1' },
    });
    expect(early.status).toBe(401);

    const short = await accept({ inviteCode: code, password: 'short' });
    expect(short.status).toBe(422);
    expect(short.body.errors[0].path).toBe('body.password');

    const accepted = await accept({ inviteCode: code, name: 'New Person', password: 'long enough password' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.token).toMatch(/^ff_pat_/);
    const me = await withToken(accepted.body.token, 'GET', '/api/v1/me');
    expect(me.body).toMatchObject({
      role: 'developer',
      user: { name: 'New Person', email: 'New.Person@Example.com' },
    });
    expect(await memberByEmail('New.Person@Example.com')).toMatchObject({ status: 'active', version: 2 });

    // The code works once.
    expect((await accept({ inviteCode: code })).status).toBe(404);
    expect((await accept({ inviteCode: 'ff_inv_unknown' })).status).toBe(404);

    const login = await fx.call('anonymous', 'POST', '/api/v1/auth/login', {
      body: { email: 'new.person@example.com', password: 'long enough password' },
      headers: { 'x-forwarded-for': '198.51.100.2' },
    });
    expect(login.status).toBe(201);
    expect((await withToken(login.body.token, 'GET', '/api/v1/me')).body.user.email).toBe(
      'New.Person@Example.com',
    );

    const audit = await fx.call('owner', 'GET', `/api/v1/audit?resource=members/${invite.body.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'member.accept',
      'member.invite',
    ]);
    expect(JSON.stringify(audit.body)).not.toContain(code);
    expect(audit.body.items[0].before.status).toBe('pending');
    expect(audit.body.items[0].after.status).toBe('active');
  });

  it('invites an existing user of another organization without touching their password', async () => {
    const hash = await hashPassword('the other password');
    await fx.db('users').where({ email: 'owner@other.local' }).update({ password_hash: hash });
    const invite = await fx.call('owner', 'POST', '/api/v1/members', {
      body: { email: 'owner@other.local', role: 'viewer' },
    });
    expect(invite.status).toBe(201);
    const res = await accept({ inviteCode: invite.body.inviteCode, password: 'a brand new password' });
    expect(res.status).toBe(409);
    const ok = await accept({ inviteCode: invite.body.inviteCode });
    expect(ok.status).toBe(201);
    const me = await withToken(ok.body.token, 'GET', '/api/v1/me');
    expect(me.body).toMatchObject({ role: 'viewer', organization: { id: fx.organizationId } });
    expect((await fx.db('users').where({ email: 'owner@other.local' }).first()).password_hash).toBe(hash);
  });

  it('refuses to invite a member twice (409), whatever the case of the email', async () => {
    const res = await fx.call('admin', 'POST', '/api/v1/members', {
      body: { email: 'DEV@demo.local', role: 'viewer' },
    });
    expect(res.status).toBe(409);
  });

  it('needs a project exactly for project_admin', async () => {
    const cases: [object, number][] = [
      [{ email: 'p1@x.dev', role: 'project_admin' }, 422],
      [{ email: 'p1@x.dev', role: 'project_admin', project: 'nope' }, 422],
      [{ email: 'p1@x.dev', role: 'viewer', project: 'demo' }, 422],
    ];
    for (const [body, status] of cases) {
      const res = await fx.call('admin', 'POST', '/api/v1/members', { body });
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.errors[0].path).toBe('body.project');
    }
    const ok = await fx.call('admin', 'POST', '/api/v1/members', {
      body: { email: 'p1@x.dev', role: 'project_admin', project: 'demo' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ role: 'project_admin', project: 'demo' });
  });

  it('lets only an owner invite an owner, and only org admins invite at all', async () => {
    const body = { email: 'boss@x.dev', role: 'owner' };
    expect((await fx.call('admin', 'POST', '/api/v1/members', { body })).status).toBe(403);
    expect(
      (await fx.call('developer', 'POST', '/api/v1/members', { body: { email: 'x@x.dev', role: 'viewer' } }))
        .status,
    ).toBe(403);
    expect((await fx.call('owner', 'POST', '/api/v1/members', { body })).status).toBe(201);
  });
});

describe('roles', () => {
  it('changes a role with If-Match, refuses a stale one with 412 and changes nothing', async () => {
    const viewer = await memberByEmail('viewer@demo.local');
    const path = `/api/v1/members/${viewer.id}`;
    const res = await fx.call('admin', 'PATCH', path, {
      body: { role: 'developer' },
      headers: { 'if-match': `"${viewer.version}"` },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'developer', version: viewer.version + 1 });
    expect(res.headers.get('etag')).toBe(`"${viewer.version + 1}"`);

    const stale = await fx.call('admin', 'PATCH', path, {
      body: { role: 'admin' },
      headers: { 'if-match': `"${viewer.version}"` },
    });
    expect(stale.status).toBe(412);
    expect(await memberByEmail('viewer@demo.local')).toMatchObject({
      role: 'developer',
      version: viewer.version + 1,
    });
    // The viewer's own token now acts as a developer.
    expect((await fx.call('viewer', 'GET', '/api/v1/me')).body.role).toBe('developer');

    const audit = await fx.call('owner', 'GET', `/api/v1/audit?resource=members/${viewer.id}`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      action: 'member.update',
      before: { role: 'viewer' },
      after: { role: 'developer' },
    });

    await fx.call('admin', 'PATCH', path, { body: { role: 'viewer' } });
  });

  it('404s an unknown or foreign member', async () => {
    const viewer = await memberByEmail('viewer@demo.local');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (await fx.call('admin', 'PATCH', `/api/v1/members/${unknown}`, { body: { role: 'viewer' } })).status,
    ).toBe(404);
    expect(
      (await fx.call('otherOrg', 'PATCH', `/api/v1/members/${viewer.id}`, { body: { role: 'owner' } }))
        .status,
    ).toBe(404);
    expect((await fx.call('otherOrg', 'DELETE', `/api/v1/members/${viewer.id}`)).status).toBe(404);
  });

  it('lets only owners grant or revoke the owner role', async () => {
    const dev = await memberByEmail('dev@demo.local');
    expect(
      (await fx.call('admin', 'PATCH', `/api/v1/members/${dev.id}`, { body: { role: 'owner' } })).status,
    ).toBe(403);
    const admin = await memberByEmail('admin@demo.local');
    // An admin cannot promote themselves either.
    expect(
      (await fx.call('admin', 'PATCH', `/api/v1/members/${admin.id}`, { body: { role: 'owner' } })).status,
    ).toBe(403);
    const owner = await memberByEmail('owner@demo.local');
    expect(
      (await fx.call('admin', 'PATCH', `/api/v1/members/${owner.id}`, { body: { role: 'viewer' } })).status,
    ).toBe(403);
    expect((await fx.call('admin', 'DELETE', `/api/v1/members/${owner.id}`)).status).toBe(403);
  });
});

describe('the last owner', () => {
  it('cannot be demoted or removed; with a second owner, they can', async () => {
    const owner = await memberByEmail('owner@demo.local');
    const path = `/api/v1/members/${owner.id}`;
    const demote = await fx.call('owner', 'PATCH', path, { body: { role: 'admin' } });
    expect(demote.status).toBe(409);
    expect(demote.body.detail).toContain('last owner');
    expect((await fx.call('owner', 'DELETE', path)).status).toBe(409);
    // A pending owner does not count.
    expect(await memberByEmail('boss@x.dev')).toMatchObject({ role: 'owner', status: 'pending' });
    expect((await fx.call('owner', 'DELETE', path)).status).toBe(409);

    const admin = await memberByEmail('admin@demo.local');
    const promote = await fx.call('owner', 'PATCH', `/api/v1/members/${admin.id}`, {
      body: { role: 'owner' },
    });
    expect(promote.status).toBe(200);
    expect((await fx.call('owner', 'PATCH', path, { body: { role: 'admin' } })).status).toBe(200);
    // Now the former admin is the only owner.
    expect((await fx.call('admin', 'DELETE', `/api/v1/members/${admin.id}`)).status).toBe(409);
    // Restore the fixture's roles.
    expect((await fx.call('admin', 'PATCH', path, { body: { role: 'owner' } })).status).toBe(200);
    expect(
      (await fx.call('owner', 'PATCH', `/api/v1/members/${admin.id}`, { body: { role: 'admin' } })).status,
    ).toBe(200);
  });
});

describe('two owners demoting each other at once', () => {
  it('leave exactly one owner: one change wins, the other is refused', async () => {
    const owner = await memberByEmail('owner@demo.local');
    const admin = await memberByEmail('admin@demo.local');
    expect(
      (await fx.call('owner', 'PATCH', `/api/v1/members/${admin.id}`, { body: { role: 'owner' } })).status,
    ).toBe(200);

    const results = await Promise.all([
      fx.call('owner', 'PATCH', `/api/v1/members/${admin.id}`, { body: { role: 'admin' } }),
      fx.call('admin', 'PATCH', `/api/v1/members/${owner.id}`, { body: { role: 'admin' } }),
    ]);
    // The loser is refused either way: 409 when both ran at once (the owner rows are locked, so the
    // second sees it would remove the last owner), 403 when it started after losing the owner role.
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const owners = (await fx.call('viewer', 'GET', '/api/v1/members')).body.items.filter(
      (m: Member) => m.role === 'owner' && m.status === 'active',
    );
    expect(owners).toHaveLength(1);

    // Put the fixture's roles back, from whichever side won.
    const survivor = owners[0].email === 'owner@demo.local' ? 'owner' : 'admin';
    const other = survivor === 'owner' ? admin : owner;
    expect(
      (await fx.call(survivor, 'PATCH', `/api/v1/members/${other.id}`, { body: { role: 'owner' } })).status,
    ).toBe(200);
    expect(
      (await fx.call('owner', 'PATCH', `/api/v1/members/${admin.id}`, { body: { role: 'admin' } })).status,
    ).toBe(200);
  });
});

describe('removal', () => {
  it('removes a member and revokes their personal tokens in this organization at once', async () => {
    const invite = await fx.call('admin', 'POST', '/api/v1/members', {
      body: { email: 'leaver@x.dev', role: 'developer' },
    });
    const accepted = await accept({ inviteCode: invite.body.inviteCode });
    expect((await withToken(accepted.body.token, 'GET', '/api/v1/me')).status).toBe(200);

    expect((await fx.call('viewer', 'DELETE', `/api/v1/members/${invite.body.id}`)).status).toBe(403);
    expect((await fx.call('admin', 'DELETE', `/api/v1/members/${invite.body.id}`)).status).toBe(204);
    expect((await withToken(accepted.body.token, 'GET', '/api/v1/me')).status).toBe(401);
    const token = await fx.db('api_tokens').where({ id: accepted.body.id }).first();
    expect(token.revoked_at).not.toBeNull();
    expect(await memberByEmail('leaver@x.dev')).toBeUndefined();
    expect((await fx.call('admin', 'DELETE', `/api/v1/members/${invite.body.id}`)).status).toBe(404);

    const audit = await fx.call(
      'owner',
      'GET',
      `/api/v1/audit?resource=members/${invite.body.id}&action=member.remove`,
    );
    expect(audit.body.items[0]).toMatchObject({ before: { email: 'leaver@x.dev' }, after: null });
  });

  it('cancels a pending invitation', async () => {
    const invite = await fx.call('admin', 'POST', '/api/v1/members', {
      body: { email: 'maybe@x.dev', role: 'viewer' },
    });
    expect((await fx.call('admin', 'DELETE', `/api/v1/members/${invite.body.id}`)).status).toBe(204);
    expect((await accept({ inviteCode: invite.body.inviteCode })).status).toBe(404);
  });
});
