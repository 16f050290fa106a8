import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture, Who } from '../../../test/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx?.close());

const base = '/api/v1/projects/demo/segments';
const match = (...values: string[]) => ({ attribute: 'key', op: 'segmentMatch', values });
const plan = (p: string) => ({ attribute: 'plan', op: 'in', values: [p] });

async function create(key: string, extra: Record<string, unknown> = {}, who: Who = 'developer') {
  const res = await fx.call(who, 'POST', base, { body: { key, name: key, ...extra } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function auditOf(action: string, resource: string) {
  return fx.db('audit_log').where({ action, resource_key: resource }).orderBy('id');
}

async function envVersions(): Promise<Record<string, number>> {
  const project = await fx.db('projects').where({ organization_id: fx.organizationId, key: 'demo' }).first();
  const rows = await fx.db('environments').where({ project_id: project.id }).select('key', 'version');
  return Object.fromEntries(rows.map((r: { key: string; version: number }) => [r.key, Number(r.version)]));
}

async function configOf(flag: string, env: string) {
  const project = await fx.db('projects').where({ organization_id: fx.organizationId, key: 'demo' }).first();
  return fx
    .db('flag_configs as fc')
    .join('flags as f', 'f.id', 'fc.flag_id')
    .join('environments as e', 'e.id', 'fc.environment_id')
    .where({ 'f.project_id': project.id, 'f.key': flag, 'e.key': env })
    .first('fc.config', 'fc.version');
}

describe('listSegments / getSegment', () => {
  it('gets the demo segment with member counts and its ETag', async () => {
    const res = await fx.call('viewer', 'GET', `${base}/beta-testers`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${res.body.version}"`);
    expect(res.body).toMatchObject({
      key: 'beta-testers',
      name: 'Beta testers',
      includedCount: 3,
      excludedCount: 0,
      rules: [
        { id: 'example-staff', clauses: [{ attribute: 'emailDomain', op: 'in', values: ['example.com'] }] },
      ],
    });
  });

  it('pages by key with a cursor', async () => {
    for (const k of ['page-a', 'page-b', 'page-c']) await create(k);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : '';
      const res = await fx.call('viewer', 'GET', `${base}?limit=2${q}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((s: { key: string }) => s.key));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining(['beta-testers', 'page-a', 'page-b', 'page-c']));
    expect((await fx.call('viewer', 'GET', `${base}?cursor=garbage`)).status).toBe(400);
  });

  it('is 404 for unknown segments and other organizations, 401 without a token', async () => {
    expect((await fx.call('viewer', 'GET', `${base}/nope`)).status).toBe(404);
    expect((await fx.call('otherOrg', 'GET', `${base}/beta-testers`)).status).toBe(404);
    expect((await fx.call('otherOrg', 'GET', base)).body.items).toEqual([]);
    expect((await fx.call('anonymous', 'GET', base)).status).toBe(401);
  });
});

describe('createSegment', () => {
  it('creates a segment with rules and initial members, one audit entry, every environment bumped', async () => {
    const before = await envVersions();
    const res = await fx.call('developer', 'POST', base, {
      body: {
        key: 'vip',
        name: 'VIP',
        description: 'Big spenders',
        rules: [{ id: 'pro', clauses: [plan('pro')] }],
        included: ['u1', 'u2', 'u2'],
        excluded: ['u3'],
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`${base}/vip`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({
      key: 'vip',
      description: 'Big spenders',
      includedCount: 2,
      excludedCount: 1,
    });
    const after = await envVersions();
    for (const env of Object.keys(before)) expect(after[env]).toBe(before[env]! + 1);

    const [entry] = await auditOf('segment.create', 'projects/demo/segments/vip');
    expect(entry).toMatchObject({ resource_type: 'segment', before: null, after: res.body });
    const members = await fx.call('viewer', 'GET', `${base}/vip/members?list=excluded`);
    expect(members.body.items).toEqual([{ key: 'u3', list: 'excluded' }]);
  });

  it('is 409 for an existing key', async () => {
    const res = await fx.call('developer', 'POST', base, { body: { key: 'beta-testers', name: 'again' } });
    expect(res.status).toBe(409);
  });

  it.each([
    [
      'an invalid regular expression',
      { rules: [{ clauses: [{ attribute: 'email', op: 'matches', values: ['(unclosed'] }] }] },
      'body.rules[0].clauses[0].values[0]',
    ],
    [
      'duplicate rule ids',
      {
        rules: [
          { id: 'r', clauses: [] },
          { id: 'r', clauses: [] },
        ],
      },
      'body.rules[1].id',
    ],
    [
      'an unknown segment in segmentMatch',
      { rules: [{ clauses: [plan('pro'), match('beta-testers', 'ghost')] }] },
      'body.rules[0].clauses[1].values[1]',
    ],
    ['a key in both lists', { included: ['a', 'b'], excluded: ['c', 'b'] }, 'body.excluded[1]'],
    [
      'a string value in an "lt" clause',
      { rules: [{ clauses: [{ attribute: 'age', op: 'lt', values: ['x'] }] }] },
      'body.rules[0].clauses[0].values[0]',
    ],
  ])('is 422 for %s, naming the path, and stores nothing', async (_what, extra, path) => {
    const res = await fx.call('developer', 'POST', base, { body: { key: 'invalid', name: 'x', ...extra } });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await fx.call('viewer', 'GET', `${base}/invalid`)).status).toBe(404);
  });

  it('is 422 for strings PostgreSQL cannot store (U+0000, unpaired surrogates), naming them', async () => {
    const res = await fx.call('developer', 'POST', base, {
      body: {
        key: 'nul',
        name: 'a\u0000b',
        rules: [{ clauses: [{ attribute: 'x', op: 'in', values: ['\ud800'] }] }],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'body.name',
      'body.rules[0].clauses[0].values[0]',
    ]);
    const upd = await fx.call('developer', 'PATCH', `${base}/beta-testers`, {
      body: { description: '\u0000' },
    });
    expect(upd.body.errors).toEqual([
      {
        path: 'body.description',
        message: 'contains U+0000 or an unpaired surrogate',
        rule: 'storable-text',
      },
    ]);
  });

  it('is 403 for a viewer and 404 in another organization', async () => {
    expect((await fx.call('viewer', 'POST', base, { body: { key: 'v', name: 'v' } })).status).toBe(403);
    expect(
      (await fx.call('otherOrg', 'POST', '/api/v1/projects/nope/segments', { body: { key: 'v', name: 'v' } }))
        .status,
    ).toBe(404);
  });
});

describe('updateSegment', () => {
  it('changes name, description and rules as a new version, with before/after and the comment audited', async () => {
    const created = await create('upd', { rules: [{ clauses: [plan('free')] }] });
    const envs = await envVersions();
    const res = await fx.call('developer', 'PATCH', `${base}/upd`, {
      headers: { 'if-match': '"1"' },
      body: { name: 'Updated', rules: [{ id: 'pro', clauses: [plan('pro')] }], comment: 'pro only' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body).toMatchObject({ name: 'Updated', description: '', version: 2, rules: [{ id: 'pro' }] });
    expect((await envVersions()).production).toBe(envs.production! + 1);
    const [entry] = await auditOf('segment.update', 'projects/demo/segments/upd');
    expect(entry).toMatchObject({ before: created, after: res.body, comment: 'pro only' });
  });

  it('is 412 on a stale If-Match and changes nothing', async () => {
    await create('stale');
    await fx.call('developer', 'PATCH', `${base}/stale`, { body: { name: 'v2' } });
    const res = await fx.call('developer', 'PATCH', `${base}/stale`, {
      headers: { 'if-match': '"1"' },
      body: { name: 'lost update' },
    });
    expect(res.status).toBe(412);
    expect((await fx.call('viewer', 'GET', `${base}/stale`)).body).toMatchObject({ name: 'v2', version: 2 });
    expect(await auditOf('segment.update', 'projects/demo/segments/stale')).toHaveLength(1);
  });

  it('refuses a reference cycle between segments with 422 on the rules', async () => {
    await create('cyc-a');
    await create('cyc-b', { rules: [{ clauses: [match('cyc-a')] }] });
    const res = await fx.call('developer', 'PATCH', `${base}/cyc-a`, {
      body: { rules: [{ clauses: [match('cyc-b')] }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        path: 'body.rules',
        message: 'segment references lead into a cycle: "cyc-a" → "cyc-b" → "cyc-a"',
      }),
    ]);
  });

  it('is 404 for an unknown segment and 403 for a viewer', async () => {
    expect((await fx.call('developer', 'PATCH', `${base}/nope`, { body: { name: 'x' } })).status).toBe(404);
    expect((await fx.call('viewer', 'PATCH', `${base}/beta-testers`, { body: { name: 'x' } })).status).toBe(
      403,
    );
  });
});

describe('deleteSegment', () => {
  it('deletes an unused segment with its members and audits the snapshot', async () => {
    const created = await create('gone', { included: ['k1'], excluded: ['k2'] });
    const envs = await envVersions();
    const res = await fx.call('developer', 'DELETE', `${base}/gone`, { headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(204);
    expect((await fx.call('viewer', 'GET', `${base}/gone`)).status).toBe(404);
    expect((await envVersions()).staging).toBe(envs.staging! + 1);
    const [entry] = await auditOf('segment.delete', 'projects/demo/segments/gone');
    expect(entry.after).toBeNull();
    expect(entry.before).toEqual({
      ...created,
      members: { included: ['k1'], excluded: ['k2'] },
      usedBy: { flags: [], segments: [] },
    });
  });

  it('is 412 on a stale If-Match and keeps the segment', async () => {
    await create('keep');
    expect(
      (await fx.call('developer', 'DELETE', `${base}/keep`, { headers: { 'if-match': '"9"' } })).status,
    ).toBe(412);
    expect((await fx.call('viewer', 'GET', `${base}/keep`)).status).toBe(200);
  });

  it('is 409 while flags or segments use it, listing them, and changes nothing', async () => {
    await create('uses-beta', { rules: [{ clauses: [match('beta-testers')] }] });
    const res = await fx.call('developer', 'DELETE', `${base}/beta-testers`);
    expect(res.status).toBe(409);
    expect(res.body.usedBy).toEqual({
      flags: [
        { flag: 'banner-config', environment: 'staging' },
        { flag: 'new-checkout', environment: 'staging' },
      ],
      segments: ['uses-beta'],
    });
    expect(res.body.detail).toMatch(/flag "new-checkout" \(staging\), segment "uses-beta"/);
    expect((await fx.call('viewer', 'GET', `${base}/beta-testers`)).status).toBe(200);
  });

  it('with force removes the references in the same transaction: whole rules when nothing else is left', async () => {
    await create('doomed');
    await create('doomed-user', {
      rules: [
        { id: 'both', clauses: [match('doomed', 'beta-testers')] },
        { id: 'only', clauses: [match('doomed')] },
      ],
    });
    const config = await configOf('new-checkout', 'staging');
    const project = await fx
      .db('projects')
      .where({ organization_id: fx.organizationId, key: 'demo' })
      .first();
    const flag = await fx.db('flags').where({ project_id: project.id, key: 'new-checkout' }).first();
    const staging = await fx.db('environments').where({ project_id: project.id, key: 'staging' }).first();
    const rules = [
      ...config.config.rules,
      { id: 'mixed', clauses: [match('doomed'), plan('pro')], serve: { variation: 0 } },
      { id: 'two', clauses: [match('beta-testers', 'doomed')], serve: { variation: 0 } },
    ];
    await fx
      .db('flag_configs')
      .where({ flag_id: flag.id, environment_id: staging.id })
      .update({ config: JSON.stringify({ ...config.config, rules }) });

    const blocked = await fx.call('developer', 'DELETE', `${base}/doomed`);
    expect(blocked.body.usedBy).toEqual({
      flags: [{ flag: 'new-checkout', environment: 'staging' }],
      segments: ['doomed-user'],
    });

    const res = await fx.call('developer', 'DELETE', `${base}/doomed?force=true`);
    expect(res.status).toBe(204);
    const changed = await configOf('new-checkout', 'staging');
    expect(changed.version).toBe(config.version + 1);
    expect(changed.config.rules.map((r: { id: string }) => r.id)).toEqual(['beta-testers', 'two']);
    expect(changed.config.rules[1].clauses).toEqual([match('beta-testers')]);
    const user = await fx.call('viewer', 'GET', `${base}/doomed-user`);
    expect(user.body).toMatchObject({
      version: 2,
      rules: [{ id: 'both', clauses: [match('beta-testers')] }],
    });

    const entries = await auditOf('segment.delete', 'projects/demo/segments/doomed');
    expect(entries).toHaveLength(1);
    expect(entries[0].before.usedBy).toEqual(blocked.body.usedBy);
  });

  it('never leaves a reference to a force-deleted segment, however it races a rules change', async () => {
    for (let i = 0; i < 10; i++) {
      await create(`race-y${i}`);
      await create(`race-x${i}`);
      const [patch, del] = await Promise.all([
        fx.call('developer', 'PATCH', `${base}/race-x${i}`, {
          body: { rules: [{ clauses: [match(`race-y${i}`), plan('pro')] }] },
        }),
        fx.call('developer', 'DELETE', `${base}/race-y${i}?force=true`),
      ]);
      expect(del.status).toBe(204);
      expect([200, 422]).toContain(patch.status);
      const x = await fx.call('viewer', 'GET', `${base}/race-x${i}`);
      expect(JSON.stringify(x.body.rules)).not.toContain(`race-y${i}`);
    }
  });

  it('is 404 for an unknown segment and 403 for a viewer', async () => {
    expect((await fx.call('developer', 'DELETE', `${base}/nope`)).status).toBe(404);
    expect((await fx.call('viewer', 'DELETE', `${base}/beta-testers`)).status).toBe(403);
  });
});
