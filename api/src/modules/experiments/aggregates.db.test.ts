// The SQL aggregates results stand on, against hand-computed sums: the window after first exposure
// (and before it, CUPED's covariate), capping, other names and environments left out, units with no
// events counted as zeros.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixtureData } from '../../../test/api-fixture.ts';
import { createTestDb } from '../../../test/db.ts';
import type { TestDb } from '../../../test/db.ts';
import { metricAggregates, unitsPerVariant } from './aggregates.ts';

let t: TestDb;
let experimentId: string;
let environmentId: string;
const T0 = new Date('2026-11-20T12:00:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

beforeAll(async () => {
  t = await createTestDb();
  const { organizationId } = await seedFixtureData(t.db);
  const project = await t.db('projects').where({ organization_id: organizationId, key: 'demo' }).first('id');
  const env = await t.db('environments').where({ project_id: project.id, key: 'staging' }).first('id');
  const other = await t.db('environments').where({ project_id: project.id, key: 'production' }).first('id');
  const flag = await t.db('flags').where({ project_id: project.id }).first('id');
  environmentId = env.id;
  const [row] = await t
    .db('experiments')
    .insert({
      project_id: project.id,
      environment_id: env.id,
      flag_id: flag.id,
      key: 'sums',
      name: 'sums',
      variants: JSON.stringify([
        { key: 'control', weight: 1 },
        { key: 'treatment', weight: 1 },
      ]),
      salt: 'experiment:sums',
      status: 'running',
    })
    .returning('id');
  experimentId = row.id;
  await t.db('experiment_exposures').insert(
    [
      ['a', 0],
      ['b', 0],
      ['c', 1],
      ['d', 1],
    ].map(([unit, variant]) => ({
      experiment_id: experimentId,
      unit,
      variant,
      first_seen: T0,
      last_seen: at(5),
    })),
  );
  const ev = (
    context_key: string,
    occurred_at: Date,
    value: number | null,
    name = 'rev',
    environment_id = env.id,
  ) => ({
    environment_id,
    kind: 'custom',
    name,
    context_key,
    value,
    occurred_at,
  });
  await t.db('sdk_events').insert([
    ev('a', at(1), 10),
    ev('a', at(2), 1000),
    ev('a', at(-1), 5), // before exposure: the covariate
    ev('c', at(1), 20),
    ev('c', at(200), 7), // after the 168 h window
    ev('c', at(-200), 7), // before the window before exposure
    ev('d', at(0), 30), // at the moment of exposure: counts
    ev('a', at(1), 99, 'other'), // another event name
    ev('b', at(1), 99, 'rev', other.id), // another environment
  ]);
});
afterAll(() => t.destroy());

describe('metric aggregates', () => {
  it('counts exposed units per variant', async () => {
    expect([...(await unitsPerVariant(t.db, experimentId))].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('sums capped values per unit in the window, with the pre-exposure covariate', async () => {
    const rows = await metricAggregates(t.db, experimentId, environmentId, {
      kind: 'sum',
      event: 'rev',
      windowHours: 168,
      cap: 100,
    });
    expect(rows).toEqual([
      // a: min(10 + 1000, 100) = 100, covariate 5; b: zeros.
      {
        variant: 0,
        units: 2,
        conversions: 1,
        sum: 100,
        sumSquares: 10_000,
        covariateSum: 5,
        covariateSumSquares: 25,
        crossSum: 500,
      },
      // c: 20 (the event at +200 h and the one at −200 h are outside); d: 30.
      {
        variant: 1,
        units: 2,
        conversions: 2,
        sum: 50,
        sumSquares: 1_300,
        covariateSum: 0,
        covariateSumSquares: 0,
        crossSum: 0,
      },
    ]);
  });

  it('counts events per unit, and binomial conversions', async () => {
    const count = await metricAggregates(t.db, experimentId, environmentId, {
      kind: 'count',
      event: 'rev',
      windowHours: 168,
      cap: null,
    });
    expect(count.map((r) => [r.units, r.sum, r.sumSquares, r.covariateSum, r.crossSum])).toEqual([
      [2, 2, 4, 1, 2],
      [2, 2, 2, 0, 0],
    ]);
    const binomial = await metricAggregates(t.db, experimentId, environmentId, {
      kind: 'binomial',
      event: 'rev',
      windowHours: 168,
      cap: null,
    });
    expect(binomial.map((r) => [r.units, r.conversions, r.sum, r.sumSquares])).toEqual([
      [2, 1, 1, 1],
      [2, 2, 2, 2],
    ]);
    // A 1-hour window leaves out a's second event and c's first is at exactly +1 h (excluded: the window is half-open).
    const short = await metricAggregates(t.db, experimentId, environmentId, {
      kind: 'count',
      event: 'rev',
      windowHours: 1,
      cap: null,
    });
    expect(short.map((r) => r.sum)).toEqual([0, 1]);
  });
});
