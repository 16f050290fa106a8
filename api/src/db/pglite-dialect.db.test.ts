import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, pgliteOf } from './knex.ts';
import type { Db } from './knex.ts';

// The dialect itself, always on PGlite (whatever DATABASE_URL says): it is the code under test.
describe('PGlite knex dialect', () => {
  let db: Db;
  beforeAll(async () => {
    db = createDb({ dataDir: 'memory://' });
    await db.raw('create table t (id serial primary key, n int not null, tags text[], doc jsonb)');
  });
  afterAll(() => db.destroy());

  it('maps results like pg: rows for select/returning, counts for update/delete', async () => {
    const inserted = await db('t')
      .insert([{ n: 1, tags: ['a'], doc: JSON.stringify({ x: [1] }) }, { n: 2 }])
      .returning(['id', 'tags', 'doc']);
    expect(inserted).toEqual([
      { id: 1, tags: ['a'], doc: { x: [1] } },
      { id: 2, tags: null, doc: null },
    ]);
    expect(await db('t').where({ n: 2 }).first('id')).toEqual({ id: 2 });
    expect(await db('t').pluck('n')).toEqual([1, 2]);
    expect(await db('t').update({ n: 3 })).toBe(2);
    expect(await db('t').where({ id: 2 }).del()).toBe(1);
    expect(await db('t').count('* as c').first()).toEqual({ c: 1 });
  });

  it('runs multi-statement raw SQL', async () => {
    await db.raw('create table m (x int); insert into m values (1), (2)');
    expect(await db('m').count('* as c').first()).toEqual({ c: 2 });
  });

  it('rolls a failed transaction back', async () => {
    await expect(
      db.transaction(async (trx) => {
        await trx('t').insert({ n: 100 });
        throw new Error('nope');
      }),
    ).rejects.toThrow('nope');
    expect(await db('t').where({ n: 100 }).first()).toBeUndefined();
    await expect(db('t').insert({ n: null })).rejects.toThrow(/not-null|null value/);
  });

  it('queues concurrent transactions instead of interleaving them', async () => {
    const pool = (db.client as { pool: { numPendingAcquires(): number } }).pool;
    const log: string[] = [];
    const waiting: number[] = [];
    await Promise.all(
      [1, 2, 3].map((i) =>
        db.transaction(async (trx) => {
          log.push(`begin ${i}`);
          const { c } = (await trx('t').count('* as c').first()) as { c: number };
          // Midway through each, the ones not yet run are waiting for the connection, not running.
          waiting.push(pool.numPendingAcquires());
          await trx('t').insert({ n: 1000 + c });
          log.push(`commit ${i}`);
        }),
      ),
    );
    expect(waiting).toEqual([2, 1, 0]);
    expect(log).toEqual(['begin 1', 'commit 1', 'begin 2', 'commit 2', 'begin 3', 'commit 3']);
    // Each saw the previous one's insert: no lost updates.
    expect(await db('t').where('n', '>=', 1000).orderBy('n').pluck('n')).toEqual([1001, 1002, 1003]);
  });

  it('keeps PGlite listen/notify reachable for change propagation', async () => {
    const pglite = await pgliteOf(db)!;
    let heard!: (payload: string) => void;
    const arrived = new Promise<string>((resolve) => (heard = resolve));
    const unlisten = await pglite.listen('ff_changes', (payload) => heard(payload));
    await db.raw(`select pg_notify('ff_changes', ?)`, ['{"env":"x","version":2}']);
    expect(await arrived).toBe('{"env":"x","version":2}');
    await unlisten();
  });

  it('is not PGlite-backed on pg', () => {
    const pg = createDb({ databaseUrl: 'postgres://u@127.0.0.1:1/x' });
    expect(pgliteOf(pg)).toBeUndefined();
    return pg.destroy();
  });
});
