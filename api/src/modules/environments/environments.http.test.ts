import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { onRealPostgres } from '../../../test/db.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { actorOf } from '../../http/principal.ts';
import type { Principal, Role } from '../../http/principal.ts';
import { environmentRestorer } from './restore.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx?.close());

const base = '/api/v1/projects/demo/environments';

async function auditOf(action: string, resource: string) {
  return fx.db('audit_log').where({ action, resource_key: resource }).orderBy('id');
}

/** flag key → its stored configuration (and version) in the demo environment `envKey`. */
async function configsIn(envKey: string): Promise<Record<string, { config: unknown; version: number }>> {
  const rows = await fx
    .db('flag_configs as c')
    .join('environments as e', 'e.id', 'c.environment_id')
    .join('projects as p', 'p.id', 'e.project_id')
    .join('flags as f', 'f.id', 'c.flag_id')
    .where({ 'p.organization_id': fx.organizationId, 'p.key': 'demo', 'e.key': envKey })
    .select('f.key', 'c.config', 'c.version');
  return Object.fromEntries(rows.map((r) => [r.key, { config: r.config, version: r.version }]));
}

async function createEnv(key: string, extra: Record<string, unknown> = {}) {
  const res = await fx.call('owner', 'POST', base, { body: { key, name: key, ...extra } });
  expect(res.status).toBe(201);
  return res;
}

describe('listEnvironments / getEnvironment', () => {
  it('lists in display order; unknown project 404; another organization sees its own project', async () => {
    const res = await fx.call('viewer', 'GET', base);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { key: string }) => e.key)).toEqual([
      'development',
      'staging',
      'production',
    ]);
    expect((await fx.call('viewer', 'GET', '/api/v1/projects/nope/environments')).status).toBe(404);
    expect((await fx.call('otherOrg', 'GET', base)).body.items).toEqual([]);
  });

  it('gets one with its ETag; unknown environment 404', async () => {
    const res = await fx.call('viewer', 'GET', `${base}/production`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ key: 'production', name: 'Production', protected: true, sortOrder: 2 });
    expect(res.headers.get('etag')).toBe(`"${res.body.version}"`);
    expect((await fx.call('viewer', 'GET', `${base}/nope`)).status).toBe(404);
    expect((await fx.call('otherOrg', 'GET', `${base}/production`)).status).toBe(404);
  });
});

describe('createEnvironment', () => {
  it('gives every flag of the project an off configuration there, serving its last variation', async () => {
    const res = await fx.call('projectAdmin', 'POST', base, { body: { key: 'qa', name: 'QA' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`${base}/qa`);
    expect(res.headers.get('etag')).toBe('"1"');
    // Fourth environment: fourth palette color, placed after the others.
    expect(res.body).toMatchObject({
      key: 'qa',
      protected: false,
      sortOrder: 3,
      color: '#3b82f6',
      version: 1,
    });

    const off = (offVariation: number) => ({
      config: {
        on: false,
        offVariation,
        prerequisites: [],
        targets: [],
        rules: [],
        fallthrough: { variation: 0 },
      },
      version: 1,
    });
    expect(await configsIn('qa')).toEqual({
      'new-checkout': off(1),
      'checkout-flow': off(1),
      'max-cart-items': off(2),
      'banner-config': off(1),
    });
    const [entry] = await auditOf('environment.create', 'projects/demo/environments/qa');
    expect(entry).toMatchObject({ resource_type: 'environment', before: null });
    expect(entry.after).toEqual(res.body);
  });

  it('refuses a duplicate key (409) and writes nothing', async () => {
    const res = await fx.call('owner', 'POST', base, { body: { key: 'staging', name: 'Again' } });
    expect(res.status).toBe(409);
    expect(await auditOf('environment.create', 'projects/demo/environments/staging')).toHaveLength(0);
  });

  it('validates the body (422 with the path) and needs project:admin', async () => {
    const bad = await fx.call('owner', 'POST', base, { body: { key: 'x', name: 'X', color: 'red' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('body.color');
    expect((await fx.call('developer', 'POST', base, { body: { key: 'dev2', name: 'x' } })).status).toBe(403);
    expect((await fx.call('otherOrg', 'POST', base, { body: { key: 'o', name: 'o' } })).status).toBe(201);
  });
  it('configures a flag whose creation commits while the environment is being created', async () => {
    // On PGlite the open transaction holds the one connection, so everything else queues behind it.
    const project = await projectId();
    const flags = await fx.db.transaction();
    const [flag] = await flags('flags')
      .insert({
        project_id: project,
        key: 'racing',
        name: 'Racing',
        kind: 'boolean',
        variations: JSON.stringify([{ value: true }, { value: false }]),
      })
      .returning('id');
    const creating = fx.call('owner', 'POST', base, { body: { key: 'raced', name: 'Raced' } });
    // Commit only once the creation waits behind this transaction, so it really runs across the commit.
    await vi.waitFor(async () => expect(await creationWaits()).toBe(true), { timeout: 20_000, interval: 10 });
    await flags.commit();
    expect((await creating).status).toBe(201);
    const config = await fx
      .db('flag_configs')
      .where({ flag_id: flag.id, environment_id: await envId('raced') });
    expect(config).toHaveLength(1);
    // The other tests count the four demo flags.
    await fx.db('flags').where({ id: flag.id }).delete();
  });
});

describe('updateEnvironment', () => {
  it('renames, recolors and reorders under If-Match, one version up each time, audited', async () => {
    const created = await createEnv('rename-me');
    const res = await fx.call('owner', 'PATCH', `${base}/rename-me`, {
      body: { name: 'Renamed', color: '#000000', sortOrder: 0 },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body).toMatchObject({ name: 'Renamed', color: '#000000', sortOrder: 0, version: 2 });
    const [entry] = await auditOf('environment.update', 'projects/demo/environments/rename-me');
    expect(entry.before).toEqual(created.body);
    expect(entry.after).toEqual(res.body);
    // sortOrder 0 ties with development; the key breaks the tie.
    const list = await fx.call('viewer', 'GET', base);
    expect(list.body.items.slice(0, 2).map((e: { key: string }) => e.key)).toEqual([
      'development',
      'rename-me',
    ]);
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    await createEnv('stale');
    await fx.call('owner', 'PATCH', `${base}/stale`, {
      body: { name: 'One' },
      headers: { 'if-match': '"1"' },
    });
    const res = await fx.call('owner', 'PATCH', `${base}/stale`, {
      body: { name: 'Two' },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(412);
    expect((await fx.call('viewer', 'GET', `${base}/stale`)).body).toMatchObject({ name: 'One', version: 2 });
    expect(await auditOf('environment.update', 'projects/demo/environments/stale')).toHaveLength(1);
  });

  it('lets exactly one of two concurrent writes with the same If-Match win', async () => {
    await createEnv('contended');
    const write = (name: string) =>
      fx.call('owner', 'PATCH', `${base}/contended`, { body: { name }, headers: { 'if-match': '"1"' } });
    const statuses = (await Promise.all([write('A'), write('B')])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 412]);
    expect((await fx.call('viewer', 'GET', `${base}/contended`)).body.version).toBe(2);
  });

  it('protects and unprotects: developers lose and regain write access to its flag configurations', async () => {
    await createEnv('guarded');
    // A raw request: only the router's permission verdict matters here, not the flags module's answer.
    const developerWrite = () =>
      fetch(`${fx.url}${base.replace('/environments', '/flags/new-checkout/environments')}/guarded`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${fx.tokens.developer}`, 'content-type': 'application/json' },
        body: JSON.stringify({ actions: [{ kind: 'turnOn' }] }),
      }).then((r) => r.status);
    expect(await developerWrite()).not.toBe(403);

    const on = await fx.call('projectAdmin', 'PATCH', `${base}/guarded`, { body: { protected: true } });
    expect(on.body.protected).toBe(true);
    expect(await developerWrite()).toBe(403);

    const off = await fx.call('projectAdmin', 'PATCH', `${base}/guarded`, { body: { protected: false } });
    expect(off.body.protected).toBe(false);
    expect(off.body.version).toBe(on.body.version + 1);
    expect(await developerWrite()).not.toBe(403);
  });

  it('needs project:admin (developer 403) and a non-empty body (422)', async () => {
    expect((await fx.call('developer', 'PATCH', `${base}/staging`, { body: { name: 'x' } })).status).toBe(
      403,
    );
    expect((await fx.call('owner', 'PATCH', `${base}/staging`, { body: {} })).status).toBe(422);
    expect((await fx.call('owner', 'PATCH', `${base}/nope`, { body: { name: 'x' } })).status).toBe(404);
  });
});

describe('deleteEnvironment', () => {
  it('deletes it with its configurations and SDK keys, under If-Match', async () => {
    const created = await createEnv('doomed');
    const key = await fx.call('owner', 'POST', `${base}/doomed/sdk-keys`, { body: { kind: 'client' } });
    expect(key.status).toBe(201);
    const env = await fx
      .db('environments')
      .where({ id: await envId('doomed') })
      .first();

    expect(
      (await fx.call('owner', 'DELETE', `${base}/doomed`, { headers: { 'if-match': '"9"' } })).status,
    ).toBe(412);
    expect(Object.keys(await configsIn('doomed'))).toHaveLength(4);

    const res = await fx.call('projectAdmin', 'DELETE', `${base}/doomed`, { headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(204);
    expect((await fx.call('viewer', 'GET', `${base}/doomed`)).status).toBe(404);
    expect(await fx.db('flag_configs').where({ environment_id: env.id })).toHaveLength(0);
    expect(await fx.db('sdk_keys').where({ environment_id: env.id })).toHaveLength(0);
    const [entry] = await auditOf('environment.delete', 'projects/demo/environments/doomed');
    expect(entry.before).toEqual(created.body);
    expect(entry.after).toBeNull();
  });

  it('needs project:admin', async () => {
    expect((await fx.call('developer', 'DELETE', `${base}/development`)).status).toBe(403);
  });
});

describe('cloneEnvironment', () => {
  it('copies every flag configuration of the source, each at version 1, audited once on the new one', async () => {
    const res = await fx.call('owner', 'POST', `${base}/staging/clone`, {
      body: { key: 'staging-2', name: 'Staging 2', protected: true },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`${base}/staging-2`);
    expect(res.body).toMatchObject({ key: 'staging-2', name: 'Staging 2', protected: true, version: 1 });

    const source = await configsIn('staging');
    const copy = await configsIn('staging-2');
    expect(Object.keys(copy).sort()).toEqual(Object.keys(source).sort());
    for (const [flag, { config }] of Object.entries(source))
      expect(copy[flag]).toEqual({ config, version: 1 });

    const entries = await fx
      .db('audit_log')
      .where('resource_key', 'like', 'projects/demo/environments/staging-2%');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'environment.clone',
      resource_type: 'environment',
      before: null,
    });
    expect(entries[0].after).toEqual(res.body);

    const compared = await fx.call('viewer', 'GET', `${base}/staging/compare?with=staging-2`);
    expect(compared.body).toEqual({
      environment: 'staging',
      with: 'staging-2',
      identical: 4,
      differences: [],
    });
  });

  it('409 for an existing key, 404 for an unknown source, 403 below project:admin', async () => {
    expect(
      (await fx.call('owner', 'POST', `${base}/staging/clone`, { body: { key: 'production', name: 'x' } }))
        .status,
    ).toBe(409);
    expect(
      (await fx.call('owner', 'POST', `${base}/nope/clone`, { body: { key: 'new', name: 'x' } })).status,
    ).toBe(404);
    expect(
      (await fx.call('developer', 'POST', `${base}/staging/clone`, { body: { key: 'new', name: 'x' } }))
        .status,
    ).toBe(403);
  });
});

describe('cloneEnvironment while its source is deleted', () => {
  it('waits for the delete and answers 404 rather than cloning without configurations', async () => {
    await createEnv('doomed');
    const doomed = await envId('doomed');
    // The delete, uncommitted, holds the source's row lock while the clone runs: on Postgres the clone
    // must wait on it (without the lock it read the row, then the configurations, and a delete
    // committing in between left the clone with none); on PGlite it queues for the one connection.
    const deleting = await fx.db.transaction();
    try {
      await deleting('environments').where({ id: doomed }).delete();
      const cloning = fx.call('owner', 'POST', `${base}/doomed/clone`, {
        body: { key: 'orphan', name: 'x' },
      });
      const first = await Promise.race([
        cloning.then(() => 'the clone finished'),
        vi
          .waitFor(async () => expect(await creationWaits()).toBe(true), { timeout: 20_000, interval: 10 })
          .then(() => 'the clone waits'),
      ]);
      expect(first).toBe('the clone waits');
      await deleting.commit();
      const res = await cloning;
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    } finally {
      if (!deleting.isCompleted()) await deleting.rollback();
    }
    expect(await fx.db('environments').where({ project_id: await projectId(), key: 'orphan' })).toHaveLength(
      0,
    );
  });
});

describe('compareEnvironments', () => {
  it('finds how the seeded staging and production differ, field by field', async () => {
    const res = await fx.call('viewer', 'GET', `${base}/staging/compare?with=production`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ environment: 'staging', with: 'production', identical: 0 });
    const fields = Object.fromEntries(
      res.body.differences.map((d: { flag: string; changes: { field: string }[] }) => [
        d.flag,
        d.changes.map((c) => c.field),
      ]),
    );
    expect(fields).toEqual({
      'banner-config': ['on', 'rules'],
      'checkout-flow': ['prerequisites', 'fallthrough'],
      'max-cart-items': ['targets', 'rules'],
      'new-checkout': ['rules', 'fallthrough'],
    });
    const checkoutFlow = res.body.differences.find((d: { flag: string }) => d.flag === 'checkout-flow');
    expect(checkoutFlow.changes[0]).toEqual({
      field: 'prerequisites',
      environment: [],
      with: [{ flag: 'new-checkout', variation: 0 }],
    });
    const banner = res.body.differences.find((d: { flag: string }) => d.flag === 'banner-config');
    expect(banner.changes[0]).toEqual({ field: 'on', environment: true, with: false });
  });

  it('an environment equals itself; unknown `with` is 404, a missing one 400', async () => {
    const self = await fx.call('viewer', 'GET', `${base}/production/compare?with=production`);
    expect(self.body).toMatchObject({ identical: 4, differences: [] });
    expect((await fx.call('viewer', 'GET', `${base}/production/compare?with=nope`)).status).toBe(404);
    expect((await fx.call('viewer', 'GET', `${base}/production/compare`)).status).toBe(400);
  });
});

describe('environmentRestorer', () => {
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
      const after = await environmentRestorer.restore(uow, who, resource, snapshot);
      await uow.audit({
        action: 'environment.revert',
        resourceType: 'environment',
        resource,
        before: null,
        after,
      });
      return after;
    });

  it('restores an updated environment’s fields as a new version', async () => {
    const created = await createEnv('revert-me', { color: '#123456' });
    await fx.call('owner', 'PATCH', `${base}/revert-me`, {
      body: { name: 'Changed', protected: true, color: '#654321' },
    });
    const after = await restore(principal('admin'), 'projects/demo/environments/revert-me', created.body);
    expect(after).toMatchObject({ name: 'revert-me', color: '#123456', protected: false, version: 3 });
  });

  it('recreates a deleted environment with off configurations, and deletes on a null snapshot', async () => {
    const created = await createEnv('come-back', { protected: true, sortOrder: 7 });
    await fx.call('owner', 'DELETE', `${base}/come-back`);
    const resource = 'projects/demo/environments/come-back';
    const after = await restore(principal('owner'), resource, created.body);
    expect(after).toMatchObject({ key: 'come-back', protected: true, sortOrder: 7, version: 1 });
    expect(Object.keys(await configsIn('come-back'))).toHaveLength(4);
    const owner = principal('owner');
    expect(await fx.db.transaction((trx) => environmentRestorer.current(trx, owner, resource))).toEqual(
      after,
    );

    expect(await restore(owner, resource, null)).toBeNull();
    expect(await fx.db.transaction((trx) => environmentRestorer.current(trx, owner, resource))).toBeNull();
  });

  it('authorizes project:admin of the environment’s project', async () => {
    const resource = 'projects/demo/environments/staging';
    await expect(
      fx.db.transaction((trx) => environmentRestorer.authorize(trx, principal('developer'), resource)),
    ).rejects.toThrow(/project admin/);
    const pa = { ...principal('project_admin'), adminProjects: new Set([await projectId()]) };
    await expect(
      fx.db.transaction((trx) => environmentRestorer.authorize(trx, pa, resource)),
    ).resolves.toBeUndefined();
    await expect(
      fx.db.transaction((trx) => environmentRestorer.authorize(trx, pa, 'projects/nope/environments/x')),
    ).rejects.toThrow(/No project/);
  });
});

/**
 * Whether a request is held up by an open transaction: on PGlite it queues for the one connection (knex's
 * pool), on Postgres it waits for a lock that transaction holds.
 */
async function creationWaits(): Promise<boolean> {
  if (!onRealPostgres) {
    const pool = (fx.db.client as { pool: { numPendingAcquires(): number } }).pool;
    return pool.numPendingAcquires() > 0;
  }
  const { rows } = await fx.db.raw(
    `select count(*) as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return Number(rows[0].n) > 0;
}

async function projectId(): Promise<string> {
  const row = await fx.db('projects').where({ organization_id: fx.organizationId, key: 'demo' }).first('id');
  return row.id;
}

async function envId(key: string): Promise<string> {
  const row = await fx
    .db('environments')
    .where({ project_id: await projectId(), key })
    .first('id');
  return row.id;
}
