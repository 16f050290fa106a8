// Writes that ask for what already is (issue 11): no new version, no environment bump, no audit entry,
// and the response says so with `FF-Changed: false`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { configHelpers, flags, resource } from './test-helpers.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx.close());

const { get, envVersion, audit, change, replace } = configHelpers(() => fx);

async function auditCount(): Promise<number> {
  const [row] = await fx.db('audit_log').where({ organization_id: fx.organizationId }).count({ n: '*' });
  return Number(row!.n);
}

/** Runs `write` and checks that it answered 200 without changing anything anywhere. */
async function expectUnchanged(
  flag: string,
  env: string,
  write: () => Promise<{ status: number; headers: Headers; body: unknown }>,
) {
  const before = await get(flag, env);
  const envBefore = await envVersion(env);
  const auditBefore = await auditCount();
  const res = await write();
  expect(res.status).toBe(200);
  expect(res.headers.get('ff-changed')).toBe('false');
  expect(res.headers.get('etag')).toBe(`"${before.version}"`);
  expect(res.body).toEqual(before);
  expect(await get(flag, env)).toEqual(before);
  expect(await envVersion(env)).toBe(envBefore);
  expect(await auditCount()).toBe(auditBefore);
}

describe('a configuration write that changes nothing', () => {
  it.each([
    ['turnOff of an off flag', 'new-checkout', 'production', [{ kind: 'turnOff' }]],
    ['turnOn of an on flag', 'max-cart-items', 'production', [{ kind: 'turnOn' }]],
    [
      'setFallthrough to what it serves',
      'max-cart-items',
      'staging',
      [{ kind: 'setFallthrough', serve: { variation: 1 } }],
    ],
    [
      'setRollout to the same weights',
      'new-checkout',
      'staging',
      [
        {
          kind: 'setRollout',
          weights: [
            { variation: 0, weight: 25_000 },
            { variation: 1, weight: 75_000 },
          ],
        },
      ],
    ],
    [
      'addTargets of keys already targeted',
      'max-cart-items',
      'staging',
      [{ kind: 'addTargets', variation: 2, values: ['user-ada'] }],
    ],
  ])('PATCH %s: same version, no bump, no audit entry', async (_name, flag, env, actions) => {
    const { version } = await get(flag, env);
    await expectUnchanged(flag, env, () =>
      change(flag, env, actions, { ifMatch: version, comment: 'again' }),
    );
  });

  it('PUT of the current configuration, spelled differently (key order, defaults written out)', async () => {
    const current = await get('new-checkout', 'staging');
    const respelled = {
      comment: 'same again',
      fallthrough: {
        rollout: {
          weights: [
            { weight: 25_000, variation: 0 },
            { weight: 75_000, variation: 1 },
          ],
          bucketBy: 'key',
        },
      },
      rules: current.rules.map((r: { clauses: object[] }) => ({
        ...r,
        clauses: r.clauses.map((c) => ({ ...c, negate: false })),
      })),
      offVariation: current.offVariation,
      on: current.on,
    };
    await expectUnchanged('new-checkout', 'staging', () =>
      replace('new-checkout', 'staging', respelled, current.version),
    );
  });

  it('copy onto an environment that is already configured the same', async () => {
    const prod = await get('banner-config', 'production');
    // Make development equal to production first (a real change), then copy again (none).
    const first = await fx.call('owner', 'POST', `${flags}/banner-config/copy`, {
      body: { from: 'production', to: 'development' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('ff-changed')).toBe('true');
    expect(first.body).toMatchObject({ on: prod.on, fallthrough: prod.fallthrough });
    await expectUnchanged('banner-config', 'development', () =>
      fx.call('owner', 'POST', `${flags}/banner-config/copy`, {
        body: { from: 'production', to: 'development' },
      }),
    );
  });

  it('a real change still writes and says FF-Changed: true', async () => {
    const before = await get('max-cart-items', 'development');
    const res = await change('max-cart-items', 'development', [{ kind: 'turnOff' }], {
      ifMatch: before.version,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('ff-changed')).toBe('true');
    expect(res.body.version).toBe(before.version + 1);
    expect(await audit(resource('max-cart-items', 'development'))).toHaveLength(1);
  });

  it('a stale If-Match is still refused (412), even when the write would change nothing', async () => {
    const { version } = await get('new-checkout', 'production');
    const res = await change('new-checkout', 'production', [{ kind: 'turnOff' }], { ifMatch: version + 1 });
    expect(res.status).toBe(412);
  });

  it('needs the same permission as a real change (a developer may not even no-op production)', async () => {
    const res = await change('new-checkout', 'production', [{ kind: 'turnOff' }], { who: 'developer' });
    expect(res.status).toBe(403);
  });
});

describe('flag and segment PATCH that change nothing', () => {
  it('PATCH flag with its current fields: same version, no audit entry', async () => {
    const flag = (await fx.call('viewer', 'GET', `${flags}/checkout-flow`)).body;
    const auditBefore = await auditCount();
    const envBefore = await envVersion('staging');
    const res = await fx.call('owner', 'PATCH', `${flags}/checkout-flow`, {
      headers: { 'if-match': `"${flag.version}"` },
      body: { name: flag.name, tags: flag.tags, variations: flag.variations, clientSide: flag.clientSide },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('ff-changed')).toBe('false');
    expect(res.body).toEqual(flag);
    expect(await auditCount()).toBe(auditBefore);
    expect(await envVersion('staging')).toBe(envBefore);

    const renamed = await fx.call('owner', 'PATCH', `${flags}/checkout-flow`, { body: { name: 'Renamed' } });
    expect(renamed.headers.get('ff-changed')).toBe('true');
    expect(renamed.body.version).toBe(flag.version + 1);
  });

  it('archiving an archived flag: same version, no audit entry', async () => {
    const create = await fx.call('owner', 'POST', flags, {
      body: { key: 'to-archive', name: 'To archive', kind: 'boolean' },
    });
    expect(create.status).toBe(201);
    const archived = await fx.call('owner', 'POST', `${flags}/to-archive/archive`);
    expect(archived.status).toBe(200);
    const auditBefore = await auditCount();
    const again = await fx.call('owner', 'POST', `${flags}/to-archive/archive`);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(archived.body.version);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('PATCH segment with its current fields: same version, no audit entry', async () => {
    const path = '/api/v1/projects/demo/segments/beta-testers';
    const segment = (await fx.call('viewer', 'GET', path)).body;
    const auditBefore = await auditCount();
    const res = await fx.call('owner', 'PATCH', path, {
      headers: { 'if-match': `"${segment.version}"` },
      body: { name: segment.name, description: segment.description, rules: segment.rules },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('ff-changed')).toBe('false');
    expect(res.body).toEqual(segment);
    expect(await auditCount()).toBe(auditBefore);

    const changed = await fx.call('owner', 'PATCH', path, { body: { description: 'Changed' } });
    expect(changed.headers.get('ff-changed')).toBe('true');
    expect(changed.body.version).toBe(segment.version + 1);
  });
});
