// POST /sdk/v1/events: 202 at once, written in the background (summaries into hourly counters, exposures
// and tracked events into sdk_events); a batch over 10,000 items or 1 MiB is 413 and leaves nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { createKey, drainEvents, withKey } from './test-helpers.ts';

let fx: ApiFixture;
let server: string;
let client: string;
let stagingId: string;
beforeAll(async () => {
  fx = await startApiFixture();
  server = (await createKey(fx, 'staging', 'server')).secret;
  client = (await createKey(fx, 'staging', 'client')).secret;
  stagingId = (await fx.db('environments').where({ key: 'staging' }).first('id')).id;
}, 60_000);
afterAll(() => fx.close());

const drain = () => drainEvents(fx);
const post = (key: string, body: unknown) => withKey(fx, key, 'POST', '/sdk/v1/events', { body });
const hour = Date.UTC(2026, 0, 15, 10);

async function stored() {
  const counters = await fx.db('sdk_evaluation_counters').orderBy(['flag_key', 'variation']).select();
  const events = await fx.db('sdk_events').orderBy('id').select();
  return { counters, events };
}

describe('POST /sdk/v1/events', () => {
  it('accepts with 202 and stores summaries as hourly counters, adding up across batches', async () => {
    const batch = {
      summaries: [
        { flag: 'new-checkout', variation: 0, count: 5, start: hour + 1000, end: hour + 5000 },
        { flag: 'new-checkout', variation: 0, count: 2, start: hour + 9000, end: hour + 9500 },
        { flag: 'new-checkout', variation: null, count: 1, start: hour + 1000, end: hour + 5000 },
        { flag: 'checkout-flow', variation: 1, count: 3, start: hour + 3_600_000, end: hour + 3_601_000 },
      ],
    };
    expect((await post(server, batch)).status).toBe(202);
    expect((await post(client, { summaries: [batch.summaries[0]] })).status).toBe(202);
    await drain();
    const { counters } = await stored();
    expect(
      counters.map((c) => [c.flag_key, c.variation, new Date(c.hour).getTime(), Number(c.count)]),
    ).toEqual([
      ['checkout-flow', 1, hour + 3_600_000, 3],
      ['new-checkout', -1, hour, 1],
      ['new-checkout', 0, hour, 12],
    ]);
    expect(counters.every((c) => c.environment_id === stagingId)).toBe(true);
  });

  it('stores exposures and tracked events', async () => {
    const res = await post(client, {
      exposures: [{ flag: 'checkout-flow', variation: 1, contextKey: 'user-ada', timestamp: hour + 10 }],
      events: [
        { name: 'purchase', contextKey: 'user-ada', value: 42.5, timestamp: hour + 20 },
        { name: 'signup', contextKey: 'user-bob', timestamp: hour + 30 },
      ],
    });
    expect(res.status).toBe(202);
    await drain();
    const { events } = await stored();
    expect(
      events.map((e) => [
        e.kind,
        e.flag_key,
        e.variation,
        e.name,
        e.context_key,
        e.value,
        new Date(e.occurred_at).getTime(),
      ]),
    ).toEqual([
      ['exposure', 'checkout-flow', 1, null, 'user-ada', null, hour + 10],
      ['custom', null, null, 'purchase', 'user-ada', 42.5, hour + 20],
      ['custom', null, null, 'signup', 'user-bob', null, hour + 30],
    ]);
  });

  it("ignores a client key's exposures of a flag that is not client-side; a server key's are stored", async () => {
    const exposure = (flag: string, contextKey: string) => ({
      flag,
      variation: 0,
      contextKey,
      timestamp: hour,
    });
    // max-cart-items is server-only in the demo; checkout-flow is client-side.
    const forged = [exposure('max-cart-items', 'user-forged'), exposure('checkout-flow', 'user-forged')];
    expect((await post(client, { exposures: forged })).status).toBe(202);
    expect((await post(server, { exposures: [exposure('max-cart-items', 'user-server')] })).status).toBe(202);
    await drain();
    const rows = await fx
      .db('sdk_events')
      .whereIn('context_key', ['user-forged', 'user-server'])
      .orderBy('id')
      .select('flag_key', 'context_key');
    expect(rows.map((r) => [r.flag_key, r.context_key])).toEqual([
      ['checkout-flow', 'user-forged'],
      ['max-cart-items', 'user-server'],
    ]);
  });

  it('refuses more than 10,000 items with 413 and stores nothing of the batch', async () => {
    const before = await stored();
    const events = Array.from({ length: 6000 }, (_, i) => ({
      name: 'e',
      contextKey: `u${i}`,
      timestamp: hour,
    }));
    const summaries = Array.from({ length: 4001 }, () => ({
      flag: 'new-checkout',
      variation: 1,
      count: 1,
      start: hour,
      end: hour,
    }));
    const res = await post(server, { events, summaries });
    expect(res.status).toBe(413);
    expect(res.body.detail).toContain('10000');
    await drain();
    expect(await stored()).toEqual(before);
  });

  it('refuses a body over 1 MiB with 413 and stores nothing', async () => {
    const before = await stored();
    const events = Array.from({ length: 9000 }, (_, i) => ({
      name: 'x'.repeat(150),
      contextKey: `user-${i}`,
      timestamp: hour,
    }));
    expect(JSON.stringify({ events }).length).toBeGreaterThan(1024 * 1024);
    const res = await post(server, { events });
    expect(res.status).toBe(413);
    await drain();
    expect(await stored()).toEqual(before);
  });

  it('refuses an invalid batch with 422 naming the path, and stores none of it', async () => {
    const before = await stored();
    const res = await post(server, {
      events: [{ name: 'ok', contextKey: 'u', timestamp: hour }],
      summaries: [{ flag: 'new-checkout', variation: 0, count: 0, start: hour, end: hour }],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('body.summaries[0].count');
    await drain();
    expect(await stored()).toEqual(before);
  });

  it('refuses a time after the year 9999 with 422 naming it, and stores nothing of the batch', async () => {
    const before = await stored();
    const res = await post(client, {
      events: [
        { name: 'ok', contextKey: 'u', timestamp: hour },
        { name: 'late', contextKey: 'u', timestamp: Date.UTC(10000, 0, 1) },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.events[1].timestamp']);
    await drain();
    expect(await stored()).toEqual(before);
  });

  it("stores a time later than the batch's arrival as the arrival (a clock running ahead)", async () => {
    const sent = Date.now();
    const res = await post(client, {
      events: [{ name: 'ahead', contextKey: 'u', timestamp: sent + 86_400_000 }],
      summaries: [
        { flag: 'new-checkout', variation: 0, count: 1, start: sent + 7_200_000, end: sent + 7_300_000 },
      ],
    });
    expect(res.status).toBe(202);
    await drain();
    const answered = Date.now();
    const row = await fx.db('sdk_events').where({ name: 'ahead' }).first('occurred_at');
    const at = new Date(row.occurred_at).getTime();
    expect(at).toBeGreaterThanOrEqual(sent);
    expect(at).toBeLessThanOrEqual(answered);
    // The summary counts in the hour it arrived in, not one that has not come yet.
    const counters = await fx.db('sdk_evaluation_counters').where('hour', '>', new Date(answered));
    expect(counters).toEqual([]);
  });

  it('counts accepted items the database then refuses in /metrics, and stores the rest', async () => {
    const dropped = async () => {
      const text = (await fx.call('anonymous', 'GET', '/metrics')).body as string;
      const line = /^ff_sdk_events_dropped_total\{reason="write_failed"\} (\d+)$/m.exec(text);
      return Number(line?.[1]);
    };
    expect(await dropped()).toBe(0);
    // A fault injected in the database: it refuses events of the context key "poison".
    await fx.db.raw(`
      create function refuse_poison() returns trigger language plpgsql as $$
      begin
        if new.context_key = 'poison' then raise exception 'refused by the test'; end if;
        return new;
      end $$;
      create trigger refuse_poison before insert on sdk_events for each row execute function refuse_poison();
    `);
    try {
      const poisoned = {
        events: [1, 2, 3].map((i) => ({
          name: 'p',
          contextKey: i === 2 ? 'poison' : `u${i}`,
          timestamp: hour,
        })),
      };
      expect((await post(client, poisoned)).status).toBe(202);
      expect(
        (await post(server, { events: [{ name: 'fine', contextKey: 'u', timestamp: hour }] })).status,
      ).toBe(202);
      await drain();
      expect(await dropped()).toBe(3);
      expect(await fx.db('sdk_events').where({ name: 'fine' })).toHaveLength(1);
      expect(await fx.db('sdk_events').where({ name: 'p' })).toHaveLength(0);
    } finally {
      await fx.db.raw('drop trigger refuse_poison on sdk_events; drop function refuse_poison()');
    }
  });

  it('needs an SDK key (401 without, 401 for an API token)', async () => {
    expect((await fx.call('anonymous', 'POST', '/sdk/v1/events', { body: {} })).status).toBe(401);
    expect((await fx.call('owner', 'POST', '/sdk/v1/events', { body: {} })).status).toBe(401);
  });
});
