import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx?.close());

const base = '/api/v1/projects/demo/segments';

async function create(key: string, extra: Record<string, unknown> = {}) {
  const res = await fx.call('developer', 'POST', base, { body: { key, name: key, ...extra } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function keysOf(segment: string, list: 'included' | 'excluded'): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  do {
    const q: string = cursor ? `&cursor=${cursor}` : '';
    const res = await fx.call('viewer', 'GET', `${base}/${segment}/members?list=${list}&limit=500${q}`);
    expect(res.status).toBe(200);
    out.push(...res.body.items.map((m: { key: string; list: string }) => m.key));
    cursor = res.body.nextCursor;
  } while (cursor);
  return out;
}

const change = (segment: string, body: unknown, headers: Record<string, string> = {}) =>
  fx.call('developer', 'POST', `${base}/${segment}/members`, { body, headers });

async function audits(segment: string) {
  return fx
    .db('audit_log')
    .where({ resource_key: `projects/demo/segments/${segment}/members` })
    .orderBy('id');
}

describe('listSegmentMembers', () => {
  it('lists the included keys by default, in key order, one page at a time', async () => {
    const first = await fx.call('viewer', 'GET', `${base}/beta-testers/members?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([
      { key: 'user-ada', list: 'included' },
      { key: 'user-grace', list: 'included' },
    ]);
    const next = await fx.call(
      'viewer',
      'GET',
      `${base}/beta-testers/members?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(next.body).toEqual({ items: [{ key: 'user-linus', list: 'included' }], nextCursor: null });
    expect(await keysOf('beta-testers', 'excluded')).toEqual([]);
  });

  it('is 404 for an unknown segment or another organization, 400 for a bad list or cursor', async () => {
    expect((await fx.call('viewer', 'GET', `${base}/nope/members`)).status).toBe(404);
    expect((await fx.call('otherOrg', 'GET', `${base}/beta-testers/members`)).status).toBe(404);
    expect((await fx.call('viewer', 'GET', `${base}/beta-testers/members?list=both`)).status).toBe(400);
    expect((await fx.call('viewer', 'GET', `${base}/beta-testers/members?cursor=x`)).status).toBe(400);
  });
});

describe('changeSegmentMembers', () => {
  it('adds and removes keys in both lists atomically, as a new version with one audit entry', async () => {
    await create('m1', { included: ['a', 'b'], excluded: ['x'] });
    const res = await change(
      'm1',
      {
        add: { included: ['c', 'a'], excluded: ['y'] },
        remove: { included: ['b', 'never-there'] },
        comment: 'tidy',
      },
      { 'if-match': '"1"' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body).toMatchObject({ key: 'm1', version: 2, includedCount: 2, excludedCount: 2 });
    expect(await keysOf('m1', 'included')).toEqual(['a', 'c']);
    expect(await keysOf('m1', 'excluded')).toEqual(['x', 'y']);

    const [entry] = await audits('m1');
    expect(entry).toMatchObject({
      action: 'segment_members.change',
      resource_type: 'segment_members',
      comment: 'tidy',
      before: { includedCount: 2, excludedCount: 1 },
      after: {
        includedCount: 2,
        excludedCount: 2,
        added: { included: { count: 1, keys: ['c'] }, excluded: { count: 1, keys: ['y'] } },
        removed: { included: { count: 1, keys: ['b'] }, excluded: { count: 0, keys: [] } },
      },
    });
  });

  it('moves a key added to one list out of the other (a key is in one list at most)', async () => {
    await create('m2', { included: ['k'] });
    const res = await change('m2', { add: { excluded: ['k'] } });
    expect(res.body).toMatchObject({ includedCount: 0, excludedCount: 1 });
    expect(await keysOf('m2', 'excluded')).toEqual(['k']);
    const [entry] = await audits('m2');
    expect(entry.after.removed.included).toEqual({ count: 1, keys: ['k'] });
  });

  it('bumps every environment of the project, since SDKs see the lists', async () => {
    await create('m3');
    const before = await fx.db('environments').select('id', 'version');
    await change('m3', { add: { included: ['z'] } });
    const after = new Map(
      (await fx.db('environments').select('id', 'version')).map((e) => [e.id, e.version]),
    );
    const project = await fx
      .db('projects')
      .where({ organization_id: fx.organizationId, key: 'demo' })
      .first();
    const ours = await fx.db('environments').where({ project_id: project.id }).pluck('id');
    for (const e of before) expect(after.get(e.id)).toBe(ours.includes(e.id) ? e.version + 1 : e.version);
  });

  it('stores keys with commas, quotes, backslashes, braces and non-ASCII exactly', async () => {
    await create('m4');
    const keys = ['a,b', 'say "hi"', 'back\\slash', '{x}', 'NULL', 'ü-用户', ' spaced '];
    await change('m4', { add: { included: keys } });
    expect((await keysOf('m4', 'included')).sort()).toEqual([...keys].sort());
  });

  it('is 422 when a change contradicts itself, naming the key, and changes nothing', async () => {
    await create('m5', { included: ['a'] });
    const both = await change('m5', { add: { included: ['n', 'b'], excluded: ['b'] } });
    expect(both.status).toBe(422);
    expect(both.body.errors).toEqual([
      { path: 'body.add.excluded[0]', message: '"b" is also added to included', rule: 'disjoint-lists' },
    ]);
    const addRemove = await change('m5', { add: { included: ['a2'] }, remove: { included: ['x', 'a2'] } });
    expect(addRemove.body.errors).toEqual([
      { path: 'body.remove.included[1]', message: '"a2" is also added to included', rule: 'disjoint-lists' },
    ]);
    expect((await fx.call('viewer', 'GET', `${base}/m5`)).body).toMatchObject({
      version: 1,
      includedCount: 1,
    });
  });

  it('is 422 for more than 10,000 keys in one list, an empty key, or an empty change', async () => {
    await create('m6');
    const many = Array.from({ length: 10_001 }, (_, i) => `k${i}`);
    const res = await change('m6', { add: { included: many } });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe('body.add.included');
    expect((await change('m6', { remove: { excluded: [''] } })).status).toBe(422);
    expect((await change('m6', {})).status).toBe(422);
  });

  it('is 422 for a key PostgreSQL cannot store', async () => {
    const res = await change('beta-testers', { add: { included: ['ok', 'bad\u0000'] } });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe('body.add.included[1]');
  });

  it('is 412 on a stale If-Match and changes nothing', async () => {
    await create('m7', { included: ['a'] });
    await change('m7', { add: { included: ['b'] } });
    const res = await change('m7', { remove: { included: ['a', 'b'] } }, { 'if-match': '"1"' });
    expect(res.status).toBe(412);
    expect(await keysOf('m7', 'included')).toEqual(['a', 'b']);
    expect(await audits('m7')).toHaveLength(1);
  });

  it('keeps the exact count but at most 1,000 keys per list in the audit entry', async () => {
    await create('m8');
    const keys = Array.from({ length: 2500 }, (_, i) => `user-${String(i).padStart(5, '0')}`);
    const res = await change('m8', { add: { included: keys } });
    expect(res.body.includedCount).toBe(2500);
    const [entry] = await audits('m8');
    expect(entry.after.added.included.count).toBe(2500);
    expect(entry.after.added.included.keys).toHaveLength(1000);
  });

  it('serializes concurrent changes: none is lost, each one version', async () => {
    await create('m9');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => change('m9', { add: { included: [`c${i}`] } })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect((await keysOf('m9', 'included')).length).toBe(20);
    expect((await fx.call('viewer', 'GET', `${base}/m9`)).body.version).toBe(21);
    expect(await audits('m9')).toHaveLength(20);
  });

  it('lets exactly one of several writers holding the same ETag through', async () => {
    await create('m10');
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        change('m10', { add: { included: [`w${i}`] } }, { 'if-match': '"1"' }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412]);
    expect(await keysOf('m10', 'included')).toHaveLength(1);
  });

  it('is 403 for a viewer and 404 for an unknown segment', async () => {
    const body = { add: { included: ['x'] } };
    expect((await fx.call('viewer', 'POST', `${base}/beta-testers/members`, { body })).status).toBe(403);
    expect((await change('nope', body)).status).toBe(404);
  });
});
