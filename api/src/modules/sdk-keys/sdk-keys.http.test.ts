import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { hashSecret } from '../../security/secrets.ts';
import { authenticateSdkKey } from './authenticate.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx?.close());

const dev = '/api/v1/projects/demo/environments/development/sdk-keys';
const staging = '/api/v1/projects/demo/environments/staging/sdk-keys';

async function createKey(path = dev, body: Record<string, unknown> = { kind: 'server' }) {
  const res = await fx.call('owner', 'POST', path, { body });
  expect(res.status).toBe(201);
  return res.body as { id: string; key: string; prefix: string; kind: string; name: string };
}

async function auditOf(action: string, id: string) {
  return fx.db('audit_log').where({ action }).andWhere('resource_key', 'like', `%/sdk-keys/${id}`);
}

/** Every audit entry and SDK key row, as text: a secret must appear in none of them. */
async function storedText(): Promise<string> {
  return JSON.stringify([await fx.db('audit_log').select(), await fx.db('sdk_keys').select()]);
}

describe('listSdkKeys', () => {
  it('lists the environment’s keys without secrets or hashes', async () => {
    const res = await fx.call('projectAdmin', 'GET', dev);
    expect(res.status).toBe(200);
    expect(res.body.items.map((k: { name: string }) => k.name).sort()).toEqual([
      'demo client key',
      'demo server key',
    ]);
    for (const item of res.body.items) {
      expect(Object.keys(item).sort()).toEqual(
        ['createdAt', 'environment', 'expiresAt', 'id', 'kind', 'name', 'prefix', 'revokedAt'].sort(),
      );
      expect(item).toMatchObject({ environment: 'development', expiresAt: null, revokedAt: null });
    }
    expect((await fx.call('owner', 'GET', staging)).body.items).toEqual([]);
  });

  it('needs project:admin; another organization sees nothing', async () => {
    expect((await fx.call('developer', 'GET', dev)).status).toBe(403);
    expect((await fx.call('viewer', 'GET', dev)).status).toBe(403);
    expect((await fx.call('otherOrg', 'GET', dev)).status).toBe(404);
  });
});

describe('createSdkKey', () => {
  it('shows the secret once and stores only its SHA-256 and prefix', async () => {
    const res = await fx.call('projectAdmin', 'POST', dev, { body: { kind: 'server' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const created = res.body;
    expect(created.key).toMatch(/^ff_srv_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ kind: 'server', name: 'server key', environment: 'development' });
    expect(created.prefix).toBe(created.key.slice(0, 'ff_srv_'.length + 4));

    const row = await fx.db('sdk_keys').where({ id: created.id }).first();
    expect(row.hash).toBe(hashSecret(created.key));
    expect(await storedText()).not.toContain(created.key);

    const listed = (await fx.call('owner', 'GET', dev)).body.items.find(
      (k: { id: string }) => k.id === created.id,
    );
    const { key: _secret, ...shown } = created;
    expect(listed).toEqual(shown);

    const [entry] = await auditOf('sdk_key.create', created.id);
    expect(entry).toMatchObject({
      resource_type: 'sdk_key',
      resource_key: `projects/demo/environments/development/sdk-keys/${created.id}`,
      before: null,
    });
    expect(entry.after).toEqual(listed);
  });

  it('makes client keys too, with a name; the key opens only its environment', async () => {
    const created = await createKey(staging, { kind: 'client', name: 'web app' });
    expect(created.key.startsWith('ff_cli_')).toBe(true);
    expect(created.name).toBe('web app');
    expect(await authenticateSdkKey(fx.db, created.key)).toMatchObject({
      id: created.id,
      kind: 'client',
      environmentKey: 'staging',
    });
    expect(await authenticateSdkKey(fx.db, created.key, 'server')).toBeUndefined();
    expect(await authenticateSdkKey(fx.db, created.key.slice(0, -1) + 'x')).toBeUndefined();
  });

  it('validates the body (422 with the path) and needs project:admin', async () => {
    const bad = await fx.call('owner', 'POST', dev, { body: { kind: 'admin' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('body.kind');
    expect((await fx.call('developer', 'POST', dev, { body: { kind: 'server' } })).status).toBe(403);
  });
});

describe('rotateSdkKey', () => {
  it('issues a replacement; both keys work until the old one’s expiresAt', async () => {
    const old = await createKey(dev, { kind: 'server', name: 'backend' });
    const before = Date.now();
    const res = await fx.call('owner', 'POST', `${dev}/${old.id}/rotate`, { body: { overlapSeconds: 600 } });
    expect(res.status).toBe(201);
    const fresh = res.body;
    expect(fresh).toMatchObject({ kind: 'server', name: 'backend', expiresAt: null, revokedAt: null });
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.key).not.toBe(old.key);

    const oldNow = (await fx.call('owner', 'GET', dev)).body.items.find(
      (k: { id: string }) => k.id === old.id,
    );
    const expiresAt = Date.parse(oldNow.expiresAt);
    expect(expiresAt).toBeGreaterThan(before + 590_000);
    expect(expiresAt).toBeLessThan(Date.now() + 610_000);

    expect((await authenticateSdkKey(fx.db, old.key))?.id).toBe(old.id);
    expect((await authenticateSdkKey(fx.db, fresh.key))?.id).toBe(fresh.id);
    // Past expiresAt the old key stops working and the new one goes on.
    await fx
      .db('sdk_keys')
      .where({ id: old.id })
      .update({ expires_at: new Date(Date.now() - 1000) });
    expect(await authenticateSdkKey(fx.db, old.key)).toBeUndefined();
    expect((await authenticateSdkKey(fx.db, fresh.key))?.id).toBe(fresh.id);

    const [entry] = await auditOf('sdk_key.rotate', old.id);
    expect(entry.before).toMatchObject({ id: old.id, expiresAt: null });
    expect(entry.after).toMatchObject({
      id: old.id,
      expiresAt: oldNow.expiresAt,
      replacedBy: { id: fresh.id },
    });
    const text = await storedText();
    expect(text).not.toContain(old.key);
    expect(text).not.toContain(fresh.key);
  });

  it('defaults to an hour of overlap; overlapSeconds 0 retires the old key at once', async () => {
    const a = await createKey();
    await fx.call('owner', 'POST', `${dev}/${a.id}/rotate`);
    const row = await fx.db('sdk_keys').where({ id: a.id }).first();
    expect(new Date(row.expires_at).getTime() - Date.now()).toBeGreaterThan(3500_000);

    const b = await createKey();
    expect(
      (await fx.call('owner', 'POST', `${dev}/${b.id}/rotate`, { body: { overlapSeconds: 0 } })).status,
    ).toBe(201);
    expect(await authenticateSdkKey(fx.db, b.key)).toBeUndefined();
    // An expired key cannot be rotated again.
    const again = await fx.call('owner', 'POST', `${dev}/${b.id}/rotate`);
    expect(again.status).toBe(409);
  });

  it('never extends an overlap window already running', async () => {
    const k = await createKey();
    await fx.call('owner', 'POST', `${dev}/${k.id}/rotate`, { body: { overlapSeconds: 60 } });
    const first = (await fx.db('sdk_keys').where({ id: k.id }).first()).expires_at;
    expect(
      (await fx.call('owner', 'POST', `${dev}/${k.id}/rotate`, { body: { overlapSeconds: 3600 } })).status,
    ).toBe(201);
    expect((await fx.db('sdk_keys').where({ id: k.id }).first()).expires_at).toEqual(first);
  });

  it('refuses a revoked key (409), and a key of another environment or none at all (404)', async () => {
    const k = await createKey();
    expect((await fx.call('owner', 'DELETE', `${dev}/${k.id}`)).status).toBe(204);
    expect((await fx.call('owner', 'POST', `${dev}/${k.id}/rotate`)).status).toBe(409);

    const other = await createKey(staging);
    expect((await fx.call('owner', 'POST', `${dev}/${other.id}/rotate`)).status).toBe(404);
    expect(
      (await fx.call('owner', 'POST', `${dev}/00000000-0000-4000-8000-000000000000/rotate`)).status,
    ).toBe(404);
    expect((await fx.call('owner', 'POST', `${dev}/not-a-uuid/rotate`)).status).toBe(404);
    const bad = await fx.call('owner', 'POST', `${staging}/${other.id}/rotate`, {
      body: { overlapSeconds: -1 },
    });
    expect(bad.status).toBe(422);
    expect((await fx.call('developer', 'POST', `${staging}/${other.id}/rotate`)).status).toBe(403);
    expect(await auditOf('sdk_key.rotate', other.id)).toHaveLength(0);
  });
});

describe('revokeSdkKey', () => {
  it('revokes at once, audited; revoking again keeps the first revokedAt', async () => {
    const k = await createKey(dev, { kind: 'client' });
    expect(await authenticateSdkKey(fx.db, k.key)).toBeDefined();
    const res = await fx.call('projectAdmin', 'DELETE', `${dev}/${k.id}`);
    expect(res.status).toBe(204);
    expect(await authenticateSdkKey(fx.db, k.key)).toBeUndefined();

    const listed = (await fx.call('owner', 'GET', dev)).body.items.find((i: { id: string }) => i.id === k.id);
    expect(listed.revokedAt).not.toBeNull();
    const [entry] = await auditOf('sdk_key.revoke', k.id);
    expect(entry.before).toMatchObject({ id: k.id, revokedAt: null });
    expect(entry.after).toEqual(listed);

    expect((await fx.call('owner', 'DELETE', `${dev}/${k.id}`)).status).toBe(204);
    const entries = await auditOf('sdk_key.revoke', k.id);
    expect(entries).toHaveLength(2);
    expect(entries[1].before).toEqual(listed);
    expect(entries[1].after).toEqual(listed);
    expect(
      (await fx.call('owner', 'GET', dev)).body.items.find((i: { id: string }) => i.id === k.id),
    ).toEqual(listed);
  });

  it('404 for a key of another environment; 403 below project:admin', async () => {
    const k = await createKey(staging);
    expect((await fx.call('owner', 'DELETE', `${dev}/${k.id}`)).status).toBe(404);
    expect((await fx.call('developer', 'DELETE', `${staging}/${k.id}`)).status).toBe(403);
    expect(await authenticateSdkKey(fx.db, k.key)).toBeDefined();
  });
});
