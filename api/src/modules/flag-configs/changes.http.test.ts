// Semantic changes of a flag configuration (PATCH …/flags/{flag}/environments/{env}).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { configHelpers, flags, resource } from './test-helpers.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx.close());

const { get, envVersion, audit, change } = configHelpers(() => fx);

describe('changeFlagConfig', () => {
  it('applies actions in order in one version, with one audit entry', async () => {
    const before = await get('new-checkout', 'development');
    const envBefore = await envVersion('development');
    const res = await change(
      'new-checkout',
      'development',
      [
        { kind: 'turnOn' },
        {
          kind: 'setRollout',
          weights: [
            { variation: 0, weight: 25_000 },
            { variation: 1, weight: 75_000 },
          ],
        },
        { kind: 'addTargets', variation: 1, values: ['blocked-user'] },
        {
          kind: 'addRule',
          rule: {
            id: 'beta',
            clauses: [{ attribute: 'key', op: 'segmentMatch', values: ['beta-testers'] }],
            serve: { variation: 0 },
          },
        },
        {
          kind: 'addRule',
          index: 0,
          rule: {
            clauses: [{ attribute: 'plan', op: 'in', values: ['enterprise'] }],
            serve: { variation: 0 },
          },
        },
      ],
      { who: 'developer', comment: '25% of development' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${before.version + 1}"`);
    expect(res.body).toMatchObject({
      version: before.version + 1,
      on: true,
      fallthrough: {
        rollout: {
          weights: [
            { variation: 0, weight: 25_000 },
            { variation: 1, weight: 75_000 },
          ],
        },
      },
      targets: [{ variation: 1, values: ['blocked-user'] }],
    });
    expect(res.body.rules.map((r: { id: string }) => r.id)).toEqual([
      expect.stringMatching(/^rule-[0-9a-z]{8}$/),
      'beta',
    ]);
    expect(await envVersion('development')).toBe(envBefore + 1);
    const entries = await audit(resource('new-checkout', 'development'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'flag_config.change', comment: '25% of development' });
    expect(entries[0].before).toEqual(before);
    expect(entries[0].after).toEqual(res.body);
  });

  it('is all or nothing: a failing action leaves the configuration as it was', async () => {
    const before = await get('max-cart-items', 'staging');
    const res = await change('max-cart-items', 'staging', [
      { kind: 'turnOff' },
      { kind: 'addTargets', variation: 0, values: ['u'] },
      { kind: 'setOffVariation', variation: 3 },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body.actions[2].variation' })]);
    expect(await get('max-cart-items', 'staging')).toEqual(before);
    expect(await audit(resource('max-cart-items', 'staging'))).toEqual([]);
  });

  it.each([
    ['an unknown rule id', [{ kind: 'removeRule', id: 'nope' }], 409, undefined],
    [
      'addRule with an existing id',
      [{ kind: 'addRule', rule: { id: 'wholesale', clauses: [], serve: { variation: 0 } } }],
      409,
      undefined,
    ],
    ['reorderRules not naming every rule', [{ kind: 'reorderRules', ids: [] }], 422, 'body.actions[0].ids'],
    [
      'setRollout weights not summing to 100000',
      [{ kind: 'turnOn' }, { kind: 'setRollout', weights: [{ variation: 0, weight: 1 }] }],
      422,
      'body.actions[1].weights',
    ],
    [
      'an invalid clause in an added rule',
      [
        { kind: 'turnOn' },
        {
          kind: 'addRule',
          rule: { clauses: [{ attribute: 'v', op: 'semverLt', values: ['1.0'] }], serve: { variation: 0 } },
        },
      ],
      422,
      'body.actions[1].rule.clauses[0].values[0]',
    ],
    [
      'an unknown segment in an updated rule',
      [
        {
          kind: 'updateRule',
          id: 'wholesale',
          rule: { clauses: [{ attribute: 'key', op: 'segmentMatch', values: ['ghosts'] }] },
        },
      ],
      422,
      'body.actions[0].rule.clauses[0].values[0]',
    ],
    [
      'an unknown prerequisite flag',
      [{ kind: 'addPrerequisite', flag: 'ghost', variation: 0 }],
      422,
      'body.actions[0].flag',
    ],
    ['an unknown action kind', [{ kind: 'explode' }], 422, undefined],
  ])('%s → %i', async (_name, actions, status, path) => {
    const before = await get('max-cart-items', 'production');
    const res = await change('max-cart-items', 'production', actions);
    expect(res.status).toBe(status);
    if (path !== undefined) expect(res.body.errors).toEqual([expect.objectContaining({ path })]);
    expect(await get('max-cart-items', 'production')).toEqual(before);
  });

  it('412 on a stale If-Match; applies to whatever is current without one', async () => {
    const before = await get('checkout-flow', 'development');
    const stale = await change('checkout-flow', 'development', [{ kind: 'turnOff' }], {
      ifMatch: before.version + 1,
    });
    expect(stale.status).toBe(412);
    expect(await get('checkout-flow', 'development')).toEqual(before);
    const ok = await change('checkout-flow', 'development', [{ kind: 'turnOff' }], {
      ifMatch: before.version,
    });
    expect(ok.status).toBe(200);
    const blind = await change('checkout-flow', 'development', [{ kind: 'turnOn' }]);
    expect(blind.body).toMatchObject({ on: true, version: before.version + 2 });
  });

  it('refuses a newly added archived prerequisite on a live flag', async () => {
    await fx.call('owner', 'POST', flags, { body: { key: 'old-thing', name: 'Old', kind: 'boolean' } });
    await fx.call('owner', 'POST', `${flags}/old-thing/archive`);
    const res = await change('banner-config', 'development', [
      { kind: 'addPrerequisite', flag: 'old-thing', variation: 0 },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: 'body.actions[0].flag', message: expect.stringContaining('archived') }),
    ]);
  });

  it('protected environments: a developer gets 403 on production, 200 on staging', async () => {
    expect(
      (await change('banner-config', 'production', [{ kind: 'turnOff' }], { who: 'developer' })).status,
    ).toBe(403);
    expect(
      (await change('banner-config', 'staging', [{ kind: 'turnOff' }], { who: 'developer' })).status,
    ).toBe(200);
    expect((await change('banner-config', 'staging', [{ kind: 'turnOff' }], { who: 'viewer' })).status).toBe(
      403,
    );
  });
});
