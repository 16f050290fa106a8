// Revert of flag and flag configuration entries, through the audit module's revert route and this
// module's restorers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture, Who } from '../../../test/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx.close());

const flags = '/api/v1/projects/demo/flags';

async function lastEntry(resource: string, action: string): Promise<{ id: string }> {
  const row = await fx
    .db('audit_log')
    .where({ resource_key: resource, action })
    .orderBy('id', 'desc')
    .first('id');
  return { id: String(row.id) };
}

const revert = (id: string, who: Who = 'owner', body: object = {}) =>
  fx.call(who, 'POST', `/api/v1/audit/${id}/revert`, { body });

describe('reverting flag configuration changes', () => {
  it('restores the before state as a new version with its own audit entry', async () => {
    const path = `${flags}/max-cart-items/environments/staging`;
    const before = (await fx.call('owner', 'GET', path)).body;
    await fx.call('owner', 'PATCH', path, {
      body: { actions: [{ kind: 'turnOff' }, { kind: 'setOffVariation', variation: 0 }] },
    });
    const entry = await lastEntry(
      'projects/demo/flags/max-cart-items/environments/staging',
      'flag_config.change',
    );

    const res = await revert(entry.id, 'developer', { comment: 'undo' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ action: 'flag_config.revert', revertOf: entry.id, comment: 'undo' });
    const now = (await fx.call('owner', 'GET', path)).body;
    const { version: v0, updatedAt: _u0, ...was } = before;
    const { version: v2, updatedAt: _u2, ...is } = now;
    expect(is).toEqual(was);
    expect(v2).toBe(v0 + 2);
    expect(res.body.after).toEqual(now);
  });

  it('a protected environment needs project:admin: a developer gets 403', async () => {
    const path = `${flags}/banner-config/environments/production`;
    await fx.call('projectAdmin', 'PATCH', path, { body: { actions: [{ kind: 'turnOn' }] } });
    const entry = await lastEntry(
      'projects/demo/flags/banner-config/environments/production',
      'flag_config.change',
    );
    expect((await revert(entry.id, 'developer')).status).toBe(403);
    expect((await fx.call('owner', 'GET', path)).body.on).toBe(true);
    expect((await revert(entry.id, 'admin')).status).toBe(200);
    expect((await fx.call('owner', 'GET', path)).body.on).toBe(false);
  });
});

describe('reverting flag entries', () => {
  it('reverting an update restores the definition', async () => {
    await fx.call('owner', 'PATCH', `${flags}/checkout-flow`, { body: { name: 'Renamed', tags: [] } });
    const entry = await lastEntry('projects/demo/flags/checkout-flow', 'flag.update');
    expect((await revert(entry.id)).status).toBe(200);
    const flag = (await fx.call('owner', 'GET', `${flags}/checkout-flow`)).body;
    expect(flag).toMatchObject({
      name: 'Checkout flow experiment',
      tags: ['checkout', 'experiment'],
      version: 3,
    });
  });

  it('reverting a creation deletes the flag; reverting that deletion brings it back whole', async () => {
    await fx.call('owner', 'POST', flags, { body: { key: 'phoenix', name: 'Phoenix', kind: 'boolean' } });
    const path = `${flags}/phoenix/environments/staging`;
    await fx.call('owner', 'PATCH', path, {
      body: { actions: [{ kind: 'turnOn' }, { kind: 'addTargets', variation: 0, values: ['u1'] }] },
    });
    const config = (await fx.call('owner', 'GET', path)).body;
    const created = await lastEntry('projects/demo/flags/phoenix', 'flag.create');
    // The configuration changed after the creation: a plain revert is refused, a forced one deletes.
    expect((await revert(created.id)).status).toBe(409);
    expect((await revert(created.id, 'owner', { force: true })).status).toBe(200);
    expect((await fx.call('owner', 'GET', `${flags}/phoenix`)).status).toBe(404);

    // Archive-then-delete through the API, then revert the deletion.
    await fx.call('owner', 'POST', flags, { body: { key: 'phoenix', name: 'Phoenix 2', kind: 'boolean' } });
    await fx.call('owner', 'PATCH', path, {
      body: { actions: [{ kind: 'addTargets', variation: 1, values: ['u2'] }] },
    });
    const live = (await fx.call('owner', 'GET', `${flags}/phoenix`)).body;
    await fx.call('owner', 'POST', `${flags}/phoenix/archive`);
    expect((await fx.call('owner', 'DELETE', `${flags}/phoenix`)).status).toBe(204);
    const deleted = await lastEntry('projects/demo/flags/phoenix', 'flag.delete');
    const res = await revert(deleted.id);
    expect(res.status).toBe(200);
    const back = (await fx.call('owner', 'GET', `${flags}/phoenix`)).body;
    expect(back).toMatchObject({ name: 'Phoenix 2', archived: true, version: live.version + 2 });
    expect(back.environments.staging).toMatchObject({
      targets: [{ variation: 1, values: ['u2'] }],
      version: live.environments.staging.version + 1,
    });
    expect(config.targets).toEqual([{ variation: 0, values: ['u1'] }]);
  });

  it('recreating a flag that is on in a protected environment needs project:admin', async () => {
    await fx.call('owner', 'POST', flags, {
      body: { key: 'prod-on', name: 'On in production', kind: 'boolean' },
    });
    await fx.call('owner', 'PATCH', `${flags}/prod-on/environments/production`, {
      body: { actions: [{ kind: 'turnOn' }] },
    });
    await fx.call('owner', 'POST', `${flags}/prod-on/archive`);
    await fx.call('owner', 'DELETE', `${flags}/prod-on`);
    const deleted = await lastEntry('projects/demo/flags/prod-on', 'flag.delete');
    expect((await revert(deleted.id, 'developer')).status).toBe(403);
    expect((await fx.call('owner', 'GET', `${flags}/prod-on`)).status).toBe(404);
    expect((await revert(deleted.id, 'admin')).status).toBe(200);
    expect((await fx.call('owner', 'GET', `${flags}/prod-on/environments/production`)).body.on).toBe(true);
  });
});
