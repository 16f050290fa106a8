// ff metrics against a real API: define binomial, count and sum metrics from tracked events, list them
// (table and --json), show one, change its window and cap, and the refusals as one line with their exit
// codes (bad input never reaches the API; a duplicate key is a conflict; an unknown key is not found).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
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

const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);

describe('ff metrics', () => {
  it('creates, lists, shows and updates metric definitions', async () => {
    const purchase = await ff(
      [
        'metrics',
        'create',
        'purchase-7d',
        '--event',
        'purchase',
        '--kind',
        'binomial',
        '--window',
        '7d',
        '--name',
        'Purchase within 7 days',
      ],
      env,
    );
    expect(purchase.code, purchase.stderr).toBe(0);
    expect(purchase.stdout).toContain(
      'created metric purchase-7d: purchase converted within 7d, higher is better',
    );
    const clicks = await ff(
      [
        'metrics',
        'create',
        'clicks',
        '--event',
        'click',
        '--kind',
        'count',
        '--window',
        '36h',
        '--cap',
        '50',
        '--json',
      ],
      env,
    );
    expect(clicks.code, clicks.stderr).toBe(0);
    expect(clicks.json).toMatchObject({
      key: 'clicks',
      kind: 'count',
      event: 'click',
      windowHours: 36,
      cap: 50,
      direction: 'higher',
    });
    const load = await ff(
      ['metrics', 'create', 'load-time', '--event', 'page-load', '--kind', 'sum', '--direction', 'lower'],
      env,
    );
    expect(load.code, load.stderr).toBe(0);

    // The API stored what the CLI sent (read back past the CLI).
    const stored = await fx.call('developer', 'GET', '/api/v1/projects/demo/metrics/purchase-7d');
    expect(stored.body).toMatchObject({
      kind: 'binomial',
      event: 'purchase',
      windowHours: 168,
      cap: null,
      name: 'Purchase within 7 days',
    });

    const table = await ff(['metrics', 'list'], env);
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^KEY\s+EVENT\s+KIND\s+MEASURES\s+BETTER\s+NAME/);
    expect(table.stdout).toMatch(/clicks\s+click\s+count\s+events per unit within 36h \(cap 50\)\s+higher/);
    expect(table.stdout).toMatch(/load-time\s+page-load\s+sum\s+mean value per unit within 7d\s+lower/);
    const listed = await ff(['metrics', 'list', '--json'], env);
    expect(listed.json.map((m: { key: string }) => m.key).sort()).toEqual([
      'clicks',
      'load-time',
      'purchase-7d',
    ]);

    const updated = await ff(['metrics', 'update', 'clicks', '--window', '14d', '--no-cap'], env);
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stdout).toMatch(
      /^updated metric clicks \(version \d+\): click events per unit within 14d$/m,
    );
    const shown = await ff(['metrics', 'get', 'clicks'], env);
    expect(shown.stdout).toMatch(/window:\s+14d\ncap:\s+none\n/);
    expect(shown.stdout).toMatch(/direction:\s+higher is better/);
    const json = await ff(['metrics', 'get', 'clicks', '--json'], env);
    expect(json.json).toMatchObject({ windowHours: 336, cap: null });

    // A defined metric is what an experiment's --primary-metric names.
    const experiment = await ff(
      [
        'experiments',
        'create',
        'checkout',
        '--env',
        'development',
        '--variants',
        'control=50,fees-upfront=50',
        '--primary-metric',
        'purchase-7d',
      ],
      env,
    );
    expect(experiment.code, experiment.stderr).toBe(0);
  });

  it('refuses bad input in one line: usage (2), conflict (3), not found (1)', async () => {
    const window = await ff(
      ['metrics', 'create', 'signup', '--event', 'signup', '--kind', 'binomial', '--window', 'a week'],
      env,
    );
    expect(window.code).toBe(2);
    expect(window.stderr).toMatch(/--window a week is not a duration like 7d or 36h/);
    oneLine(window.stderr);
    const cap = await ff(
      ['metrics', 'create', 'signup', '--event', 'signup', '--kind', 'count', '--cap', '-3'],
      env,
    );
    expect(cap.code).toBe(2);
    expect(cap.stderr).toMatch(/--cap -3 is not a positive number/);
    const kind = await ff(['metrics', 'create', 'signup', '--event', 'signup', '--kind', 'ratio'], env);
    expect(kind.code).toBe(2);
    const nothing = await ff(['metrics', 'update', 'signup'], env);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/nothing to change/);

    await ff(['metrics', 'create', 'signup', '--event', 'signup', '--kind', 'binomial'], env);
    const again = await ff(['metrics', 'create', 'signup', '--event', 'signup', '--kind', 'binomial'], env);
    expect(again.code).toBe(3);
    oneLine(again.stderr);
    expect(again.stderr).not.toMatch(/\n\s+at /);
    const missing = await ff(['metrics', 'get', 'no-such-metric'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^ff: No metric "no-such-metric" in project "demo"/);
    oneLine(missing.stderr);
  });
});
