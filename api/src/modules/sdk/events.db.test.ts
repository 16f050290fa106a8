// The event sink on a real database: batches of one environment are written together, but a batch the
// database refuses is dropped alone (issue 10: one bad item lost every client's events queued with it),
// and each dropped item is counted by reason. The refusal is a fault injected with a trigger.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '../../../test/db.ts';
import type { TestDb } from '../../../test/db.ts';
import type { Logger } from '../../logger.ts';
import { createEventSink } from './events.ts';
import type { DropReason, EventBatch } from './events.ts';

let t: TestDb;
let environmentId: string;
beforeAll(async () => {
  t = await createTestDb();
  const [org] = await t.db('organizations').insert({ key: 'ev', name: 'Events' }).returning('id');
  const [project] = await t
    .db('projects')
    .insert({ organization_id: org.id, key: 'p', name: 'P' })
    .returning('id');
  const [env] = await t
    .db('environments')
    .insert({ project_id: project.id, key: 'e', name: 'E', color: '#000000' })
    .returning('id');
  environmentId = env.id;
  // The fault: the database refuses any event of the context key "poison".
  await t.db.raw(`
    create function refuse_poison() returns trigger language plpgsql as $$
    begin
      if new.context_key = 'poison' then raise exception 'refused by the test'; end if;
      return new;
    end $$;
    create trigger refuse_poison before insert on sdk_events for each row execute function refuse_poison();
  `);
});
afterAll(() => t?.destroy());

const hour = Date.UTC(2026, 0, 15, 10);
const events = (...keys: string[]): EventBatch => ({
  events: keys.map((contextKey, i) => ({ name: 'purchase', contextKey, timestamp: hour + i })),
});

function sink() {
  const logger = { info: vi.fn(), error: vi.fn() } as unknown as Logger;
  const dropped: [DropReason, number][] = [];
  return {
    sink: createEventSink(t.db, logger, { dropped: (reason, items) => dropped.push([reason, items]) }),
    dropped,
    logger: logger as unknown as { info: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn> },
  };
}

const storedKeys = async () =>
  (await t.db('sdk_events').orderBy('id').select('context_key')).map((r) => r.context_key as string);

describe('event sink on the database', () => {
  it("stores every batch queued with one the database refuses, and counts only that one's items", async () => {
    const { sink: s, dropped, logger } = sink();
    // Accepted together, so they are queued for the same environment's write.
    s.accept(environmentId, events('ada', 'bob'), 100);
    s.accept(environmentId, events('carl', 'poison', 'dora'), 100);
    s.accept(environmentId, events('eve'), 100);
    s.accept(
      environmentId,
      { summaries: [{ flag: 'f', variation: 0, count: 4, start: hour, end: hour }] },
      100,
    );
    await s.drain();
    expect(await storedKeys()).toEqual(['ada', 'bob', 'eve']);
    const counters = await t.db('sdk_evaluation_counters').where({ environment_id: environmentId });
    expect(counters.map((c) => Number(c.count))).toEqual([4]);
    expect(dropped).toEqual([['write_failed', 3]]);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('drops the batches of a deleted environment as such, without touching the others', async () => {
    await t.db('sdk_events').delete();
    const { sink: s, dropped, logger } = sink();
    s.accept('00000000-0000-4000-8000-000000000000', events('gone-1', 'gone-2'), 100);
    s.accept(environmentId, events('kept'), 100);
    await s.drain();
    expect(await storedKeys()).toEqual(['kept']);
    expect(dropped).toEqual([['environment_deleted', 2]]);
    // Routine, not an error: its SDKs have not noticed yet.
    expect(logger.error).not.toHaveBeenCalled();
    expect(logger.info).toHaveBeenCalledTimes(1);
  });
});
