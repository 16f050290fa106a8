import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.ts';
import type { TestDb } from '../../../test/db.ts';
import { createCountStore } from './store.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.destroy());

const minute = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('the shared rate-limit counts', () => {
  it('reads 0 for a credential nobody counted, without writing a row', async () => {
    const store = createCountStore(t.db);
    expect(await store.exchange(minute, [{ key: 'management:none', add: 0 }])).toEqual(new Map());
    expect(
      Number((await t.db('rate_limit_counts').where({ key: 'management:none' }).count({ n: '*' }))[0]!.n),
    ).toBe(0);
  });

  it('adds what replicas send at the same time, and each sees the total including the others', async () => {
    const a = createCountStore(t.db);
    const b = createCountStore(t.db);
    const sends = Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? a : b).exchange(minute, [
        { key: 'server:k1', add: 3 },
        { key: 'server:k2', add: 1 },
      ]),
    );
    const results = await Promise.all(sends);
    const k1 = results.map((r) => r.get('server:k1')!).sort((x, y) => x - y);
    // Every addition was applied once, and each caller saw the count its own addition made.
    expect(k1).toEqual(Array.from({ length: 20 }, (_, i) => 3 * (i + 1)));
    expect(
      await a.exchange(minute, [
        { key: 'server:k2', add: 0 },
        { key: 'server:k1', add: 0 },
      ]),
    ).toEqual(
      new Map([
        ['server:k2', 20],
        ['server:k1', 60],
      ]),
    );
  });

  it('keeps windows apart and prunes the ones that started before a time', async () => {
    const store = createCountStore(t.db);
    await store.exchange(minute - 120_000, [{ key: 'client:c', add: 1 }]);
    await store.exchange(minute - 60_000, [{ key: 'client:c', add: 2 }]);
    await store.exchange(minute, [{ key: 'client:c', add: 4 }]);
    await store.prune(minute - 60_000);
    const rows = await t
      .db('rate_limit_counts')
      .where({ key: 'client:c' })
      .orderBy('window_start')
      .select('count');
    expect(rows.map((r) => Number(r.count))).toEqual([2, 4]);
  });
});
