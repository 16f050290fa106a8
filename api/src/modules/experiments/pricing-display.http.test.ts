// The seed's pricing-display journey end to end: a metric and an experiment made through the API,
// launched, 2,000 simulated users evaluated through @ff/sdk-node (automatic, deduplicated exposures)
// with a known conversion difference tracked as events, and the results showing the expected winner
// with the pooled two-proportion z-score as the seed defines it, SRM clean. Then a deliberately skewed
// assignment trips SRM, variants cannot change while running, and a stopped experiment cannot relaunch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledVariant } from '@ff/engine';
import { createClient } from '../../../../sdk-node/src/client.ts';
import type { Client } from '../../../../sdk-node/src/client.ts';
import { startApiFixture } from '../../../test/api-fixture.ts';
import { drainEvents } from '../sdk/test-helpers.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';

let fx: ApiFixture;
const clients: Client[] = [];
beforeAll(async () => {
  fx = await startApiFixture();
}, 120_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await fx?.close();
}, 60_000);

const base = '/api/v1/projects/demo/experiments';
const users = 2_000;
// The known difference: 10 % of control users buy, 16 % of fees-upfront users.
const rates = [0.1, 0.16];

/** A deterministic uniform draw in [0, 1) per user (a fixed-seed LCG, so the test never varies). */
function draws(n: number): number[] {
  let state = 20261202;
  return Array.from({ length: n }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  });
}

async function serverKey(env: string): Promise<string> {
  const res = await fx.call('owner', 'POST', `/api/v1/projects/demo/environments/${env}/sdk-keys`, {
    body: { kind: 'server', name: 'pricing journey' },
  });
  expect(res.status).toBe(201);
  return res.body.key as string;
}

/** The results once the intake has stored everything it accepted (it writes after its 202). */
async function resultsOf(key: string) {
  await drainEvents(fx);
  const res = await fx.call('viewer', 'GET', `${base}/${key}/results`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe('the pricing-display experiment', () => {
  it('runs end to end: 2,000 users through sdk-node, the winner with the seed’s pooled z-score, SRM clean', async () => {
    const metric = await fx.call('developer', 'POST', '/api/v1/projects/demo/metrics', {
      body: {
        key: 'purchase-7d',
        name: 'Purchase within 7 days',
        kind: 'binomial',
        event: 'purchase',
        windowHours: 168,
      },
    });
    expect(metric.status, JSON.stringify(metric.body)).toBe(201);
    const created = await fx.call('developer', 'POST', base, {
      body: {
        key: 'pricing-display',
        name: 'Pricing display',
        environment: 'development',
        hypothesis: 'Showing the full price with fees up front increases purchases.',
        variants: [
          { key: 'control', weight: 50 },
          { key: 'fees-upfront', weight: 50 },
        ],
        primaryMetric: 'purchase-7d',
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const launched = await fx.call('developer', 'POST', `${base}/pricing-display/transitions`, {
      body: { action: 'launch' },
    });
    expect(launched.status).toBe(200);

    const client = createClient({
      sdkKey: await serverKey('development'),
      baseUrl: fx.url,
      flushInterval: 60_000,
    });
    clients.push(client);
    expect((await client.ready({ timeout: 30_000 })).ok).toBe(true);

    const u = draws(users);
    const served = [0, 0];
    const converted = [0, 0];
    for (let i = 0; i < users; i++) {
      const context = { key: `user-${i}`, country: 'NL' };
      // Each user looks twice: the exposure is logged once.
      const variant = client.getValue('pricing-display', context, 'control');
      client.getValue('pricing-display', context, 'control');
      const index = variant === 'fees-upfront' ? 1 : 0;
      served[index]!++;
      if (u[i]! < rates[index]!) {
        converted[index]!++;
        client.track('purchase', context);
      }
    }
    await client.flush();

    const results = await resultsOf('pricing-display');
    expect(results.units.map((x: { units: number }) => x.units)).toEqual(served);
    expect(results.srm.mismatch).toBe(false);
    const primary = results.metrics[0];
    expect(primary).toMatchObject({ metric: 'purchase-7d', role: 'primary', kind: 'binomial' });
    expect(primary.variants.map((v: { conversions: number }) => v.conversions)).toEqual(converted);

    // The seed's z-score: pooled two-proportion, treatment against control.
    const [n1, n2] = served as [number, number];
    const [x1, x2] = converted as [number, number];
    const pooled = (x1 + x2) / (n1 + n2);
    const z = (x2 / n2 - x1 / n1) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    const treatment = primary.variants[1];
    expect(treatment.zScore).toBeCloseTo(z, 9);
    expect(treatment.pValue).toBeLessThan(0.05);
    expect(treatment.significant).toBe(true);
    expect(treatment.chanceToWin).toBeGreaterThan(0.95);
    expect(treatment.relativeLift.lower).toBeGreaterThan(0);
    expect(primary.winner).toBe('fees-upfront');

    // Exposures are one row per (experiment, unit): looking twice did not count twice.
    const rows = await fx
      .db('experiment_exposures as x')
      .join('experiments as e', 'e.id', 'x.experiment_id')
      .where('e.key', 'pricing-display')
      .count({ n: '*' });
    expect(Number(rows[0]!.n)).toBe(users);
    // The results came from the rollups the launch registered and the intake kept (rollup.ts): one row
    // per unit that bought, none for the others.
    const rolled = await fx
      .db('experiment_unit_values as r')
      .join('experiment_metric_series as s', 's.id', 'r.series_id')
      .join('experiments as e', 'e.id', 's.experiment_id')
      .where('e.key', 'pricing-display')
      .count({ n: '*' });
    expect(Number(rolled[0]!.n)).toBe(x1 + x2);
  }, 180_000);

  it('assign is sticky and agrees with local evaluation; getVariant stores nothing', async () => {
    const client = createClient({
      sdkKey: await serverKey('development'),
      baseUrl: fx.url,
      sendEvents: false,
    });
    clients.push(client);
    await client.ready({ timeout: 30_000 });
    const context = { key: 'new-visitor-1' };
    const local = client.getValue('pricing-display', context, 'control');
    expect(await client.experiment('pricing-display').getVariant(context)).toBe(local);
    const first = await client.assign('pricing-display', context);
    expect(first).toEqual({ variant: local, isNew: true });
    expect(await client.assign('pricing-display', context)).toEqual({ variant: local, isNew: false });
    expect((await client.logExposure('pricing-display', context)).variant).toBe(local);
  });

  it('refuses to change the variants while running', async () => {
    const res = await fx.call('developer', 'PATCH', `${base}/pricing-display`, {
      body: {
        variants: [
          { key: 'control', weight: 20 },
          { key: 'fees-upfront', weight: 80 },
        ],
      },
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/cannot change while it runs/);
  });

  it('a deliberately skewed assignment trips SRM', async () => {
    await fx.call('developer', 'POST', base, {
      body: {
        key: 'pricing-skewed',
        environment: 'development',
        variants: [
          { key: 'control', weight: 50 },
          { key: 'fees-upfront', weight: 50 },
        ],
        primaryMetric: 'purchase-7d',
      },
    });
    await fx.call('developer', 'POST', `${base}/pricing-skewed/transitions`, { body: { action: 'launch' } });
    // A broken client that logs every control exposure but only a third of the treatment ones.
    const split = { weights: [50, 50], allocation: 100, salt: 'experiment:pricing-skewed' };
    const exposures = [];
    for (let i = 0; i < 1_500; i++) {
      const contextKey = `skew-${i}`;
      const variation = enrolledVariant(split, contextKey)!;
      if (variation === 1 && i % 3 !== 0) continue;
      exposures.push({ flag: 'pricing-skewed', variation, contextKey, timestamp: Date.now() });
    }
    const key = await serverKey('development');
    const sent = await fetch(`${fx.url}/sdk/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ exposures }),
    });
    expect(sent.status).toBe(202);
    const results = await resultsOf('pricing-skewed');
    expect(results.srm.mismatch).toBe(true);
    expect(results.srm.pValue).toBeLessThan(0.001);
  }, 120_000);

  it('fills a metric attached while running from the raw events, and keeps it', async () => {
    const metric = await fx.call('developer', 'POST', '/api/v1/projects/demo/metrics', {
      body: { key: 'purchases-1h', kind: 'count', event: 'purchase', windowHours: 1 },
    });
    expect(metric.status, JSON.stringify(metric.body)).toBe(201);
    const patched = await fx.call('developer', 'PATCH', `${base}/pricing-display`, {
      body: { secondaryMetrics: ['purchases-1h'] },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const series = await fx
      .db('experiment_metric_series as s')
      .join('experiments as e', 'e.id', 's.experiment_id')
      .where('e.key', 'pricing-display')
      .orderBy('s.window_hours')
      .select('s.event', 's.window_hours');
    expect(series.map((r) => [r.event, Number(r.window_hours)])).toEqual([
      ['purchase', 1],
      ['purchase', 168],
    ]);
    const results = await resultsOf('pricing-display');
    const [primary, secondary] = results.metrics;
    expect(secondary.metric).toBe('purchases-1h');
    // Each buyer bought once, right after the exposure: the 1-hour count per variant is the conversions.
    expect(secondary.variants.map((v: { sum: number }) => v.sum)).toEqual(
      primary.variants.map((v: { conversions: number }) => v.conversions),
    );
  });

  it('stops with the winner and can never be relaunched', async () => {
    const stopped = await fx.call('developer', 'POST', `${base}/pricing-display/transitions`, {
      body: { action: 'stop', winner: 'fees-upfront', rollout: true },
    });
    expect(stopped.status).toBe(200);
    const relaunch = await fx.call('developer', 'POST', `${base}/pricing-display/transitions`, {
      body: { action: 'launch' },
    });
    expect(relaunch.status).toBe(409);
    expect(relaunch.body.detail).toMatch(/never runs again/);
  });
});
