// The rollups the intake keeps (rollup.ts) against the raw join they replace (aggregates.ts): the same
// per-variant sums for every metric shape, with events that arrive before their unit's exposure, after
// the window, capped values, an exposure that moves earlier, a metric defined after the launch, a
// retried batch, and a few hundred units fed in shuffled batches through the real event sink.
import { enrolledVariant } from '@ff/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixtureData } from '../../../test/api-fixture.ts';
import { createTestDb } from '../../../test/db.ts';
import type { TestDb } from '../../../test/db.ts';
import { createLogger } from '../../logger.ts';
import { createEventSink } from '../sdk/events.ts';
import type { EventBatch } from '../sdk/events.ts';
import { metricAggregates, unitsPerVariant } from './aggregates.ts';
import type { MetricSpec } from './aggregates.ts';
import { recordSighting } from './assignment.ts';
import { ensureSeries, rollupAggregates } from './rollup.ts';
import { splitOf } from './view.ts';

const T0 = Date.UTC(2026, 10, 20, 12);
const hours = (h: number) => T0 + h * 3_600_000;

let t: TestDb;
let projectId: string;
let environmentId: string;
let flagKey: string;
let flagId: string;

beforeAll(async () => {
  t = await createTestDb();
  const { organizationId } = await seedFixtureData(t.db);
  const project = await t.db('projects').where({ organization_id: organizationId, key: 'demo' }).first('id');
  const env = await t.db('environments').where({ project_id: project.id, key: 'staging' }).first('id');
  const flag = await t.db('flags').where({ project_id: project.id }).first('id', 'key');
  projectId = project.id;
  environmentId = env.id;
  flagKey = flag.key;
  flagId = flag.id;
});
afterAll(() => t?.destroy());

const variants = [
  { key: 'control', weight: 1 },
  { key: 'treatment', weight: 1 },
];

async function experiment(key: string) {
  const [row] = await t
    .db('experiments')
    .insert({
      project_id: projectId,
      environment_id: environmentId,
      flag_id: flagId,
      key,
      name: key,
      variants: JSON.stringify(variants),
      salt: `experiment:${key}`,
      status: 'running',
    })
    .returning(['id', 'environment_id']);
  const split = splitOf({ variants, allocation: 100, salt: `experiment:${key}` });
  return {
    row: row as { id: string; environment_id: string },
    /** An exposure the intake accepts: the variant the split enrolls the unit in. */
    exposure: (contextKey: string, at: number) => ({
      flag: flagKey,
      variation: enrolledVariant(split, contextKey)!,
      contextKey,
      timestamp: at,
    }),
  };
}

// The event sink the API runs, with a clock after every test time (clampToArrival keeps them as sent).
function intake() {
  const sink = createEventSink(t.db, createLogger({ level: 'silent' }), { now: () => hours(10_000) });
  return async (...batches: EventBatch[]) => {
    for (const b of batches) sink.accept(environmentId, structuredClone(b), 100);
    await sink.drain();
  };
}

const ev = (name: string, contextKey: string, h: number, value?: number) => ({
  name,
  contextKey,
  timestamp: hours(h),
  ...(value === undefined ? {} : { value }),
});

async function expectSameAsRawJoin(experimentId: string, specs: MetricSpec[]) {
  const units = await unitsPerVariant(t.db, experimentId);
  const rolled = await rollupAggregates(t.db, experimentId, specs, units);
  for (const [i, spec] of specs.entries()) {
    expect(rolled[i], `${spec.kind} ${spec.event} has a series`).toBeDefined();
    const raw = await metricAggregates(t.db, experimentId, environmentId, spec);
    expect(rolled[i], `${spec.kind} ${spec.event} ${spec.windowHours} h cap ${spec.cap}`).toEqual(raw);
  }
  return rolled;
}

const revenue: MetricSpec = { kind: 'sum', event: 'revenue', windowHours: 168, cap: 100 };
const revenueCount: MetricSpec = { kind: 'count', event: 'revenue', windowHours: 168, cap: null };
const purchase: MetricSpec = { kind: 'binomial', event: 'purchase', windowHours: 1, cap: null };
const clicks: MetricSpec = { kind: 'count', event: 'click', windowHours: 24, cap: 2 };

describe('experiment rollups', () => {
  it('give the raw join’s sums: early events, window ends, caps, moved exposures, late metrics, retries', async () => {
    const { row, exposure } = await experiment('rollup-cases');
    const send = intake();
    // Before the series exist (before launch): a exposed, with events either side. The backfill has them.
    await send({
      exposures: [exposure('a', hours(0))],
      events: [ev('revenue', 'a', -1, 5), ev('revenue', 'a', 1, 10), ev('click', 'a', 2)],
    });
    await ensureSeries(t.db, row, [revenue, revenueCount, purchase]);

    const first: EventBatch = {
      batchId: 'batch-1',
      events: [
        ev('revenue', 'a', 2, 1000), // capped at read time: a's sum is 1010 → 100
        ev('revenue', 'a', 200), // after the 168 h window: left out
        ev('revenue', 'a', -200, 7), // before the window before exposure: left out
        ev('revenue', 'b', -2, 3), // before b is exposed at all
        ev('purchase', 'b', 0.5),
        ev('purchase', 'c', 3), // c's exposure arrives in the next batch, at 2.5 h: post, within 1 h
        ev('other', 'a', 1, 99), // a name no metric reads
      ],
    };
    await send(first);
    await send({
      batchId: 'batch-2',
      exposures: [exposure('b', hours(0)), exposure('c', hours(2.5))],
      events: [ev('revenue', 'c', 2, 40), ev('revenue', 'd', 1, 50)], // c: pre; d is never exposed
    });
    await send(first); // a retry of batch 1 (same batchId): counted once
    await expectSameAsRawJoin(row.id, [revenue, revenueCount, purchase]);

    // b's exposure moves earlier (a late batch from another device): its -2 h event is now post.
    await send({ exposures: [exposure('b', hours(-3))], events: [ev('revenue', 'b', -3, 2)] });
    // A metric defined after the launch: its series is filled from the raw events when it is attached.
    await ensureSeries(t.db, row, [revenue, revenueCount, purchase, clicks]);
    await send({
      events: [ev('click', 'a', 3), ev('click', 'a', 4), ev('click', 'b', 1), ev('click', 'c', 3)],
    });
    const rolled = await expectSameAsRawJoin(row.id, [revenue, revenueCount, purchase, clicks]);

    // And the values are the ones reasoned out, not two empty answers agreeing.
    const total = (i: number, f: 'units' | 'sum' | 'covariateSum' | 'conversions') =>
      rolled[i]!.reduce((n, v) => n + v[f], 0);
    expect(total(0, 'units')).toBe(3);
    // revenue: a 10 + 1000 capped at 100 (pre 5); b from −3 h: 3 + 2 after exposure; c: 40 before it.
    expect([total(0, 'sum'), total(0, 'covariateSum')]).toEqual([105, 45]);
    // purchase within 1 h: c (exposed 2.5 h, bought at 3 h); b's 0.5 h is outside [−3 h, −2 h).
    expect(total(2, 'conversions')).toBe(1);
    // clicks within 24 h, capped at 2: a 3 → 2 (one sent before the metric existed), b 1, c 1.
    expect(total(3, 'sum')).toBe(4);
  });

  it('count the earlier events of a unit first exposed through the SDK route (logExposure)', async () => {
    const { row, exposure } = await experiment('rollup-sighting');
    await ensureSeries(t.db, row, [revenue]);
    await intake()({ events: [ev('revenue', 'e', -2, 4), ev('revenue', 'e', 1, 6)] });
    expect(await recordSighting(t.db, row, 'e', exposure('e', 0).variation, new Date(hours(0)))).toBe(true);
    const rolled = await expectSameAsRawJoin(row.id, [revenue]);
    expect(rolled[0]!.map((v) => [v.sum, v.covariateSum]).flat()).toEqual([6, 4]);
    // A later sighting moves nothing.
    expect(await recordSighting(t.db, row, 'e', exposure('e', 0).variation, new Date(hours(5)))).toBe(false);
    await expectSameAsRawJoin(row.id, [revenue]);
  });

  it('give the raw join’s sums for 300 units fed in shuffled batches', async () => {
    const { row, exposure } = await experiment('rollup-random');
    await ensureSeries(t.db, row, [revenue, revenueCount, purchase, clicks]);
    // A seeded generator: the same batches on every run.
    let seed = 15;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const items: ({ exposure: ReturnType<typeof exposure> } | { event: ReturnType<typeof ev> })[] = [];
    for (let u = 0; u < 300; u++) {
      const unit = `r${u}`;
      const first = random() * 400 - 200;
      // Most units are exposed, some twice (the earlier sighting may arrive last), some never.
      if (u % 7 !== 0) items.push({ exposure: exposure(unit, hours(first)) });
      if (u % 5 === 0) items.push({ exposure: exposure(unit, hours(first - random() * 30)) });
      for (let n = Math.floor(random() * 6); n > 0; n--) {
        const name = pick(['revenue', 'purchase', 'click', 'other']);
        items.push({ event: ev(name, unit, first + random() * 420 - 210, Math.round(random() * 300)) });
      }
    }
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    const send = intake();
    for (let i = 0; i < items.length; i += 37) {
      const part = items.slice(i, i + 37);
      const batch: EventBatch = {
        batchId: `random-${i}`,
        exposures: part.flatMap((p) => ('exposure' in p ? [p.exposure] : [])),
        events: part.flatMap((p) => ('event' in p ? [p.event] : [])),
      };
      await send(batch);
      if (i % 3 === 0) await send(batch); // retried
    }
    const rolled = await expectSameAsRawJoin(row.id, [revenue, revenueCount, purchase, clicks]);
    expect(rolled[0]!.reduce((n, v) => n + v.conversions, 0)).toBeGreaterThan(20);
  });
});
