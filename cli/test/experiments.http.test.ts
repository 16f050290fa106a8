// ff experiments against a real API: create, launch, results (table and --json) from exposures and
// events sent through the SDK route, the refusals as one line with the conflict exit code, stop with a
// rolled-out winner, size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledVariant } from '@ff/engine';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import { drainEvents } from '../../api/src/modules/sdk/test-helpers.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { ff, tempConfigDir } from './harness.ts';

let fx: ApiFixture;
let env: Record<string, string>;
beforeAll(async () => {
  fx = await startApiFixture();
  env = {
    FF_CONFIG_DIR: tempConfigDir(),
    FF_API_URL: fx.url,
    FF_TOKEN: fx.tokens.developer,
    FF_PROJECT: 'demo',
  };
}, 120_000);
afterAll(async () => {
  await fx?.close();
});

async function send(body: unknown) {
  const key = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/development/sdk-keys', {
    body: { kind: 'server', name: 'cli experiments' },
  });
  const res = await fetch(`${fx.url}/sdk/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key.body.key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(202);
}

describe('ff experiments', () => {
  it('creates, launches, shows results with the interval bar, refuses frozen changes, stops with a winner', async () => {
    await fx.call('developer', 'POST', '/api/v1/projects/demo/metrics', {
      body: { key: 'signup', kind: 'binomial', event: 'signup' },
    });
    const created = await ff(
      [
        'experiments',
        'create',
        'onboarding',
        '--env',
        'development',
        '--variants',
        'control=50,short-form=50',
        '--primary-metric',
        'signup',
      ],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('created onboarding (draft) on flag onboarding in development');
    const launched = await ff(['experiments', 'launch', 'onboarding'], env);
    expect(launched.stdout).toContain('onboarding: running; flag onboarding serves the split in development');

    const split = { weights: [50, 50], allocation: 100, salt: 'experiment:onboarding' };
    const exposures = [];
    const events = [];
    const now = Date.now();
    for (let i = 0; i < 400; i++) {
      const contextKey = `u${i}`;
      const variation = enrolledVariant(split, contextKey)!;
      exposures.push({ flag: 'onboarding', variation, contextKey, timestamp: now - 1000 });
      if (i % (variation === 1 ? 3 : 10) === 0) events.push({ name: 'signup', contextKey, timestamp: now });
    }
    await send({ exposures, events });

    await drainEvents(fx); // the intake writes after its 202
    const { json } = await ff(['experiments', 'results', 'onboarding', '--json'], env);
    expect(json.units.reduce((a: number, u: { units: number }) => a + u.units, 0)).toBe(400);
    expect(
      json.metrics[0].variants.reduce((a: number, v: { conversions: number }) => a + v.conversions, 0),
    ).toBe(events.length);
    expect(json.metrics[0].winner).toBe('short-form');

    const table = await ff(['experiments', 'results', 'onboarding'], env);
    expect(table.code).toBe(0);
    expect(table.stdout).not.toContain('SAMPLE RATIO MISMATCH');
    expect(table.stdout).toContain('signup (primary, binomial, higher is better): winner short-form');
    const row = table.stdout.split('\n').find((l) => l.startsWith('short-form'))!;
    expect(row).toMatch(/●/);
    expect(row).toMatch(/\+\d+\.\d% \[\+\d+\.\d%, \+\d+\.\d%\]/);

    const frozen = await ff(
      ['experiments', 'update', 'onboarding', '--variants', 'control=10,short-form=90'],
      env,
    );
    expect(frozen.code).toBe(3);
    expect(frozen.stderr).toMatch(/cannot change while it runs/);
    expect(frozen.stderr.trim().split('\n')).toHaveLength(1);

    const size = await ff(
      ['experiments', 'size', 'onboarding', '--baseline', '3%', '--mde', '10%', '--power', '0.8'],
      env,
    );
    expect(size.code, size.stderr).toBe(0);
    expect(size.stdout).toMatch(
      /^\d+ units per variant, \d+ in all \(2 variants\); about \d+ days at \d+ units\/day/,
    );

    const stopped = await ff(
      ['experiments', 'stop', 'onboarding', '--winner', 'short-form', '--rollout'],
      env,
    );
    expect(stopped.stdout).toContain(
      'onboarding: stopped; flag onboarding serves short-form to everyone in development',
    );
    const again = await ff(['experiments', 'launch', 'onboarding'], env);
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(/never runs again/);
    const list = await ff(['experiments', 'list', '--json'], env);
    expect(list.json.map((e: { key: string; status: string }) => [e.key, e.status])).toContainEqual([
      'onboarding',
      'stopped',
    ]);
    const get = await ff(['experiments', 'get', 'onboarding'], env);
    expect(get.stdout).toMatch(/decision:\s+short-form \(rolled out\)/);
  }, 180_000);
});
