import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture, Who } from '../../../test/api-fixture.ts';
import { exportBatchSize } from './service.ts';
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

describe('listing and filters', () => {
  let tokenId: string;
  beforeAll(async () => {
    await createProject('audit-filters');
    await rename('audit-filters', 'Renamed by admin');
    const token = await fx.call('developer', 'POST', '/api/v1/tokens', { body: { name: 'audit test' } });
    tokenId = token.body.id;
  });

  it('lists entries newest first, with who did what', async () => {
    const items = await list('?resource=projects/audit-filters');
    expect(items.map((e) => e.action)).toEqual(['project.update', 'project.create']);
    const [update] = items;
    expect(update).toMatchObject({
      resourceType: 'project',
      resource: 'projects/audit-filters',
      actor: { email: 'admin@demo.local', tokenName: 'admin token' },
      before: { name: 'Project audit-filters' },
      after: { name: 'Renamed by admin' },
      revertOf: null,
    });
    expect(update!.requestId).toBeTruthy();
    expect(Number(items[0]!.id)).toBeGreaterThan(Number(items[1]!.id));
  });

  it('matches a resource path and everything under it, but not siblings sharing a prefix', async () => {
    await createProject('audit-filters-2');
    const under = await list('?resource=projects/audit-filters');
    expect(
      under.every(
        (e) => e.resource === 'projects/audit-filters' || e.resource.startsWith('projects/audit-filters/'),
      ),
    ).toBe(true);
    expect(await list('?resource=/projects/audit-filters/')).toEqual(under);
    // `_` and `%` are literal, not LIKE wildcards.
    expect(await list('?resource=projects/audit_filters')).toEqual([]);
    expect(await list('?resource=projects/audit%25')).toEqual([]);
  });

  it('filters by resource type, action, actor email (any case) or token id', async () => {
    const tokens = await list('?resourceType=api_token');
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.every((e) => e.resourceType === 'api_token')).toBe(true);

    const updates = await list('?action=project.update');
    expect(updates.every((e) => e.action === 'project.update')).toBe(true);
    expect(updates.map((e) => e.resource)).toContain('projects/audit-filters');

    const byDev = await list('?actor=DEV@Demo.Local');
    expect(byDev.map((e) => e.resource)).toContain(`tokens/${tokenId}`);
    expect(byDev.every((e) => e.actor.email === 'dev@demo.local')).toBe(true);

    const byAdmin = await list('?actor=admin@demo.local');
    const adminToken = byAdmin[0]!.actor.tokenId!;
    const byToken = await list(`?actor=${adminToken}`);
    expect(byToken.map((e) => e.id)).toEqual(byAdmin.map((e) => e.id));

    expect(await list('?actor=nobody@demo.local')).toEqual([]);
  });

  it('filters by time: since inclusive, until exclusive', async () => {
    const all = await list('?resource=projects/audit-filters');
    const oldest = all.at(-1)!;
    const since = await list(
      `?resource=projects/audit-filters&since=${encodeURIComponent(oldest.createdAt)}`,
    );
    expect(since).toHaveLength(all.length);
    const until = await list(
      `?resource=projects/audit-filters&until=${encodeURIComponent(oldest.createdAt)}`,
    );
    expect(until).toEqual([]);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(await list(`?since=${encodeURIComponent(future)}`)).toEqual([]);
    expect((await fx.call('viewer', 'GET', '/api/v1/audit?since=yesterday')).status).toBe(400);
  });

  it("never shows another organization's entries", async () => {
    expect(await list('?resource=projects/audit-filters', 'otherOrg')).toEqual([]);
    const mine = await list('?resource=projects/audit-filters');
    expect((await fx.call('otherOrg', 'GET', `/api/v1/audit/${mine[0]!.id}`)).status).toBe(404);
  });

  it('includes the first-start seed entry', async () => {
    const seed = await list('?resourceType=organization');
    expect(seed.map((e) => e.action)).toEqual(['seed.demo']);
  });
});

describe('paging', () => {
  it('walks every entry once with keyset cursors', async () => {
    const all = await list('?limit=500');
    expect(all.length).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: AuditEntry[]; nextCursor: string | null } } = await fx.call(
        'viewer',
        'GET',
        `/api/v1/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((e) => e.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((e) => e.id));
  });

  it('rejects a cursor it did not make (400)', async () => {
    expect((await fx.call('viewer', 'GET', '/api/v1/audit?cursor=bm9wZQ')).status).toBe(400);
  });
});

describe('one entry', () => {
  it('is found by id; unknown ids are 404', async () => {
    const [latest] = await list('?limit=1');
    const res = await fx.call('viewer', 'GET', `/api/v1/audit/${latest!.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(latest);
    expect((await fx.call('viewer', 'GET', '/api/v1/audit/999999999')).status).toBe(404);
  });
});

describe('export', () => {
  async function exportLines(query = '') {
    const res = await fetch(`${fx.url}/api/v1/audit/export${query}`, {
      headers: { authorization: `Bearer ${fx.tokens.viewer}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const text = await res.text();
    expect(text === '' || text.endsWith('\n')).toBe(true);
    return text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as AuditEntry);
  }

  it('streams every matching entry as one JSON line each, oldest first, with the same filters', async () => {
    const newest = await list('?limit=500&resourceType=project');
    const lines = await exportLines('?resourceType=project');
    expect(lines).toEqual([...newest].reverse());
    expect(await exportLines('?actor=nobody@demo.local')).toEqual([]);
  });

  it('pages through the database in batches, so large logs come out whole and in order', async () => {
    const total = exportBatchSize * 2 + 17;
    const rows = Array.from({ length: total }, (_, i) => ({
      organization_id: fx.organizationId,
      action: 'flag.update',
      resource_type: 'flag',
      resource_key: `projects/bulk/flags/f${i}`,
      after: JSON.stringify({ i }),
    }));
    for (let i = 0; i < rows.length; i += 500) await fx.db('audit_log').insert(rows.slice(i, i + 500));
    const lines = await exportLines('?resource=projects/bulk');
    expect(lines).toHaveLength(total);
    expect(lines.map((e) => (e.after as { i: number }).i)).toEqual(rows.map((_, i) => i));
    const ids = lines.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});
