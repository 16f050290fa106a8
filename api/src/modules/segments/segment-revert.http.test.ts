import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { actorOf } from '../../http/principal.ts';
import type { Principal, Role } from '../../http/principal.ts';
import { segmentRestorer } from './restore.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx?.close());

const base = '/api/v1/projects/demo/segments';
const plan = (p: string) => ({ attribute: 'plan', op: 'in', values: [p] });

async function create(key: string, extra: Record<string, unknown> = {}) {
  const res = await fx.call('developer', 'POST', base, { body: { key, name: key, ...extra } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function auditOf(action: string, resource: string) {
  return fx.db('audit_log').where({ action, resource_key: resource }).orderBy('id');
}

describe('revert through the audit log', () => {
  const revert = async (action: string, resource: string, body: Record<string, unknown> = {}) => {
    const [entry] = await auditOf(action, resource);
    return fx.call('developer', 'POST', `/api/v1/audit/${entry.id}/revert`, { body });
  };

  it('brings a deleted segment back with its members', async () => {
    await create('rev-api', { included: ['a', 'b'], rules: [{ clauses: [plan('pro')] }] });
    await fx.call('developer', 'DELETE', `${base}/rev-api`);
    const res = await revert('segment.delete', 'projects/demo/segments/rev-api');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      action: 'segment.revert',
      before: null,
      after: { key: 'rev-api', includedCount: 2 },
    });
    const got = await fx.call('viewer', 'GET', `${base}/rev-api`);
    expect(got.body).toMatchObject({ includedCount: 2, rules: [{ clauses: [plan('pro')] }] });
  });

  it('does not revert member changes', async () => {
    await create('rev-members');
    await fx.call('developer', 'POST', `${base}/rev-members/members`, { body: { add: { included: ['x'] } } });
    const res = await revert('segment_members.change', 'projects/demo/segments/rev-members/members');
    expect(res.status).toBe(422);
  });
});

describe('segmentRestorer', () => {
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
      const after = await segmentRestorer.restore(uow, who, resource, snapshot);
      await uow.audit({ action: 'segment.revert', resourceType: 'segment', resource, before: null, after });
      return after;
    });

  it('restores an updated segment’s name, description and rules as a new version', async () => {
    const created = await create('rev-upd', { description: 'original', rules: [{ clauses: [plan('a')] }] });
    await fx.call('developer', 'PATCH', `${base}/rev-upd`, { body: { description: 'changed', rules: [] } });
    const after = await restore(principal('developer'), 'projects/demo/segments/rev-upd', created);
    expect(after).toMatchObject({ description: 'original', rules: created.rules, version: 3 });
  });

  it('recreates a deleted segment with the members its delete entry kept', async () => {
    await create('rev-del', { included: ['a', 'b'], excluded: ['c'] });
    await fx.call('developer', 'DELETE', `${base}/rev-del`);
    const [entry] = await auditOf('segment.delete', 'projects/demo/segments/rev-del');
    const after = await restore(principal('developer'), 'projects/demo/segments/rev-del', entry.before);
    expect(after).toMatchObject({ key: 'rev-del', includedCount: 2, excludedCount: 1, version: 1 });
  });

  it('deletes for a null snapshot, but not while the segment is in use', async () => {
    await create('rev-new');
    expect(await restore(principal('developer'), 'projects/demo/segments/rev-new', null)).toBeNull();
    expect((await fx.call('viewer', 'GET', `${base}/rev-new`)).status).toBe(404);
    await expect(
      restore(principal('developer'), 'projects/demo/segments/beta-testers', null),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('authorizes flags:write on the project and refuses foreign or malformed paths', async () => {
    const trx = await fx.db.transaction();
    try {
      await expect(
        segmentRestorer.authorize(trx, principal('viewer'), 'projects/demo/segments/beta-testers'),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        segmentRestorer.authorize(trx, principal('developer'), 'projects/demo/segments/beta-testers'),
      ).resolves.toBeUndefined();
      await expect(
        segmentRestorer.current(trx, principal('viewer'), 'projects/nope/segments/x'),
      ).rejects.toMatchObject({ status: 404 });
      await expect(
        segmentRestorer.current(trx, principal('viewer'), 'projects/demo/flags/x'),
      ).rejects.toMatchObject({ status: 404 });
      expect(
        await segmentRestorer.current(trx, principal('viewer'), 'projects/demo/segments/none'),
      ).toBeNull();
    } finally {
      await trx.rollback();
    }
  });
});
