import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture, Who } from '../../../test/api-fixture.ts';
import { at, configHelpers, flags, offConfig, resource } from './test-helpers.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx.close());

const { get, envVersion, audit, change, replace } = configHelpers(() => fx);

describe('getFlagConfig', () => {
  it('returns the FlagEnvironment with ETag = its version', async () => {
    const res = await fx.call('viewer', 'GET', at('max-cart-items', 'production'));
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({
      flag: 'max-cart-items',
      environment: 'production',
      version: 1,
      on: true,
      offVariation: 1,
      rules: [{ id: 'wholesale', serve: { variation: 2 } }],
      fallthrough: { variation: 1 },
    });
  });

  it('404 for an unknown flag or environment, or another organization', async () => {
    expect((await fx.call('owner', 'GET', at('nope', 'production'))).status).toBe(404);
    expect((await fx.call('owner', 'GET', at('new-checkout', 'nope'))).status).toBe(404);
    expect((await fx.call('otherOrg', 'GET', at('new-checkout', 'production'))).status).toBe(404);
  });
});

describe('replaceFlagConfig', () => {
  it('428 without If-Match', async () => {
    expect((await replace('banner-config', 'staging', offConfig)).status).toBe(428);
  });

  it('412 on a stale If-Match, and nothing changes', async () => {
    const before = await get('banner-config', 'staging');
    const envBefore = await envVersion('staging');
    const res = await replace('banner-config', 'staging', offConfig, before.version + 1);
    expect(res.status).toBe(412);
    expect(await get('banner-config', 'staging')).toEqual(before);
    expect(await envVersion('staging')).toBe(envBefore);
    expect(await audit(resource('banner-config', 'staging'))).toEqual([]);
  });

  it('replaces the whole configuration: version + 1, environment bumped, audited with the comment', async () => {
    const before = await get('banner-config', 'staging');
    const envBefore = await envVersion('staging');
    const config = {
      on: true,
      offVariation: 0,
      targets: [{ variation: 1, values: ['user-1'] }],
      rules: [
        {
          id: 'vip',
          clauses: [{ attribute: 'email', op: 'endsWith', values: ['@vip.example'] }],
          serve: {
            rollout: {
              salt: 'banner',
              weights: [
                { variation: 0, weight: 40_000 },
                { variation: 1, weight: 60_000 },
              ],
            },
          },
        },
      ],
      fallthrough: { variation: 0 },
      comment: 'VIP banner',
    };
    const res = await replace('banner-config', 'staging', config, before.version, 'developer');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${before.version + 1}"`);
    const { comment: _comment, ...stored } = config;
    expect(res.body).toMatchObject({ ...stored, prerequisites: [], version: before.version + 1 });
    expect(await get('banner-config', 'staging')).toEqual(res.body);
    expect(await envVersion('staging')).toBe(envBefore + 1);

    const [entry, ...more] = await audit(resource('banner-config', 'staging'));
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action: 'flag_config.replace',
      resource_type: 'flag_config',
      comment: 'VIP banner',
    });
    expect(entry.before).toEqual(before);
    expect(entry.after).toEqual(res.body);
  });

  it.each([
    ['an index out of range', { ...offConfig, fallthrough: { variation: 2 } }, 'body.fallthrough.variation'],
    [
      'weights that do not sum to 100000',
      { ...offConfig, fallthrough: { rollout: { weights: [{ variation: 0, weight: 10 }] } } },
      'body.fallthrough.rollout.weights',
    ],
    [
      'an unknown segment',
      {
        ...offConfig,
        rules: [
          {
            id: 'r',
            clauses: [{ attribute: 'key', op: 'segmentMatch', values: ['ghosts'] }],
            serve: { variation: 0 },
          },
        ],
      },
      'body.rules[0].clauses[0].values[0]',
    ],
    [
      'an invalid RE2 pattern',
      {
        ...offConfig,
        rules: [
          {
            id: 'r',
            clauses: [{ attribute: 'email', op: 'matches', values: ['(a'] }],
            serve: { variation: 0 },
          },
        ],
      },
      'body.rules[0].clauses[0].values[0]',
    ],
    [
      'a number where lt needs one… given a string',
      {
        ...offConfig,
        rules: [
          { id: 'r', clauses: [{ attribute: 'age', op: 'lt', values: ['ten'] }], serve: { variation: 0 } },
        ],
      },
      'body.rules[0].clauses[0].values[0]',
    ],
    [
      'duplicate rule ids',
      {
        ...offConfig,
        rules: [
          { id: 'r', clauses: [], serve: { variation: 0 } },
          { id: 'r', clauses: [], serve: { variation: 1 } },
        ],
      },
      'body.rules[1].id',
    ],
    [
      'an unknown prerequisite',
      { ...offConfig, prerequisites: [{ flag: 'ghost', variation: 0 }] },
      'body.prerequisites[0].flag',
    ],
    [
      "a prerequisite variation out of the other flag's range",
      { ...offConfig, prerequisites: [{ flag: 'checkout-flow', variation: 2 }] },
      'body.prerequisites[0].variation',
    ],
    [
      'itself as prerequisite',
      { ...offConfig, prerequisites: [{ flag: 'new-checkout', variation: 0 }] },
      'body.prerequisites[0].flag',
    ],
    // checkout-flow already requires new-checkout in production.
    [
      'a prerequisite cycle',
      { ...offConfig, prerequisites: [{ flag: 'checkout-flow', variation: 0 }] },
      'body.prerequisites',
    ],
  ])('422 for %s, at its path', async (_name, body, path) => {
    const before = await get('new-checkout', 'production');
    const res = await replace('new-checkout', 'production', body, before.version);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path })]);
    expect(await get('new-checkout', 'production')).toEqual(before);
  });

  it('the same prerequisite is fine in an environment where it makes no cycle', async () => {
    const before = await get('new-checkout', 'staging');
    const body = { ...offConfig, prerequisites: [{ flag: 'checkout-flow', variation: 0 }] };
    const res = await replace('new-checkout', 'staging', body, before.version);
    expect(res.status).toBe(200);
    // …and now checkout-flow cannot require new-checkout in staging.
    const cf = await change('checkout-flow', 'staging', [
      { kind: 'addPrerequisite', flag: 'new-checkout', variation: 0 },
    ]);
    expect(cf.status).toBe(422);
    expect(cf.body.errors).toEqual([expect.objectContaining({ path: 'body.actions[0].flag' })]);
    expect(cf.body.errors[0].message).toContain('cycle');
    await replace('new-checkout', 'staging', offConfig, before.version + 1);
  });

  it('protected environments: a developer gets 403 on production, 200 on staging', async () => {
    const prod = await get('banner-config', 'production');
    const body = { on: true, offVariation: 0, fallthrough: { variation: 1 } };
    expect((await replace('banner-config', 'production', body, prod.version, 'developer')).status).toBe(403);
    expect((await replace('banner-config', 'production', body, prod.version, 'viewer')).status).toBe(403);
    expect((await get('banner-config', 'production')).version).toBe(prod.version);
    expect((await replace('banner-config', 'production', body, prod.version, 'projectAdmin')).status).toBe(
      200,
    );
    const staging = await get('banner-config', 'staging');
    expect((await replace('banner-config', 'staging', body, staging.version, 'developer')).status).toBe(200);
  });
});

describe('copyFlagConfig', () => {
  const copy = (body: unknown, who: Who = 'owner', ifMatch?: number) =>
    fx.call(who, 'POST', `${flags}/new-checkout/copy`, {
      headers: ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` },
      body,
    });

  it('a project admin promotes staging to production: the target gets the source config, version + 1', async () => {
    const staging = await get('new-checkout', 'staging');
    const prod = await get('new-checkout', 'production');
    const envBefore = await envVersion('production');
    const res = await copy(
      { from: 'staging', to: 'production', comment: 'ship it' },
      'projectAdmin',
      prod.version,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${prod.version + 1}"`);
    const pick = ({ on, offVariation, prerequisites, targets, rules, fallthrough }: typeof staging) => ({
      on,
      offVariation,
      prerequisites,
      targets,
      rules,
      fallthrough,
    });
    expect(pick(res.body)).toEqual(pick(staging));
    expect(res.body).toMatchObject({ environment: 'production', version: prod.version + 1 });
    expect(await get('new-checkout', 'staging')).toEqual(staging);
    expect(await envVersion('production')).toBe(envBefore + 1);
    const entry = (await audit(resource('new-checkout', 'production'))).at(-1);
    expect(entry).toMatchObject({ action: 'flag_config.copy', comment: 'ship it' });
    expect(entry.before).toEqual(prod);
    expect(entry.after).toEqual(res.body);
  });

  it('a developer cannot copy into production (403) but can copy out of it', async () => {
    expect((await copy({ from: 'staging', to: 'production' }, 'developer')).status).toBe(403);
    const res = await copy({ from: 'production', to: 'development' }, 'developer');
    expect(res.status).toBe(200);
    expect(res.body.environment).toBe('development');
  });

  it('412 when If-Match does not match the TARGET version; nothing changes', async () => {
    const staging = await get('new-checkout', 'staging');
    const dev = await get('new-checkout', 'development');
    // The source's version is not what If-Match names.
    const res = await copy(
      { from: 'development', to: 'staging' },
      'owner',
      dev.version === staging.version ? dev.version + 1 : dev.version,
    );
    expect(res.status).toBe(412);
    expect(await get('new-checkout', 'staging')).toEqual(staging);
  });

  it('404 for unknown environments or flags, 422 for a copy onto itself', async () => {
    expect((await copy({ from: 'nope', to: 'staging' })).status).toBe(404);
    expect((await copy({ from: 'staging', to: 'nope' })).status).toBe(404);
    const missing = await fx.call('owner', 'POST', `${flags}/ghost/copy`, {
      body: { from: 'staging', to: 'development' },
    });
    expect(missing.status).toBe(404);
    const self = await copy({ from: 'staging', to: 'staging' });
    expect(self.status).toBe(422);
    expect(self.body.errors).toEqual([expect.objectContaining({ path: 'body.to' })]);
  });

  it('422 when the copy would make a prerequisite cycle in the target environment', async () => {
    // In development, make checkout-flow require new-checkout; in staging, new-checkout requires checkout-flow.
    const dev = await get('checkout-flow', 'development');
    await replace(
      'checkout-flow',
      'development',
      { ...offConfig, offVariation: 0, prerequisites: [{ flag: 'new-checkout', variation: 0 }] },
      dev.version,
    );
    const staging = await get('new-checkout', 'staging');
    await replace(
      'new-checkout',
      'staging',
      { ...offConfig, prerequisites: [{ flag: 'checkout-flow', variation: 0 }] },
      staging.version,
    );
    const before = await get('new-checkout', 'development');
    const res = await copy({ from: 'staging', to: 'development' });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: 'body.from', message: expect.stringContaining('cycle') }),
    ]);
    expect(await get('new-checkout', 'development')).toEqual(before);
  });
});
