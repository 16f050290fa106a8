// Editing a flag in the real `ff dash` (pseudo-terminal, real API): add individual targets in staging
// and change the flag's owner, read back through the API; add a variation and a prerequisite; add a
// rule, move one and split what it serves, read back; and a conflicting edit: the flag changes through
// the API while the dashboard's confirmation is open, the write is refused (412), the screen says field
// by field what changed, nothing is written, and r reloads. Waits end on what the screen shows
// (dash-pty.ts).
import type { IPty } from '@cdktf/node-pty-prebuilt-multiarch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { lineWith, openDash } from './dash-pty.ts';
import type { Dash } from './dash-pty.ts';

let fx: ApiFixture;
const running: IPty[] = [];

beforeAll(async () => {
  fx = await startApiFixture();
}, 120_000);
afterAll(async () => {
  for (const p of running) p.kill();
  await fx?.close();
});

const configPath = (flag: string, env: string) => `/api/v1/projects/demo/flags/${flag}/environments/${env}`;

async function openFlag(dash: Dash, flag: string): Promise<void> {
  await dash.until((t) => t.includes(flag) && t.includes('● live'), 'the flags, live');
  dash.key('/');
  for (const c of flag) dash.key(c);
  await dash.until((t) => t.includes(`/${flag}`), 'the filter typed');
  dash.key('\r');
  dash.key('\r');
  await dash.until(
    (t) => t.includes('EVERYONE ELSE GETS') && t.includes('Targets:'),
    `the detail of ${flag}`,
  );
}

describe('ff dash edits a flag', () => {
  it('adds individual targets in staging and changes the owner; the API has both', async () => {
    const dash = openDash(fx, running, { env: { FF_ENV: 'staging' } });
    await openFlag(dash, 'new-checkout');
    dash.key('+');
    await dash.until(
      (t) => t.includes('Add individual targets: new-checkout in staging') && t.includes('[on]'),
      'the target form, on picked',
    );
    dash.key('\r');
    await dash.until((_, l) => lineWith(l, '› context keys').length > 0, 'the context keys step');
    for (const c of 'alice,bob') dash.key(c);
    await dash.until((_, l) => lineWith(l, '› context keys').includes('alice,bob'), 'the keys typed');
    dash.key('\r');
    await dash.until((t) => t.includes('new-checkout: alice, bob get on in staging'), 'the write confirmed');
    await dash.until((_, l) => lineWith(l, 'Targets:').includes('on: alice,bob'), 'the targets on screen');

    const res = await fx.call('owner', 'GET', configPath('new-checkout', 'staging'));
    const flag = await fx.call('owner', 'GET', '/api/v1/projects/demo/flags/new-checkout');
    const on = (flag.body.variations as { value: unknown }[]).findIndex((v) => v.value === true);
    expect(res.body.targets).toEqual([{ variation: on, values: ['alice', 'bob'] }]);

    // D edits the definition: a new owner, sent at once (only client-side asks first).
    dash.key('D');
    await dash.until((t) => t.includes('Definition of new-checkout (every environment)'), 'the definition');
    for (let i = 0; i < 3; i++) dash.key('\r');
    await dash.until((_, l) => lineWith(l, '› owner').length > 0, 'the owner step');
    for (let i = 0; i < 60; i++) dash.key('\x7f');
    for (const c of 'pm@demo.local') dash.key(c);
    await dash.until((_, l) => lineWith(l, '› owner').includes('pm@demo.local▏'), 'the owner typed');
    for (let i = 0; i < 3; i++) dash.key('\r');
    await dash.until((t) => /new-checkout: owner .* → pm@demo\.local/.test(t), 'the owner changed');
    const defined = await fx.call('owner', 'GET', '/api/v1/projects/demo/flags/new-checkout');
    expect(defined.body.owner).toBe('pm@demo.local');
    expect(defined.body.version).toBe(flag.body.version + 1);
    dash.key('\x03');
    expect(await dash.exited).toBe(0);
  }, 300_000);

  it('adds a variation (always confirmed) and requires a prerequisite; the API has both', async () => {
    const dash = openDash(fx, running, { env: { FF_ENV: 'staging' } });
    await openFlag(dash, 'max-cart-items');
    dash.key('V');
    await dash.until((t) => t.includes('Edit variations: max-cart-items'), 'the variation form');
    dash.key('\x1b[D'); // ← to "+ new variation"
    await dash.until((t) => t.includes('[+ new variation]'), 'the new variation picked');
    dash.key('\r');
    await dash.until((_, l) => lineWith(l, '› name').length > 0, 'the name step');
    for (const c of 'huge') dash.key(c);
    await dash.until((_, l) => lineWith(l, '› name').includes('huge'), 'the name typed');
    dash.key('\r');
    await dash.until((_, l) => lineWith(l, '› value').length > 0, 'the value step');
    for (const c of '"lots"') dash.key(c);
    await dash.until((t) => t.includes('must be a number for a number flag'), 'the engine refusing a string');
    for (let i = 0; i < 6; i++) dash.key('\x7f');
    for (const c of '200') dash.key(c);
    await dash.until(
      (_, l) => lineWith(l, '› value').includes('200') && l.some((x) => x.includes('✓')),
      'a number',
    );
    dash.key('\r');
    await dash.until(
      (t) => t.includes('Add variation 3 "huge" (200) to max-cart-items.'),
      'the confirmation, spelled out',
    );
    dash.key('y');
    await dash.until((t) => t.includes('3 huge=200'), 'the new variation on screen');
    const flag = await fx.call('owner', 'GET', '/api/v1/projects/demo/flags/max-cart-items');
    expect(flag.body.variations.at(-1)).toMatchObject({ name: 'huge', value: 200 });

    dash.key('p');
    await dash.until(
      (t) => t.includes('Add a prerequisite: max-cart-items in staging'),
      'the prerequisite form',
    );
    for (const c of 'new-checkout') dash.key(c);
    await dash.until(
      (_, l) => lineWith(l, '› flag').includes('new-checkout') && l.some((x) => x.includes('✓')),
      'the flag typed',
    );
    dash.key('\r');
    await dash.until((t) => t.includes('[on]'), 'its variations');
    dash.key('\r');
    await dash.until(
      (t) => t.includes('max-cart-items now requires new-checkout in staging'),
      'the write confirmed',
    );
    const config = await fx.call('owner', 'GET', configPath('max-cart-items', 'staging'));
    expect(config.body.prerequisites).toEqual([{ flag: 'new-checkout', variation: 0 }]);
    dash.key('\x03');
    expect(await dash.exited).toBe(0);
  }, 300_000);

  it('adds a rule with a, moves one with } and splits its matches with w in staging; the API has each', async () => {
    const rule = (id: string, plan: string) => ({
      kind: 'addRule',
      rule: { id, clauses: [{ attribute: 'plan', op: 'in', values: [plan] }], serve: { variation: 0 } },
    });
    const made = await fx.call('owner', 'PATCH', configPath('checkout-flow', 'staging'), {
      body: { actions: [rule('pro-plan', 'pro'), rule('team-plan', 'team')] },
    });
    expect(made.status).toBe(200);
    const dash = openDash(fx, running, { env: { FF_ENV: 'staging' } });
    await openFlag(dash, 'checkout-flow');
    await dash.until((t) => t.includes('[team-plan]'), 'both rules');

    // a adds a rule of one clause, last, serving the variation picked.
    dash.key('a');
    await dash.until((t) => t.includes('Add a rule: checkout-flow in staging'), 'the rule form');
    for (const c of 'country') dash.key(c);
    await dash.until((_, l) => lineWith(l, '› attribute').includes('country'), 'the attribute typed');
    dash.key('\r');
    await dash.until((_, l) => lineWith(l, '› operator').includes('in'), 'the operator step');
    dash.key('\r');
    for (const c of 'US,CA') dash.key(c);
    await dash.until((t) => t.includes('✓ country in ["US","CA"]'), 'the clause it will send');
    dash.key('\r');
    await dash.until((_, l) => lineWith(l, '› serve').includes('control'), 'the serve step');
    dash.key('\x1b[C'); // → treatment
    await dash.until((_, l) => lineWith(l, '› serve').includes('treatment'), 'treatment picked');
    dash.key('\r');
    await dash.until(
      (t) =>
        t.includes('checkout-flow: contexts where country in US,CA get treatment') &&
        /\[[\w-]+\] country in US,CA → treatment/.test(t),
      'the rule added, last',
    );
    const added = await fx.call('owner', 'GET', configPath('checkout-flow', 'staging'));
    expect(added.body.rules).toHaveLength(3);
    expect(added.body.rules[2]).toMatchObject({
      clauses: [{ attribute: 'country', op: 'in', values: ['US', 'CA'] }],
      serve: { variation: 1 },
    });
    const newRule = added.body.rules[2].id as string;

    dash.key(']');
    await dash.until((_, l) => lineWith(l, '[pro-plan]').includes('›'), 'the first rule selected');
    dash.key('}');
    await dash.until(
      (t) => t.includes('checkout-flow: rule pro-plan moved to position 2 in staging'),
      'the move confirmed',
    );
    // The selection follows the rule: it is second now, and still selected.
    await dash.until(
      (_, l) =>
        l.findIndex((x) => x.includes('[team-plan]')) < l.findIndex((x) => x.includes('[pro-plan]')) &&
        lineWith(l, '[pro-plan]').includes('›'),
      'the new order on screen, the moved rule selected',
    );
    const res = await fx.call('owner', 'GET', configPath('checkout-flow', 'staging'));
    expect(res.body.rules.map((r: { id: string }) => r.id)).toEqual(['team-plan', 'pro-plan', newRule]);
    expect(res.body.version).toBe(made.body.version + 2);

    // w with the rule selected splits that rule's matches, not everyone else.
    dash.key('w');
    await dash.until((t) => t.includes('Split the matches of rule pro-plan'), 'the rule split form');
    await dash.until((_, l) => lineWith(l, '› weights').includes('control=100'), 'its current serve');
    for (let i = 0; i < 'control=100'.length; i++) dash.key('\x7f');
    for (const c of 'control=50 treatment=50') dash.key(c);
    await dash.until((_, l) => lineWith(l, '› weights').includes('treatment=50'), 'the split typed');
    dash.key('\r');
    await dash.until(
      (t) => t.includes("checkout-flow splits rule pro-plan's matches in staging"),
      'the split confirmed',
    );
    const split = await fx.call('owner', 'GET', configPath('checkout-flow', 'staging'));
    expect(split.body.rules[1].serve.rollout.weights).toEqual([
      { variation: 0, weight: 50_000 },
      { variation: 1, weight: 50_000 },
    ]);
    expect(split.body.fallthrough).toEqual(res.body.fallthrough);
    dash.key('\x03');
    expect(await dash.exited).toBe(0);
  }, 300_000);

  it('a conflicting edit shows what changed, writes nothing, and r reloads', async () => {
    const dash = openDash(fx, running);
    await openFlag(dash, 'checkout-flow');
    const before = await fx.call('owner', 'GET', configPath('checkout-flow', 'production'));
    expect(before.body.on).toBe(true);

    dash.key('+');
    await dash.until((t) => t.includes('Add individual targets: checkout-flow in production'), 'the form');
    dash.key('\r');
    await dash.until((_, l) => lineWith(l, '› context keys').length > 0, 'the context keys step');
    for (const c of 'carol') dash.key(c);
    await dash.until((_, l) => lineWith(l, '› context keys').includes('carol'), 'the key typed');
    dash.key('\r');
    await dash.until(
      (t) => t.includes('Serve checkout-flow "control" to carol in production (protected).'),
      'the confirmation, spelled out',
    );

    // Meanwhile, someone turns it off and rolls treatment out to 25%.
    const elsewhere = await fx.call('owner', 'PATCH', configPath('checkout-flow', 'production'), {
      body: {
        actions: [
          { kind: 'turnOff' },
          {
            kind: 'setRollout',
            weights: [
              { variation: 0, weight: 75_000 },
              { variation: 1, weight: 25_000 },
            ],
          },
        ],
      },
    });
    expect(elsewhere.status).toBe(200);

    dash.key('y');
    await dash.until(
      (t) =>
        t.includes('What changed:') &&
        t.includes('on: true → false') &&
        t.includes('serve control → rollout 25%'),
      'the conflict with the field-level diff',
    );
    expect(dash.screen.text()).toContain(`version ${before.body.version} → ${elsewhere.body.version}`);
    const after = await fx.call('owner', 'GET', configPath('checkout-flow', 'production'));
    expect(after.body.targets).toEqual([]);
    expect(after.body.version).toBe(elsewhere.body.version);

    dash.key('r');
    await dash.until(
      (_, l) => !l.some((x) => x.includes('What changed:')) && lineWith(l, '› production').includes('○ off'),
      'the reloaded configuration',
    );
    dash.key('\x03');
    expect(await dash.exited).toBe(0);
  }, 300_000);
});
