// The personas' journey, end to end through the real CLI and a real API: ship dark, enable for
// yourself, roll out 5% → 25% → 100%, kill switch, deny a user, and revert from the history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { ff, tempConfigDir } from './harness.ts';

let fx: ApiFixture;
let env: Record<string, string>;

beforeAll(async () => {
  fx = await startApiFixture();
  env = { FF_CONFIG_DIR: tempConfigDir(), FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner, FF_PROJECT: 'demo' };
});
afterAll(async () => {
  await fx?.close();
});

const config = async (flag: string, environment: string) =>
  (await fx.call('owner', 'GET', `/api/v1/projects/demo/flags/${flag}/environments/${environment}`)).body;

describe('the release persona', () => {
  it('ships dark, targets, rolls out, kills, denies and reverts', async () => {
    const created = await ff(
      ['flags', 'create', 'one-click-pay', '--name', 'One-click pay', '--tag', 'checkout'],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('created one-click-pay');
    expect((await config('one-click-pay', 'production')).on).toBe(false);

    // Enable for myself only: everyone else gets false, I am targeted to true, then turn it on.
    const prod = ['-e', 'production', '--yes'];
    expect((await ff(['flags', 'serve', 'one-click-pay', 'false', ...prod], env)).code).toBe(0);
    const target = await ff(['flags', 'target', 'one-click-pay', '--users', 'me@demo.local', ...prod], env);
    expect(target.code, target.stderr).toBe(0);
    expect(target.stdout).toContain('targets: (none) → on: me@demo.local');
    const on = await ff(['flags', 'on', 'one-click-pay', ...prod], env);
    expect(on.stdout).toContain('state: off → on');

    for (const pct of ['5', '25%', '100']) {
      const r = await ff(['flags', 'rollout', 'one-click-pay', pct, ...prod], env);
      expect(r.code, r.stderr).toBe(0);
    }
    const rolled = await config('one-click-pay', 'production');
    expect(rolled.fallthrough).toEqual({
      rollout: {
        weights: [
          { variation: 0, weight: 100000 },
          { variation: 1, weight: 0 },
        ],
      },
    });

    // Kill switch: instant, and it says what changed.
    const off = await ff(['flags', 'off', 'one-click-pay', ...prod, '-m', 'incident 42'], env);
    expect(off.code).toBe(0);
    expect(off.stdout).toMatch(/state: on → off/);
    expect((await config('one-click-pay', 'production')).on).toBe(false);
    await ff(['flags', 'on', 'one-click-pay', ...prod], env);

    // Deny a user: a target to the off variation.
    const deny = await ff(
      ['flags', 'target', 'one-click-pay', '--users', 'mallory', '--variation', 'false', ...prod],
      env,
    );
    expect(deny.code, deny.stderr).toBe(0);
    expect((await config('one-click-pay', 'production')).targets).toEqual([
      { variation: 0, values: ['me@demo.local'] },
      { variation: 1, values: ['mallory'] },
    ]);

    // History shows the deny on top; reverting it removes mallory's target again.
    const history = await ff(['flags', 'history', 'one-click-pay', '-e', 'production', '--json'], env);
    expect(history.code).toBe(0);
    const [latest] = history.json as { id: string; action: string; after: { targets: unknown[] } }[];
    expect(latest!.after.targets).toHaveLength(2);
    // Production is protected: without a terminal, reverting there needs --yes like any other write.
    const revert = await ff(['flags', 'revert', latest!.id, '--yes'], env);
    expect(revert.code, revert.stderr).toBe(0);
    expect(revert.stdout).toContain(`reverted ${latest!.id}`);
    expect((await config('one-click-pay', 'production')).targets).toEqual([
      { variation: 0, values: ['me@demo.local'] },
    ]);
    // Reverting the same entry again conflicts: the resource changed after it.
    const again = await ff(['flags', 'revert', latest!.id, '--yes'], env);
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(/^ff: .*HTTP 409.*hint/);
  });

  it('refuses a protected environment without --yes when there is no TTY (exit 2), changing nothing', async () => {
    const before = await config('new-checkout', 'production');
    const r = await ff(['flags', 'off', 'new-checkout', '-e', 'production'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('production is a protected environment');
    expect(r.stderr).toContain('--yes');
    expect((await config('new-checkout', 'production')).version).toBe(before.version);
  });
});
