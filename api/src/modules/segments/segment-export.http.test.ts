// GET …/segments/{segment}/members/export: a whole list in one streamed response (issue 11: paging a
// million keys 500 at a time took minutes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { exportBatchSize } from './members.ts';

let fx: ApiFixture;
const base = '/api/v1/projects/demo/segments';
const many = exportBatchSize * 2 + 7;
const keyOf = (i: number) => `user-${String(i).padStart(6, '0')}`;

beforeAll(async () => {
  fx = await startApiFixture();
  const segment = await fx.db('segments').where({ key: 'beta-testers' }).first('id');
  const rows = Array.from({ length: many }, (_, i) => ({
    segment_id: segment.id,
    kind: 'included',
    context_key: keyOf(i),
  }));
  for (let i = 0; i < rows.length; i += 5000) await fx.db('segment_members').insert(rows.slice(i, i + 5000));
  const odd = await fx.call('owner', 'POST', `${base}/beta-testers/members`, {
    body: { add: { excluded: ['a "quoted", comma key', 'ünïcödé 🚀'] } },
  });
  expect(odd.status).toBe(200);
});
afterAll(() => fx.close());

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as string);

describe('exportSegmentMembers', () => {
  it('streams every key of a list, across batches, in key order, one JSON string per line', async () => {
    const res = await fx.call('viewer', 'GET', `${base}/beta-testers/members/export?list=included`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const keys = lines(res.body as string);
    const expected = [
      ...Array.from({ length: many }, (_, i) => keyOf(i)),
      'user-ada',
      'user-grace',
      'user-linus',
    ];
    expect(keys).toHaveLength(expected.length);
    expect(new Set(keys)).toEqual(new Set(expected));
    expect(keys).toEqual([...keys].sort());
  });

  it('keeps any key intact (quotes, commas, non-ASCII), and defaults to the included list', async () => {
    const excluded = await fx.call('viewer', 'GET', `${base}/beta-testers/members/export?list=excluded`);
    expect(lines(excluded.body as string).sort()).toEqual(['a "quoted", comma key', 'ünïcödé 🚀'].sort());
    const byDefault = await fx.call('viewer', 'GET', `${base}/beta-testers/members/export`);
    expect(lines(byDefault.body as string)).toHaveLength(many + 3);
  });

  it('is empty for an empty list, and a 404 problem for an unknown segment', async () => {
    const created = await fx.call('owner', 'POST', base, { body: { key: 'empty', name: 'Empty' } });
    expect(created.status).toBe(201);
    const empty = await fx.call('viewer', 'GET', `${base}/empty/members/export`);
    expect(empty.status).toBe(200);
    expect(empty.body).toBe('');
    const missing = await fx.call('viewer', 'GET', `${base}/nope/members/export`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });
});
