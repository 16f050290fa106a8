import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { actorOf } from '../../http/principal.ts';
import type { Principal, Role } from '../../http/principal.ts';
import { retentionTargets } from '../experiments/retention.ts';
import { projectRestorer } from './restore.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx?.close());

async function auditOf(action: string, resource: string) {
  return fx.db('audit_log').where({ action, resource_key: resource }).orderBy('id');
}

async function createProject(key: string, extra: Record<string, unknown> = {}) {
  const res = await fx.call('admin', 'POST', '/api/v1/projects', { body: { key, name: key, ...extra } });
  expect(res.status).toBe(201);
  return res;
}

describe('listProjects / getProject', () => {
  it('lists the organization’s projects with their environments in display order', async () => {
    const res = await fx.call('viewer', 'GET', '/api/v1/projects');
    expect(res.status).toBe(200);
    const demo = res.body.items.find((p: { key: string }) => p.key === 'demo');
    expect(demo.name).toBe('Demo');
    expect(demo.environments.map((e: { key: string }) => e.key)).toEqual([
      'development',
      'staging',
      'production',
    ]);
    expect(demo.environments[2]).toMatchObject({ protected: true, sortOrder: 2, color: '#d43d3d' });
  });

  it('shows another organization only its own projects of the same key', async () => {
    const list = await fx.call('otherOrg', 'GET', '/api/v1/projects');
    expect(list.body.items.map((p: { name: string }) => p.name)).toEqual(['Other demo']);
    const got = await fx.call('otherOrg', 'GET', '/api/v1/projects/demo');
    expect(got.body).toMatchObject({ name: 'Other demo', environments: [] });
  });

  it('gets one project with its ETag; unknown keys are 404, no token is 401', async () => {
    const res = await fx.call('developer', 'GET', '/api/v1/projects/demo');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${res.body.version}"`);
    expect(res.body.environments).toHaveLength(3);
    expect((await fx.call('viewer', 'GET', '/api/v1/projects/nope')).status).toBe(404);
    expect((await fx.call('anonymous', 'GET', '/api/v1/projects/demo')).status).toBe(401);
  });
});

describe('createProject', () => {
  it('creates a project with environments, defaults filled in, and one audit entry', async () => {
    const res = await fx.call('owner', 'POST', '/api/v1/projects', {
      body: {
        key: 'checkout',
        name: 'Checkout',
        description: 'The checkout team',
        environments: [
          { key: 'development', name: 'Development' },
          { key: 'production', name: 'Production', protected: true, color: '#112233' },
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/v1/projects/checkout');
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({
      key: 'checkout',
      name: 'Checkout',
      description: 'The checkout team',
      version: 1,
    });
    expect(res.body.environments).toEqual([
      expect.objectContaining({ key: 'development', protected: false, sortOrder: 0, version: 1 }),
      expect.objectContaining({ key: 'production', protected: true, sortOrder: 1, color: '#112233' }),
    ]);
    // Without a color, the palette by position: first environment, first color.
    expect(res.body.environments[0].color).toBe('#2e9e5b');

    const [entry] = await auditOf('project.create', 'projects/checkout');
    expect(entry).toMatchObject({ resource_type: 'project', before: null });
    expect(entry.after).toEqual(res.body);
    expect((await fx.call('viewer', 'GET', '/api/v1/projects/checkout')).body).toEqual(res.body);
  });

  it('creates a project without environments', async () => {
    const res = await createProject('bare');
    expect(res.body).toMatchObject({ key: 'bare', description: '', environments: [] });
  });

  it('refuses a duplicate key in the organization (409) but not in another one', async () => {
    await createProject('dup');
    const again = await fx.call('owner', 'POST', '/api/v1/projects', { body: { key: 'dup', name: 'Again' } });
    expect(again.status).toBe(409);
    expect(
      await fx.db('audit_log').where({ action: 'project.create', resource_key: 'projects/dup' }),
    ).toHaveLength(1);
    const other = await fx.call('otherOrg', 'POST', '/api/v1/projects', {
      body: { key: 'dup', name: 'Theirs' },
    });
    expect(other.status).toBe(201);
  });

  it('refuses duplicate environment keys with the offending path, creating nothing', async () => {
    const res = await fx.call('owner', 'POST', '/api/v1/projects', {
      body: {
        key: 'twice',
        name: 'Twice',
        environments: [
          { key: 'dev', name: 'Dev' },
          { key: 'dev', name: 'Dev again' },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body.environments[1].key' })]);
    expect((await fx.call('owner', 'GET', '/api/v1/projects/twice')).status).toBe(404);
  });

  it('validates the body against the spec (422 with the path)', async () => {
    const res = await fx.call('owner', 'POST', '/api/v1/projects', { body: { key: 'Bad Key', name: 'x' } });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('body.key');
  });

  it('needs org:admin (a project admin or developer gets 403)', async () => {
    for (const who of ['projectAdmin', 'developer', 'viewer'] as const) {
      const res = await fx.call(who, 'POST', '/api/v1/projects', {
        body: { key: `by-${who.toLowerCase()}`, name: 'x' },
      });
      expect(res.status).toBe(403);
    }
  });
});

describe('updateProject', () => {
  it('renames under If-Match, bumps the version by one and audits before/after', async () => {
    await createProject('rename-me');
    const res = await fx.call('admin', 'PATCH', '/api/v1/projects/rename-me', {
      body: { name: 'Renamed', description: 'now described' },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body).toMatchObject({ name: 'Renamed', description: 'now described', version: 2 });
    const [entry] = await auditOf('project.update', 'projects/rename-me');
    expect(entry.before).toMatchObject({ name: 'rename-me', description: '', version: 1 });
    expect(entry.after).toEqual(res.body);
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    await createProject('stale');
    const first = await fx.call('admin', 'PATCH', '/api/v1/projects/stale', {
      body: { name: 'First' },
      headers: { 'if-match': '"1"' },
    });
    expect(first.status).toBe(200);
    const second = await fx.call('admin', 'PATCH', '/api/v1/projects/stale', {
      body: { name: 'Second' },
      headers: { 'if-match': '"1"' },
    });
    expect(second.status).toBe(412);
    const now = await fx.call('admin', 'GET', '/api/v1/projects/stale');
    expect(now.body).toMatchObject({ name: 'First', version: 2 });
    expect(await auditOf('project.update', 'projects/stale')).toHaveLength(1);
  });

  it('lets the project’s own project admin update it, not a developer', async () => {
    const ok = await fx.call('projectAdmin', 'PATCH', '/api/v1/projects/demo', {
      body: { description: 'by pa' },
    });
    expect(ok.status).toBe(200);
    const pa = await fx.call('projectAdmin', 'PATCH', '/api/v1/projects/bare', {
      body: { description: 'x' },
    });
    expect(pa.status).toBe(403);
    const dev = await fx.call('developer', 'PATCH', '/api/v1/projects/demo', { body: { description: 'x' } });
    expect(dev.status).toBe(403);
  });

  it('rejects an empty patch (422) and another organization’s project is its own', async () => {
    const res = await fx.call('admin', 'PATCH', '/api/v1/projects/demo', { body: {} });
    expect(res.status).toBe(422);
    const other = await fx.call('otherOrg', 'PATCH', '/api/v1/projects/demo', { body: { name: 'Mine' } });
    expect(other.status).toBe(200);
    expect((await fx.call('viewer', 'GET', '/api/v1/projects/demo')).body.name).not.toBe('Mine');
  });
});

describe('event retention (eventRetentionDays)', () => {
  const dayMs = 86_400_000;
  // The cutoff the retention pass uses for the project's environment, with a server default of 90 days.
  async function cutoffDays(project: string, now: Date) {
    const env = await fx
      .db('environments as e')
      .join('projects as p', 'p.id', 'e.project_id')
      .where({ 'p.key': project, 'p.organization_id': fx.organizationId })
      .first('e.id');
    const target = (await retentionTargets(fx.db, now, 90)).find((t) => t.environmentId === env.id);
    return target && Math.round((now.getTime() - target.cutoff.getTime()) / dayMs);
  }

  it('is set under If-Match by a project admin, audited, read by the retention pass; null is the default', async () => {
    await createProject('kept', { environments: [{ key: 'prod', name: 'Production' }] });
    const now = new Date('2026-12-03T00:00:00Z');
    expect((await fx.call('viewer', 'GET', '/api/v1/projects/kept')).body.eventRetentionDays).toBeNull();
    expect(await cutoffDays('kept', now)).toBe(90);

    const stale = await fx.call('admin', 'PATCH', '/api/v1/projects/kept', {
      body: { eventRetentionDays: 30 },
      headers: { 'if-match': '"7"' },
    });
    expect(stale.status).toBe(412);
    const set = await fx.call('admin', 'PATCH', '/api/v1/projects/kept', {
      body: { eventRetentionDays: 30 },
      headers: { 'if-match': '"1"' },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ eventRetentionDays: 30, version: 2 });
    expect(await cutoffDays('kept', now)).toBe(30);
    const [entry] = await auditOf('project.update', 'projects/kept');
    expect(entry.before).toMatchObject({ eventRetentionDays: null });
    expect(entry.after).toMatchObject({ eventRetentionDays: 30 });

    const back = await fx.call('admin', 'PATCH', '/api/v1/projects/kept', {
      body: { eventRetentionDays: null },
      headers: { 'if-match': '"2"' },
    });
    expect(back.body.eventRetentionDays).toBeNull();
    expect(await cutoffDays('kept', now)).toBe(90);
  });

  it('is set at creation, validated (1–3650 days, 422 with the path) and needs project:admin', async () => {
    const created = await createProject('kept-short', { eventRetentionDays: 7 });
    expect(created.body.eventRetentionDays).toBe(7);
    for (const bad of [0, 3651, 1.5, '30']) {
      const res = await fx.call('admin', 'PATCH', '/api/v1/projects/kept-short', {
        body: { eventRetentionDays: bad },
      });
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect(JSON.stringify(res.body)).toContain('eventRetentionDays');
    }
    const dev = await fx.call('developer', 'PATCH', '/api/v1/projects/demo', {
      body: { eventRetentionDays: 1 },
    });
    expect(dev.status).toBe(403);
    const pa = await fx.call('projectAdmin', 'PATCH', '/api/v1/projects/demo', {
      body: { eventRetentionDays: 14 },
    });
    expect(pa.status).toBe(200);
    expect(pa.body.eventRetentionDays).toBe(14);
  });
});

describe('deleteProject', () => {
  it('deletes the project with everything in it, under If-Match', async () => {
    const created = await createProject('doomed', { environments: [{ key: 'dev', name: 'Dev' }] });
    const project = await fx
      .db('projects')
      .where({ key: 'doomed', organization_id: fx.organizationId })
      .first();
    const [flag] = await fx
      .db('flags')
      .insert({
        project_id: project.id,
        key: 'f',
        name: 'F',
        kind: 'boolean',
        variations: JSON.stringify([]),
      })
      .returning('id');
    const env = await fx.db('environments').where({ project_id: project.id }).first();
    await fx
      .db('flag_configs')
      .insert({ flag_id: flag.id, environment_id: env.id, config: JSON.stringify({}) });
    const key = await fx.call('owner', 'POST', '/api/v1/projects/doomed/environments/dev/sdk-keys', {
      body: { kind: 'server' },
    });
    expect(key.status).toBe(201);

    const stale = await fx.call('owner', 'DELETE', '/api/v1/projects/doomed', {
      headers: { 'if-match': '"7"' },
    });
    expect(stale.status).toBe(412);
    expect((await fx.call('owner', 'GET', '/api/v1/projects/doomed')).status).toBe(200);

    const res = await fx.call('owner', 'DELETE', '/api/v1/projects/doomed', {
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(204);
    expect((await fx.call('owner', 'GET', '/api/v1/projects/doomed')).status).toBe(404);
    for (const [table, where] of [
      ['environments', { project_id: project.id }],
      ['flags', { project_id: project.id }],
      ['flag_configs', { environment_id: env.id }],
      ['sdk_keys', { environment_id: env.id }],
    ] as const) {
      expect(await fx.db(table).where(where), table).toHaveLength(0);
    }
    const [entry] = await auditOf('project.delete', 'projects/doomed');
    expect(entry.before).toEqual(created.body);
    expect(entry.after).toBeNull();
  });

  it('needs org:admin: the project admin of the project gets 403', async () => {
    expect((await fx.call('projectAdmin', 'DELETE', '/api/v1/projects/demo')).status).toBe(403);
    expect((await fx.call('viewer', 'DELETE', '/api/v1/projects/nope')).status).toBe(404);
  });
});

describe('projectRestorer', () => {
  const principal = (role: Role): Principal => ({
    organizationId: fx.organizationId,
    organizationName: 'Demo organization',
    userId: null,
    email: null,
    tokenId: randomUUID(),
    tokenName: 'restorer test',
    tokenKind: 'service',
    role,
    adminProjects: new Set(),
  });
  const restore = (who: Principal, resource: string, snapshot: unknown) =>
    mutate(fx.db, actorOf(who, 'test'), async (uow) => {
      const after = await projectRestorer.restore(uow, who, resource, snapshot);
      await uow.audit({ action: 'project.revert', resourceType: 'project', resource, before: null, after });
      return after;
    });

  it('restores a renamed project’s name and description as a new version', async () => {
    const created = await createProject('revert-rename', { description: 'original' });
    await fx.call('admin', 'PATCH', '/api/v1/projects/revert-rename', {
      body: { name: 'Changed', description: 'x' },
    });
    const owner = principal('owner');
    const after = await restore(owner, 'projects/revert-rename', created.body);
    expect(after).toMatchObject({ name: 'revert-rename', description: 'original', version: 3 });
    expect(
      await fx.db.transaction((trx) => projectRestorer.current(trx, owner, 'projects/revert-rename')),
    ).toEqual(after);
  });

  it('recreates a deleted project with its environments, and deletes on a null snapshot', async () => {
    const created = await createProject('revert-delete', {
      environments: [{ key: 'prod', name: 'Prod', protected: true, color: '#abcdef', sortOrder: 5 }],
    });
    await fx.call('owner', 'DELETE', '/api/v1/projects/revert-delete');
    const owner = principal('owner');
    const after = (await restore(owner, 'projects/revert-delete', created.body)) as typeof created.body;
    expect(after.environments).toEqual([
      expect.objectContaining({ key: 'prod', name: 'Prod', protected: true, color: '#abcdef', sortOrder: 5 }),
    ]);
    expect(await restore(owner, 'projects/revert-delete', null)).toBeNull();
    expect((await fx.call('owner', 'GET', '/api/v1/projects/revert-delete')).status).toBe(404);
  });

  it('needs org:admin to recreate or delete, project:admin to change', async () => {
    const dev = principal('developer');
    await expect(
      fx.db.transaction((trx) => projectRestorer.authorize(trx, dev, 'projects/demo')),
    ).rejects.toThrow(/project admin/);
    const pa = { ...principal('project_admin'), adminProjects: new Set([await demoId()]) };
    await expect(
      fx.db.transaction((trx) => projectRestorer.authorize(trx, pa, 'projects/demo')),
    ).resolves.toBeUndefined();
    await expect(restore(pa, 'projects/demo', null)).rejects.toThrow(/organization admin/);
    await expect(
      fx.db.transaction((trx) => projectRestorer.authorize(trx, pa, 'projects/gone-for-good')),
    ).rejects.toThrow(/organization admin/);
  });
});

async function demoId(): Promise<string> {
  const row = await fx.db('projects').where({ organization_id: fx.organizationId, key: 'demo' }).first('id');
  return row.id;
}
