import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/db.ts';
import type { TestDb } from '../../test/db.ts';
import { ConflictError } from '../http/errors.ts';
import type { Actor } from '../http/principal.ts';
import { MissingAuditError, mutate } from './unit-of-work.ts';

let t: TestDb;
let actor: Actor;
beforeAll(async () => {
  t = await createTestDb();
  const [org] = await t.db('organizations').insert({ key: 'uow', name: 'UoW' }).returning('id');
  actor = {
    organizationId: org.id,
    userId: null,
    email: null,
    tokenId: null,
    tokenName: null,
    requestId: 'r1',
    source: { ip: '203.0.113.9', userAgent: 'uow-test/1.0' },
  };
});
afterAll(() => t.destroy());

const entry = {
  action: 'project.update',
  resourceType: 'project' as const,
  resource: 'projects/x',
  before: null,
  after: null,
};
const count = async () =>
  Number((await t.db('audit_log').where({ organization_id: actor.organizationId }).count({ n: '*' }))[0]!.n);

describe('mutate', () => {
  it('records who acted and from where in the audit entry', async () => {
    const id = await mutate(t.db, actor, ({ audit }) => audit(entry));
    const row = await t.db('audit_log').where({ id }).first();
    expect(row).toMatchObject({
      actor_token_id: null,
      request_id: 'r1',
      source_ip: '203.0.113.9',
      source_user_agent: 'uow-test/1.0',
    });
  });

  it('runs a transaction that lost a deadlock again, and commits exactly once', async () => {
    const before = await count();
    let attempts = 0;
    const value = await mutate(t.db, actor, async ({ audit }) => {
      attempts++;
      await audit(entry);
      if (attempts === 1) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
      return 'done';
    });
    expect(value).toBe('done');
    expect(attempts).toBe(2);
    expect(await count()).toBe(before + 1);
  });

  it('maps a foreign key that no longer resolves to a 409 and stores nothing', async () => {
    const before = await count();
    await expect(
      mutate(t.db, actor, async ({ trx, audit }) => {
        await audit(entry);
        await trx('environments').insert({
          project_id: '00000000-0000-4000-8000-000000000000',
          key: 'x',
          name: 'X',
        });
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await count()).toBe(before);
  });

  it('refuses a write without its audit entry, and one with two', async () => {
    await expect(mutate(t.db, actor, async () => 1)).rejects.toBeInstanceOf(MissingAuditError);
    await expect(
      mutate(t.db, actor, async ({ audit }) => {
        await audit(entry);
        await audit(entry);
      }),
    ).rejects.toBeInstanceOf(MissingAuditError);
  });

  it('commits a declared no-op without an entry, and refuses one that records an entry anyway', async () => {
    const before = await count();
    await expect(mutate(t.db, actor, async ({ unchanged }) => (unchanged(), 'same'))).resolves.toBe('same');
    expect(await count()).toBe(before);
    await expect(
      mutate(t.db, actor, async ({ audit, unchanged }) => {
        unchanged();
        await audit(entry);
      }),
    ).rejects.toBeInstanceOf(MissingAuditError);
    expect(await count()).toBe(before);
  });
});
