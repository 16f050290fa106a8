// The guardrail worker, run directly with an injected time (the runner's timers are not involved):
// harm in an auto-stop experiment's guardrail metric stops it and serves control, with an audited entry
// carrying the evidence; no harm, or no auto-stop, leaves the experiment running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledVariant } from '@ff/engine';
import { startApiFixture } from '../../../test/api-fixture.ts';
import { drainEvents } from '../sdk/test-helpers.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { guardrailWorker, runGuardrails } from './guardrails.ts';

let fx: ApiFixture;
let sdkKey: string;
beforeAll(async () => {
  fx = await startApiFixture();
  const key = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/staging/sdk-keys', {
    body: { kind: 'server', name: 'guardrails' },
  });
  sdkKey = key.body.key;
  const metric = await fx.call('developer', 'POST', '/api/v1/projects/demo/metrics', {
    body: { key: 'checkout-errors', kind: 'binomial', event: 'checkout-error', direction: 'lower' },
  });
  expect(metric.status).toBe(201);
}, 120_000);
afterAll(() => fx?.close());

const base = '/api/v1/projects/demo/experiments';

/** Creates and launches `key` in staging, then reports 1,000 exposed units with the given error rates. */
async function runWith(key: string, autoStop: boolean, errorRates: [number, number]) {
  const created = await fx.call('developer', 'POST', base, {
    body: {
      key,
      environment: 'staging',
      variants: [
        { key: 'control', weight: 1 },
        { key: 'treatment', weight: 1 },
      ],
      guardrailMetrics: ['checkout-errors'],
      autoStop,
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(
    (await fx.call('developer', 'POST', `${base}/${key}/transitions`, { body: { action: 'launch' } })).status,
  ).toBe(200);
  const split = { weights: [1, 1], allocation: 100, salt: `experiment:${key}` };
  const exposures = [];
  const events = [];
  const t = Date.now() - 60_000;
  const seen = [0, 0];
  for (let i = 0; i < 1_000; i++) {
    const contextKey = `${key}-u${i}`;
    const variation = enrolledVariant(split, contextKey)!;
    exposures.push({ flag: key, variation, contextKey, timestamp: t });
    // Every k-th unit of a variant errs, k from the rate: deterministic counts.
    seen[variation]!++;
    if (seen[variation]! % Math.round(1 / errorRates[variation]!) === 0)
      events.push({ name: 'checkout-error', contextKey, timestamp: t + 1_000 });
  }
  const res = await fetch(`${fx.url}/sdk/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sdkKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ exposures, events }),
  });
  expect(res.status).toBe(202);
  // The intake writes in the background, after its 202.
  await drainEvents(fx);
}

describe('guardrail auto-stop', () => {
  it('is a registered background worker shape', () => {
    expect(guardrailWorker.name).toBe('experiment-guardrails');
    expect(guardrailWorker.everyMs).toBeGreaterThan(0);
  });

  it('stops a harmful auto-stop experiment, serves control, and records the evidence; leaves the others running', async () => {
    await runWith('harmful', true, [0.05, 0.25]);
    await runWith('harmful-watched', false, [0.05, 0.25]);
    await runWith('harmless', true, [0.05, 0.05]);

    const now = new Date('2026-12-02T20:00:00Z');
    expect(await runGuardrails(fx.db, now)).toEqual(['harmful']);

    const stopped = await fx.call('viewer', 'GET', `${base}/harmful`);
    expect(stopped.body.status).toBe('stopped');
    expect(stopped.body.decision).toMatchObject({ winner: null, rolledOut: false, reason: 'guardrail' });
    expect(stopped.body.decision.notes).toMatch(
      /Stopped by guardrail checkout-errors: treatment is worse than control/,
    );
    expect(stopped.body.decision.evidence.harms[0]).toMatchObject({
      metric: 'checkout-errors',
      variant: 'treatment',
    });
    expect(stopped.body.decision.evidence.harms[0].sequentialPValue).toBeLessThan(0.05);
    const config = await fx.call('viewer', 'GET', '/api/v1/projects/demo/flags/harmful/environments/staging');
    expect(config.body.fallthrough).toEqual({ variation: 0 });

    const entry = await fx
      .db('audit_log')
      .where({ action: 'experiment.stop', resource_key: 'projects/demo/experiments/harmful' })
      .first();
    expect(entry.actor_token_name).toBe('ff-guardrails');
    expect(entry.request_id).toMatch(/^experiment\/.+\/guardrail$/);

    for (const key of ['harmful-watched', 'harmless']) {
      expect((await fx.call('viewer', 'GET', `${base}/${key}`)).body.status).toBe('running');
    }
    // A second pass finds nothing more to do.
    expect(await runGuardrails(fx.db, new Date(now.getTime() + 60_000))).toEqual([]);
  }, 180_000);
});
