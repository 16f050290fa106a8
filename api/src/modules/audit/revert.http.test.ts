import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture, Who } from '../../../test/api-fixture.ts';
import type { AuditEntry } from './view.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx?.close());

const list = async (query: string, who: Who = 'viewer') => {
  const res = await fx.call(who, 'GET', `/api/v1/audit${query}`);
  expect(res.status).toBe(200);
  return res.body.items as AuditEntry[];
};

async function createProject(key: string, name = `Project ${key}`) {
  const res = await fx.call('admin', 'POST', '/api/v1/projects', { body: { key, name } });
  expect(res.status).toBe(201);
}

async function rename(key: string, name: string, who: Who = 'admin') {
  const res = await fx.call(who, 'PATCH', `/api/v1/projects/${key}`, { body: { name } });
  expect(res.status).toBe(200);
}

const projectName = async (key: string) =>
  (await fx.call('viewer', 'GET', `/api/v1/projects/${key}`)).body.name;

describe('revert', () => {
  const revert = (id: string, body?: object, who: Who = 'admin') =>
    fx.call(who, 'POST', `/api/v1/audit/${id}/revert`, body === undefined ? {} : { body });

  it("restores the entry's before state as a new audit entry", async () => {
    await createProject('revert-me', 'Original');
    await rename('revert-me', 'Mistake');
    const [change] = await list('?resource=projects/revert-me&action=project.update');

    const res = await revert(change!.id, { comment: 'undo the rename' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      action: 'project.revert',
      resourceType: 'project',
      resource: 'projects/revert-me',
      revertOf: change!.id,
      comment: 'undo the rename',
      actor: { email: 'admin@demo.local' },
      before: { name: 'Mistake' },
      after: { name: 'Original' },
    });
    expect(await projectName('revert-me')).toBe('Original');
    const [latest] = await list('?resource=projects/revert-me');
    expect(latest).toEqual(res.body);
  });

  it('refuses with 409 when the resource changed since, unless forced', async () => {
    await createProject('revert-conflict', 'One');
    await rename('revert-conflict', 'Two');
    await rename('revert-conflict', 'Three');
    const [, first] = await list('?resource=projects/revert-conflict&action=project.update');
    expect(first!.after).toMatchObject({ name: 'Two' });

    const refused = await revert(first!.id);
    expect(refused.status).toBe(409);
    expect(await projectName('revert-conflict')).toBe('Three');
    expect(await list('?resource=projects/revert-conflict&action=project.revert')).toEqual([]);

    const forced = await revert(first!.id, { force: true });
    expect(forced.status).toBe(200);
    expect(forced.body).toMatchObject({ before: { name: 'Three' }, after: { name: 'One' } });
    expect(await projectName('revert-conflict')).toBe('One');
  });

  it('counts changes under the resource as later changes', async () => {
    await createProject('revert-nested', 'Nested');
    await rename('revert-nested', 'Nested 2');
    const env = await fx.call('admin', 'POST', '/api/v1/projects/revert-nested/environments', {
      body: { key: 'qa', name: 'QA' },
    });
    expect(env.status).toBe(201);
    const [rename1] = await list('?resource=projects/revert-nested&action=project.update');
    expect((await revert(rename1!.id)).status).toBe(409);
  });

  it('deletes what a creation created, and a revert of that revert brings it back', async () => {
    await createProject('revert-create', 'Short-lived');
    const [created] = await list('?resource=projects/revert-create&action=project.create');
    const undone = await revert(created!.id);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ before: { name: 'Short-lived' }, after: null });
    expect((await fx.call('viewer', 'GET', '/api/v1/projects/revert-create')).status).toBe(404);

    const redone = await revert(undone.body.id);
    expect(redone.status).toBe(200);
    expect(redone.body).toMatchObject({
      before: null,
      after: { name: 'Short-lived' },
      revertOf: undone.body.id,
    });
    expect(await projectName('revert-create')).toBe('Short-lived');
  });

  it('needs the permission that writing the resource needs, and changes nothing without it', async () => {
    await createProject('revert-perm', 'Before');
    await rename('revert-perm', 'After');
    const [change] = await list('?resource=projects/revert-perm&action=project.update');
    expect((await revert(change!.id, {}, 'viewer')).status).toBe(403);
    // A developer writes flags but does not administer projects.
    expect((await revert(change!.id, {}, 'developer')).status).toBe(403);
    expect(await projectName('revert-perm')).toBe('After');
    expect((await revert(change!.id, {}, 'otherOrg')).status).toBe(404);
    expect((await revert(change!.id, {}, 'owner')).status).toBe(200);
  });

  it('refuses resource types that cannot be reverted (422) and unknown entries (404)', async () => {
    await fx.call('developer', 'POST', '/api/v1/tokens', { body: { name: 'not revertible' } });
    const [tokenEntry] = await list('?resourceType=api_token');
    const res = await revert(tokenEntry!.id);
    expect(res.status).toBe(422);
    expect(res.body.detail).toContain('cannot be reverted');
    const [seed] = await list('?resourceType=organization');
    expect((await revert(seed!.id)).status).toBe(422);
    expect((await revert('999999999')).status).toBe(404);
  });
});

describe('revert of flag configurations', () => {
  const config = (flag: string, env: string) => `/api/v1/projects/demo/flags/${flag}/environments/${env}`;
  const revert = (id: string, who: Who, body: object = {}) =>
    fx.call(who, 'POST', `/api/v1/audit/${id}/revert`, { body });
  const read = async (flag: string, env: string) => (await fx.call('viewer', 'GET', config(flag, env))).body;
  // What SDKs see: everything but the version and the time of the change.
  const rules = ({ version: _v, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
  const envVersion = async (env: string) =>
    (await fx.call('viewer', 'GET', `/api/v1/projects/demo/environments/${env}`)).body.version as number;

  beforeAll(async () => {
    const res = await fx.call('owner', 'POST', '/api/v1/projects/demo/flags', {
      body: { key: 'revert-flag', name: 'Revert flag', kind: 'boolean' },
    });
    expect(res.status).toBe(201);
  });

  it('restores the configuration before the change as a new version, a new entry and an SDK-visible change', async () => {
    const original = await read('revert-flag', 'staging');
    const changed = await fx.call('developer', 'PATCH', config('revert-flag', 'staging'), {
      body: {
        comment: 'try it',
        actions: [{ kind: 'turnOn' }, { kind: 'addTargets', variation: 0, values: ['alice'] }],
      },
    });
    expect(changed.status).toBe(200);
    const [entry] = await list(
      `?resource=projects/demo/flags/revert-flag/environments/staging&resourceType=flag_config`,
    );
    expect(entry).toMatchObject({ actor: { email: 'dev@demo.local' }, comment: 'try it' });
    const sdkVersion = await envVersion('staging');

    const res = await revert(entry!.id, 'developer', { comment: 'not yet' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      action: 'flag_config.revert',
      resourceType: 'flag_config',
      resource: 'projects/demo/flags/revert-flag/environments/staging',
      revertOf: entry!.id,
      comment: 'not yet',
      before: { on: true, targets: [{ variation: 0, values: ['alice'] }] },
      after: { on: false, targets: [] },
    });
    const now = await read('revert-flag', 'staging');
    expect(rules(now)).toEqual(rules(original));
    // A new version, never the old number: an ETag read before the change cannot match again.
    expect(now.version).toBe(changed.body.version + 1);
    expect(await envVersion('staging')).toBeGreaterThan(sdkVersion);
    expect(rules(res.body.before)).toEqual(rules(changed.body));
  });

  it('409s when the configuration changed after the entry, and force restores anyway', async () => {
    const original = await read('revert-flag', 'development');
    await fx.call('developer', 'PATCH', config('revert-flag', 'development'), {
      body: { actions: [{ kind: 'turnOn' }] },
    });
    await fx.call('developer', 'PATCH', config('revert-flag', 'development'), {
      body: { actions: [{ kind: 'addTargets', variation: 1, values: ['bob'] }] },
    });
    const entries = await list('?resource=projects/demo/flags/revert-flag/environments/development');
    const turnOn = entries.at(-1)!;
    expect(turnOn.after).toMatchObject({ on: true, targets: [] });

    const refused = await revert(turnOn.id, 'developer');
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain(entries[0]!.id);
    expect(await read('revert-flag', 'development')).toMatchObject({
      on: true,
      targets: [{ values: ['bob'] }],
    });

    const forced = await revert(turnOn.id, 'developer', { force: true });
    expect(forced.status).toBe(200);
    expect(rules(await read('revert-flag', 'development'))).toEqual(rules(original));
  });

  it('needs project:admin to revert a change in a protected environment', async () => {
    const changed = await fx.call('owner', 'PATCH', config('revert-flag', 'production'), {
      body: { actions: [{ kind: 'turnOn' }] },
    });
    expect(changed.status).toBe(200);
    const [entry] = await list('?resource=projects/demo/flags/revert-flag/environments/production');
    expect((await revert(entry!.id, 'developer')).status).toBe(403);
    expect((await read('revert-flag', 'production')).on).toBe(true);
    expect(await list('?resource=projects/demo/flags/revert-flag/environments/production')).toHaveLength(1);
    // A project admin of this project may.
    expect((await revert(entry!.id, 'projectAdmin')).status).toBe(200);
    expect((await read('revert-flag', 'production')).on).toBe(false);
  });

  it('treats changes to a configuration as later changes of its flag', async () => {
    await fx.call('owner', 'PATCH', '/api/v1/projects/demo/flags/revert-flag', {
      body: { name: 'Renamed flag' },
    });
    const [rename] = await list('?resource=projects/demo/flags/revert-flag&action=flag.update');
    expect(rename).toBeDefined();
    await fx.call('developer', 'PATCH', config('revert-flag', 'staging'), {
      body: { actions: [{ kind: 'turnOn' }] },
    });
    expect((await revert(rename!.id, 'developer')).status).toBe(409);
    const forced = await revert(rename!.id, 'developer', { force: true });
    expect(forced.status).toBe(200);
    expect((await fx.call('viewer', 'GET', '/api/v1/projects/demo/flags/revert-flag')).body.name).toBe(
      'Revert flag',
    );
    // The flag's definition came back; its configurations have their own history and stay.
    expect((await read('revert-flag', 'staging')).on).toBe(true);
  });
});

describe('revert of segments', () => {
  it("restores a segment's rules through the segments module", async () => {
    const path = '/api/v1/projects/demo/segments/beta-testers';
    const original = (await fx.call('viewer', 'GET', path)).body;
    const changed = await fx.call('developer', 'PATCH', path, { body: { name: 'Everyone', rules: [] } });
    expect(changed.status).toBe(200);
    const [entry] = await list('?resource=projects/demo/segments/beta-testers&resourceType=segment');
    const res = await fx.call('developer', 'POST', `/api/v1/audit/${entry!.id}/revert`, { body: {} });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ action: 'segment.revert', after: { name: original.name } });
    const now = (await fx.call('viewer', 'GET', path)).body;
    expect(now).toMatchObject({ name: original.name, rules: original.rules });
  });
});
