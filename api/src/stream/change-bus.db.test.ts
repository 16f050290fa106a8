// The change bus on this test's database (PGlite, or real Postgres with DATABASE_URL): what a committed
// transaction announces through bumpEnvironments reaches every listener, in order; a rollback announces
// nothing; known versions follow. Waits end when changes arrive; "nothing arrived" is shown by a marker,
// a change that must arrive first (notifications are delivered in commit order).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../logger.ts';
import { announceEnvironment, bumpEnvironments } from '../modules/environments/versions.ts';
import { seedDemo } from '../seed/seed.ts';
import { createTestDb, onRealPostgres } from '../../test/db.ts';
import type { TestDb } from '../../test/db.ts';
import { ChangeBus } from './change-bus.ts';
import type { Change } from './changes.ts';

let t: TestDb;
let bus: ChangeBus;
const got: Change[] = [];
let projectId: string;
let envs: { id: string; key: string; version: number }[];

// Told of every change the bus delivers, so waiting for changes is waiting for them to arrive.
const arrivals = new Set<() => void>();

/** Resolves once `got` holds n changes; the timeout only bounds a failure. */
function waitFor(n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const guard = AbortSignal.timeout(20_000);
    const done = () => {
      arrivals.delete(check);
      guard.removeEventListener('abort', fail);
    };
    const check = () => {
      if (got.length < n) return;
      done();
      resolve();
    };
    const fail = () => {
      done();
      reject(new Error(`${got.length} of ${n} changes arrived`));
    };
    arrivals.add(check);
    guard.addEventListener('abort', fail);
    check();
  });
}

/** A change of no real environment, sent outside any transaction: it arrives as soon as it is sent. */
const marker = (key: string): Change => ({ environmentId: 'marker', version: 1, kind: 'flag', key });
const notify = (change: Change) => t.db.raw(`select pg_notify('ff_changes', ?)`, [JSON.stringify(change)]);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  const project = await t.db('projects').where({ key: 'demo' }).first('id');
  projectId = project.id;
  envs = (await t.db('environments').where({ project_id: projectId }).orderBy('sort_order')).map((e) => ({
    id: e.id,
    key: e.key,
    version: Number(e.version),
  }));
  bus = new ChangeBus({ db: t.db, logger: createLogger({ level: 'silent' }) });
  bus.subscribe({
    change: (c) => {
      got.push(c);
      for (const check of [...arrivals]) check();
    },
  });
  await bus.start();
});

afterAll(async () => {
  await bus?.stop();
  await t?.destroy();
});

describe('the change bus', () => {
  it('knows every environment version once started', () => {
    expect(bus.live).toBe(true);
    for (const e of envs) expect(bus.knownVersion(e.id)).toBe(e.version);
  });

  it('delivers a committed bump to listeners, one change per environment and subject, after commit', async () => {
    got.length = 0;
    let seenInside: Change[] = [];
    await t.db.transaction(async (trx) => {
      await bumpEnvironments(trx, projectId, [
        { kind: 'flag', key: 'new-checkout' },
        { kind: 'segment', key: 'beta-testers' },
      ]);
      if (onRealPostgres) {
        // From another connection, committed at once: it arrives while this transaction is open, after
        // anything the bump might have announced early.
        await notify(marker('inside'));
        await waitFor(1);
      } else {
        // PGlite's one connection is this transaction's: a round trip on it is what an early announcement
        // would have ridden.
        await trx.raw('select 1');
      }
      seenInside = got.splice(0);
    });
    expect(seenInside).toEqual(onRealPostgres ? [marker('inside')] : []);
    await waitFor(envs.length * 2);
    expect(got).toHaveLength(envs.length * 2);
    for (const e of envs) {
      const mine = got.filter((c) => c.environmentId === e.id);
      expect(mine.map((c) => [c.kind, c.key, c.version])).toEqual([
        ['flag', 'new-checkout', e.version + 1],
        ['segment', 'beta-testers', e.version + 1],
      ]);
      // Each message says how many the commit sent for its environment, so a listener knows it has all.
      expect(mine.map((c) => c.subjects)).toEqual([2, 2]);
      expect(bus.knownVersion(e.id)).toBe(e.version + 1);
      e.version++;
    }
  });

  it('announces nothing for a rolled-back transaction', async () => {
    got.length = 0;
    await expect(
      t.db.transaction(async (trx) => {
        await bumpEnvironments(trx, projectId, { kind: 'flag', key: 'new-checkout' }, [envs[0]!.id]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // A committed one afterwards arrives, and it is the only one.
    await t.db.transaction((trx) =>
      bumpEnvironments(trx, projectId, { kind: 'flag', key: 'x' }, [envs[0]!.id]),
    );
    // Announced in commit order: had the rolled-back one been announced, it would have come first.
    await waitFor(1);
    expect(got).toEqual([
      { environmentId: envs[0]!.id, version: envs[0]!.version + 1, kind: 'flag', key: 'x', subjects: 1 },
    ]);
    envs[0]!.version++;
  });

  it('keeps versions in commit order under concurrent writers', async () => {
    got.length = 0;
    const env = envs[1]!;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.transaction((trx) => bumpEnvironments(trx, projectId, { kind: 'flag', key: `f${i}` }, [env.id])),
      ),
    );
    await waitFor(20);
    expect(got.map((c) => c.version)).toEqual(Array.from({ length: 20 }, (_, i) => env.version + 1 + i));
    env.version += 20;
  });

  it('announces an environment change with its own version', async () => {
    got.length = 0;
    const env = envs[2]!;
    await t.db.transaction(async (trx) => {
      const [row] = await trx('environments')
        .where({ id: env.id })
        .update({ version: trx.raw('version + 1') })
        .returning(['id', 'key', 'version']);
      await announceEnvironment(trx, { id: row.id, key: row.key, version: Number(row.version) });
    });
    await waitFor(1);
    expect(got).toEqual([
      { environmentId: env.id, version: env.version + 1, kind: 'environment', key: env.key, subjects: 1 },
    ]);
  });

  it('skips payloads it cannot read and keeps going', async () => {
    got.length = 0;
    await t.db.raw(`select pg_notify('ff_changes', 'not json')`);
    await t.db.raw(
      `select pg_notify('ff_changes', '{"environmentId":"e","version":0,"kind":"flag","key":"k"}')`,
    );
    await t.db.raw(
      `select pg_notify('ff_changes', '{"environmentId":"e","version":3,"kind":"flag","key":"k"}')`,
    );
    await waitFor(1);
    expect(got).toEqual([{ environmentId: 'e', version: 3, kind: 'flag', key: 'k' }]);
  });

  it('says "unknown" once stopped', async () => {
    const other = new ChangeBus({ db: t.db, logger: createLogger({ level: 'silent' }) });
    await other.start();
    expect(other.knownVersion(envs[0]!.id)).toBe(envs[0]!.version);
    await other.stop();
    expect(other.knownVersion(envs[0]!.id)).toBeUndefined();
  });

  it.skipIf(!onRealPostgres)(
    'reconnects after losing its connection, and resyncs what it missed meanwhile (Postgres)',
    async () => {
      // The bus's reconnect delay runs on a fake clock here, so the change below is surely committed
      // while nobody listens, however long that takes; the database traffic stays real.
      const env = envs[0]!;
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const resyncs: ReadonlyMap<string, number>[] = [];
        let resynced!: () => void;
        const reconnected = new Promise<void>((resolve) => (resynced = resolve));
        const off = bus.subscribe({
          change: () => {},
          resync: (v) => {
            resyncs.push(new Map(v));
            resynced();
          },
        });
        await t.db.raw(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = 'ff change bus' and datname = current_database()`,
        );
        // The bus notices on its socket; look again after each turn of the event loop (no clock).
        while (bus.live) await new Promise((r) => setImmediate(r));
        expect(bus.knownVersion(env.id)).toBeUndefined();
        // Committed while nobody listens: its notification is gone, the resync must make up for it.
        await t.db.transaction((trx) =>
          bumpEnvironments(trx, projectId, { kind: 'flag', key: 'lost' }, [env.id]),
        );
        env.version++;
        vi.advanceTimersByTime(100); // the first reconnect delay
        await reconnected;
        expect(bus.live).toBe(true);
        expect(resyncs).toHaveLength(1);
        expect(resyncs[0]!.get(env.id)).toBe(env.version);
        expect(bus.knownVersion(env.id)).toBe(env.version);
        off();
      } finally {
        vi.useRealTimers();
      }

      got.length = 0;
      await t.db.transaction((trx) =>
        bumpEnvironments(trx, projectId, { kind: 'flag', key: 'after' }, [env.id]),
      );
      await waitFor(1);
      expect(got.map((c) => c.key)).toEqual(['after']);
      env.version++;
    },
  );
});
