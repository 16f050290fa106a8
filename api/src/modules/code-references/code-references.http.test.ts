// PUT/GET/DELETE /api/v1/projects/{project}/code-references…: a push replaces a repository's references
// in one audited write, reads say which referenced keys are archived or gone, roles are enforced, and
// referenceCounts (for insights) totals them per flag key over repositories.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { referenceCounts } from './store.ts';

let fx: ApiFixture;
let projectId: string;
const base = '/api/v1/projects/demo/code-references';

beforeAll(async () => {
  fx = await startApiFixture();
  projectId = (await fx.db('projects').where({ organization_id: fx.organizationId, key: 'demo' }).first('id'))
    .id;
  await fx.call('owner', 'post', '/api/v1/projects/demo/flags/banner-config/archive');
}, 120_000);

afterAll(async () => {
  await fx?.close();
});

const push = (
  flags: { key: string; references: number; locations?: { path: string; line: number; kind?: string }[] }[],
  commit = 'a1b2c3d4e5f6',
) => ({
  branch: 'main',
  commit,
  flags: flags.map((f) => ({ locations: [], ...f })),
});

async function auditCount(action: string): Promise<number> {
  const [row] = await fx.db('audit_log').where({ action }).count({ count: '*' });
  return Number(row?.count);
}

describe('code references', () => {
  it('stores a push, says which keys are archived or unknown, and audits it once', async () => {
    const before = await auditCount('code_references.push');
    const r = await fx.call('developer', 'put', `${base}/web`, {
      body: push([
        {
          key: 'new-checkout',
          references: 3,
          locations: [
            { path: 'src/a.ts', line: 4, kind: 'call' },
            { path: 'src/b.ts', line: 9 },
          ],
        },
        { key: 'banner-config', references: 1, locations: [{ path: 'src/c.ts', line: 1 }] },
        { key: 'deleted-flag', references: 2, locations: [{ path: 'src/d.ts', line: 7, kind: 'call' }] },
      ]),
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      repository: 'web',
      branch: 'main',
      commit: 'a1b2c3d4e5f6',
      flags: 3,
      references: 6,
      archivedFlags: ['banner-config'],
      unknownFlags: ['deleted-flag'],
    });
    expect(await auditCount('code_references.push')).toBe(before + 1);
  });

  it('totals per flag over repositories, for insights and GET', async () => {
    await fx.call('owner', 'put', `${base}/api-server`, {
      body: push([{ key: 'new-checkout', references: 5, locations: [{ path: 'lib/x.go', line: 12 }] }]),
    });
    const counts = await referenceCounts(fx.db, projectId);
    expect(Object.fromEntries(counts)).toEqual({
      'new-checkout': { references: 8, repositories: 2 },
      'banner-config': { references: 1, repositories: 1 },
      'deleted-flag': { references: 2, repositories: 1 },
    });
    const list = await fx.call('viewer', 'get', base);
    expect(list.status).toBe(200);
    expect(list.body.repositories.map((r: { repository: string }) => r.repository)).toEqual([
      'api-server',
      'web',
    ]);
    const one = await fx.call('viewer', 'get', `${base}?flag=new-checkout`);
    expect(one.body.flags).toEqual([
      {
        key: 'new-checkout',
        exists: true,
        archived: false,
        references: 8,
        repositories: 2,
        locations: [
          { repository: 'api-server', path: 'lib/x.go', line: 12 },
          { repository: 'web', path: 'src/a.ts', line: 4, kind: 'call' },
          { repository: 'web', path: 'src/b.ts', line: 9 },
        ],
      },
    ]);
    const gone = (await fx.call('viewer', 'get', base)).body.flags.find(
      (f: { key: string }) => f.key === 'deleted-flag',
    );
    expect(gone).toMatchObject({ exists: false, archived: false, references: 2 });
  });

  it('a new push replaces what the repository referenced', async () => {
    const r = await fx.call('developer', 'put', `${base}/web`, {
      body: push(
        [{ key: 'checkout-flow', references: 1, locations: [{ path: 'src/e.ts', line: 2 }] }],
        'ffffffffffff',
      ),
    });
    expect(r.body).toMatchObject({
      commit: 'ffffffffffff',
      flags: 1,
      references: 1,
      archivedFlags: [],
      unknownFlags: [],
    });
    const counts = await referenceCounts(fx.db, projectId);
    expect(counts.get('deleted-flag')).toBeUndefined();
    expect(counts.get('new-checkout')).toEqual({ references: 5, repositories: 1 });
  });

  it('refuses viewers, other organizations, bad bodies and bad names', async () => {
    const body = push([{ key: 'new-checkout', references: 1 }]);
    expect((await fx.call('viewer', 'put', `${base}/web`, { body })).status).toBe(403);
    expect((await fx.call('otherOrg', 'get', base)).body.repositories).toEqual([]);
    expect((await fx.call('anonymous', 'put', `${base}/web`, { body })).status).toBe(401);
    const twice = await fx.call('developer', 'put', `${base}/web`, {
      body: push([
        { key: 'new-checkout', references: 1 },
        { key: 'new-checkout', references: 2 },
      ]),
    });
    expect(twice.status).toBe(422);
    expect(twice.body.errors[0].message).toContain('listed twice');
    const badCommit = await fx.call('developer', 'put', `${base}/web`, {
      body: { ...body, commit: 'not a sha' },
    });
    expect([400, 422]).toContain(badCommit.status);
    expect((await fx.call('developer', 'put', `${base}/-bad-name`, { body })).status).toBe(404);
    const tooMany = push([
      {
        key: 'new-checkout',
        references: 1,
        locations: Array.from({ length: 101 }, (_, i) => ({ path: 'a.ts', line: i + 1 })),
      },
    ]);
    expect([400, 422]).toContain(
      (await fx.call('developer', 'put', `${base}/web`, { body: tooMany })).status,
    );
  });

  it('DELETE forgets a repository (204, audited), then 404', async () => {
    const before = await auditCount('code_references.delete');
    expect((await fx.call('developer', 'delete', `${base}/api-server`)).status).toBe(204);
    expect(await auditCount('code_references.delete')).toBe(before + 1);
    expect((await fx.call('developer', 'delete', `${base}/api-server`)).status).toBe(404);
    expect((await referenceCounts(fx.db, projectId)).get('new-checkout')).toBeUndefined();
  });
});
