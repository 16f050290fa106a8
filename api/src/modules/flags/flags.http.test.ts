import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture, Who } from '../../../test/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx.close());

const flags = '/api/v1/projects/demo/flags';

async function audit(resource: string) {
  return fx.db('audit_log').where({ resource_key: resource }).orderBy('id');
}

async function envVersions(): Promise<Record<string, number>> {
  const rows = await fx
    .db('environments as e')
    .join('projects as p', 'p.id', 'e.project_id')
    .where({ 'p.organization_id': fx.organizationId, 'p.key': 'demo' })
    .select('e.key', 'e.version');
  return Object.fromEntries(
    rows.map((r: { key: string; version: string | number }) => [r.key, Number(r.version)]),
  );
}

// `kind` is required; boolean unless the test says otherwise.
async function create(body: Record<string, unknown>, who: Who = 'owner') {
  return fx.call(who, 'POST', flags, { body: { kind: 'boolean', ...body } });
}

describe('createFlag', () => {
  it('creates a boolean flag with on/off variations, off in every environment', async () => {
    const before = await envVersions();
    const res = await create({ key: 'dark-mode', name: 'Dark mode', tags: ['ui'] });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('location')).toBe('/api/v1/projects/demo/flags/dark-mode');
    expect(res.body).toMatchObject({
      key: 'dark-mode',
      name: 'Dark mode',
      description: '',
      kind: 'boolean',
      variations: [
        { name: 'on', value: true },
        { name: 'off', value: false },
      ],
      tags: ['ui'],
      owner: null,
      temporary: true,
      clientSide: false,
      archived: false,
      version: 1,
    });
    expect(Object.keys(res.body.environments)).toEqual(['development', 'staging', 'production']);
    for (const env of ['development', 'staging', 'production']) {
      expect(res.body.environments[env]).toMatchObject({
        flag: 'dark-mode',
        environment: env,
        version: 1,
        on: false,
        offVariation: 1,
        prerequisites: [],
        targets: [],
        rules: [],
        fallthrough: { variation: 0 },
      });
    }
    // A new flag is part of every environment's ruleset: all of them moved.
    const after = await envVersions();
    for (const env of Object.keys(before)) expect(after[env]).toBe(before[env]! + 1);

    const [entry, ...more] = await audit('projects/demo/flags/dark-mode');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ action: 'flag.create', resource_type: 'flag', before: null });
    expect(entry.after).toEqual(res.body);
  });

  it('creates a string flag with its variations and the configuration defaults asked for', async () => {
    const res = await create({
      key: 'checkout-copy',
      name: 'Checkout copy',
      kind: 'string',
      variations: [
        { name: 'a', value: 'Buy' },
        { name: 'b', value: 'Order' },
        { name: 'c', value: 'Pay' },
      ],
      defaults: { onVariation: 2, offVariation: 0 },
    });
    expect(res.status).toBe(201);
    expect(res.body.environments.staging).toMatchObject({ offVariation: 0, fallthrough: { variation: 2 } });
  });

  it('lets a developer create flags; a viewer gets 403', async () => {
    expect((await create({ key: 'dev-made', name: 'By a developer' }, 'developer')).status).toBe(201);
    expect((await create({ key: 'viewer-made', name: 'By a viewer' }, 'viewer')).status).toBe(403);
  });

  it('refuses a duplicate key with 409', async () => {
    const res = await create({ key: 'new-checkout', name: 'Again' });
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('new-checkout');
  });

  it.each([
    [{ key: 'v1', name: 'n', kind: 'string' }, 'body.variations'],
    [
      {
        key: 'v2',
        name: 'n',
        kind: 'number',
        variations: [
          { name: 'a', value: 1 },
          { name: 'b', value: 'two' },
        ],
      },
      'body.variations[1].value',
    ],
    [
      {
        key: 'v3',
        name: 'n',
        kind: 'string',
        variations: [
          { name: 'a', value: 'x' },
          { name: 'a', value: 'y' },
        ],
      },
      'body.variations[1].name',
    ],
    [
      { key: 'v4', name: 'n', kind: 'boolean', variations: [{ name: 'yes', value: true }] },
      'body.variations',
    ],
    [{ key: 'v5', name: 'n', defaults: { offVariation: 2 } }, 'body.defaults.offVariation'],
    [{ key: 'Bad Key', name: 'n' }, 'body.key'],
  ])('422 for %j at %s', async (body, path) => {
    const res = await create(body);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect((await fx.call('owner', 'GET', `${flags}/${body.key}`)).status).not.toBe(200);
  });
});

describe('listFlags', () => {
  it('lists live flags by key, without environments', async () => {
    const res = await fx.call('viewer', 'GET', flags);
    expect(res.status).toBe(200);
    const keys = res.body.items.map((f: { key: string }) => f.key);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toEqual(
      expect.arrayContaining(['banner-config', 'checkout-flow', 'max-cart-items', 'new-checkout']),
    );
    expect(res.body.items.every((f: object) => !('environments' in f))).toBe(true);
    expect(res.body.nextCursor).toBeNull();
  });

  it('filters by tag and by case-insensitive text in key, name and description', async () => {
    const byTag = await fx.call('viewer', 'GET', `${flags}?tag=checkout`);
    expect(byTag.body.items.map((f: { key: string }) => f.key)).toEqual(['checkout-flow', 'new-checkout']);
    const byName = await fx.call('viewer', 'GET', `${flags}?q=MAXIMUM`);
    expect(byName.body.items.map((f: { key: string }) => f.key)).toEqual(['max-cart-items']);
    const byDescription = await fx.call('viewer', 'GET', `${flags}?q=site-wide`);
    expect(byDescription.body.items.map((f: { key: string }) => f.key)).toEqual(['banner-config']);
    const literal = await fx.call('viewer', 'GET', `${flags}?q=${encodeURIComponent('%')}`);
    expect(literal.body.items).toEqual([]);
  });

  it('pages by key with a cursor', async () => {
    const all = (await fx.call('viewer', 'GET', flags)).body.items.map((f: { key: string }) => f.key);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : '';
      const page = await fx.call('viewer', 'GET', `${flags}?limit=2${q}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((f: { key: string }) => f.key));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect((await fx.call('viewer', 'GET', `${flags}?cursor=garbage`)).status).toBe(400);
  });

  it('is scoped to the caller organization: another org sees its own (empty) demo project', async () => {
    const res = await fx.call('otherOrg', 'GET', flags);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    expect((await fx.call('owner', 'GET', '/api/v1/projects/nope/flags')).status).toBe(404);
  });
});

describe('getFlag', () => {
  it('returns the flag with every environment configuration, ETag = version', async () => {
    const res = await fx.call('viewer', 'GET', `${flags}/checkout-flow`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${res.body.version}"`);
    expect(res.body.environments.production).toMatchObject({
      on: true,
      prerequisites: [{ flag: 'new-checkout', variation: 0 }],
    });
    expect(res.body.environments.staging.fallthrough.rollout.salt).toBe('checkout-flow-2026');
  });

  it('404 for an unknown flag, and for another organization', async () => {
    expect((await fx.call('owner', 'GET', `${flags}/nope`)).status).toBe(404);
    expect((await fx.call('otherOrg', 'GET', `${flags}/new-checkout`)).status).toBe(404);
  });
});

describe('updateFlag', () => {
  it('updates metadata, bumps the version and every environment, audits before and after', async () => {
    await create({ key: 'upd', name: 'Before', kind: 'number', variations: [{ name: 'one', value: 1 }] });
    const envs = await envVersions();
    // A project admin: clientSide changes what production's client keys see (no developer change).
    const res = await fx.call('projectAdmin', 'PATCH', `${flags}/upd`, {
      headers: { 'if-match': '"1"' },
      body: { name: 'After', tags: ['a', 'b'], owner: 'team-x', clientSide: true, comment: 'rename' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body).toMatchObject({
      name: 'After',
      tags: ['a', 'b'],
      owner: 'team-x',
      clientSide: true,
      version: 2,
    });
    expect(res.body.environments.production.version).toBe(1);
    const after = await envVersions();
    for (const env of Object.keys(envs)) expect(after[env]).toBe(envs[env]! + 1);
    const entries = await audit('projects/demo/flags/upd');
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['flag.create', 'flag.update']);
    expect(entries[1]).toMatchObject({ comment: 'rename', before: { name: 'Before', version: 1 } });
    expect(entries[1].after).toEqual(res.body);
  });

  it('412 on a stale If-Match, and nothing changes', async () => {
    const res = await fx.call('owner', 'PATCH', `${flags}/upd`, {
      headers: { 'if-match': '"1"' },
      body: { name: 'Lost update' },
    });
    expect(res.status).toBe(412);
    const now = await fx.call('owner', 'GET', `${flags}/upd`);
    expect(now.body).toMatchObject({ name: 'After', version: 2 });
  });

  it('changes variation values and adds variations; values must fit the kind', async () => {
    const res = await fx.call('owner', 'PATCH', `${flags}/upd`, {
      body: {
        variations: [
          { name: 'one', value: 10 },
          { name: 'two', value: 20, description: 'more' },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.variations).toHaveLength(2);
    const bad = await fx.call('owner', 'PATCH', `${flags}/upd`, {
      body: {
        variations: [
          { name: 'one', value: 'ten' },
          { name: 'two', value: 20 },
        ],
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'body.variations[0].value' })]);
  });

  it('409 when removing a variation a configuration uses, naming where', async () => {
    // max-cart-items serves "large" (2) in development and through a rule in production.
    const res = await fx.call('owner', 'PATCH', `${flags}/max-cart-items`, {
      body: {
        variations: [
          { name: 'small', value: 20 },
          { name: 'default', value: 50 },
        ],
      },
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('development: fallthrough.variation');
    expect(res.body.detail).toContain('production: rules[0].serve.variation');
    expect((await fx.call('owner', 'GET', `${flags}/max-cart-items`)).body.variations).toHaveLength(3);
  });

  it('409 when removing a variation another flag requires as a prerequisite; fine once unused', async () => {
    await create({
      key: 'tri',
      name: 'Three',
      kind: 'string',
      variations: [
        { name: 'a', value: 'a' },
        { name: 'b', value: 'b' },
        { name: 'c', value: 'c' },
      ],
      defaults: { onVariation: 0, offVariation: 0 },
    });
    const change = (body: unknown) =>
      fx.call('owner', 'PATCH', `${flags}/upd/environments/staging`, { body });
    expect((await change({ actions: [{ kind: 'addPrerequisite', flag: 'tri', variation: 2 }] })).status).toBe(
      200,
    );
    const two = [
      { name: 'a', value: 'a' },
      { name: 'b', value: 'b' },
    ];
    const refused = await fx.call('owner', 'PATCH', `${flags}/tri`, { body: { variations: two } });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('"upd" (staging)');
    expect((await change({ actions: [{ kind: 'removePrerequisite', flag: 'tri' }] })).status).toBe(200);
    const ok = await fx.call('owner', 'PATCH', `${flags}/tri`, { body: { variations: two } });
    expect(ok.status).toBe(200);
    expect(ok.body.variations).toEqual(two);
  });

  it('403 for a viewer, 404 for an unknown flag', async () => {
    expect((await fx.call('viewer', 'PATCH', `${flags}/upd`, { body: { name: 'x' } })).status).toBe(403);
    expect((await fx.call('owner', 'PATCH', `${flags}/nope`, { body: { name: 'x' } })).status).toBe(404);
  });
});

describe('archive, unarchive, delete', () => {
  it('409 archiving a flag a live flag requires (checkout-flow needs new-checkout in production)', async () => {
    const res = await fx.call('owner', 'POST', `${flags}/new-checkout/archive`);
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('"checkout-flow" (production)');
    expect((await fx.call('owner', 'GET', `${flags}/new-checkout`)).body.archived).toBe(false);
  });

  it('archives and unarchives, listing archived flags apart', async () => {
    const before = (await fx.call('owner', 'GET', `${flags}/checkout-flow`)).body.version;
    const stale = await fx.call('owner', 'POST', `${flags}/checkout-flow/archive`, {
      headers: { 'if-match': `"${before + 5}"` },
    });
    expect(stale.status).toBe(412);
    // A project admin: archiving a flag production serves changes production.
    const res = await fx.call('projectAdmin', 'POST', `${flags}/checkout-flow/archive`, {
      headers: { 'if-match': `"${before}"` },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ archived: true, version: before + 1 });
    const live = await fx.call('owner', 'GET', flags);
    expect(live.body.items.map((f: { key: string }) => f.key)).not.toContain('checkout-flow');
    const archived = await fx.call('owner', 'GET', `${flags}?archived=true`);
    expect(archived.body.items.map((f: { key: string }) => f.key)).toEqual(['checkout-flow']);

    // Archiving again changes nothing: it stays archived, with no new version and no audit entry.
    const again = await fx.call('owner', 'POST', `${flags}/checkout-flow/archive`);
    expect(again.body).toMatchObject({ archived: true, version: before + 1 });

    // Only a LIVE flag that requires new-checkout blocks its archiving.
    const nc = await fx.call('owner', 'POST', `${flags}/new-checkout/archive`);
    expect(nc.status).toBe(200);
    expect((await fx.call('owner', 'POST', `${flags}/new-checkout/unarchive`)).body.archived).toBe(false);

    const back = await fx.call('owner', 'POST', `${flags}/checkout-flow/unarchive`);
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ archived: false, version: before + 2 });
    const actions = (await audit('projects/demo/flags/checkout-flow')).map(
      (e: { action: string }) => e.action,
    );
    expect(actions).toEqual(['flag.archive', 'flag.unarchive']);
  });

  it('deletes only archived flags no other flag requires', async () => {
    await create({ key: 'doomed', name: 'Doomed' });
    const live = await fx.call('owner', 'DELETE', `${flags}/doomed`);
    expect(live.status).toBe(409);
    expect(live.body.detail).toContain('Archive');

    // new-checkout is archived but checkout-flow still names it (in production).
    await fx.call('owner', 'POST', `${flags}/checkout-flow/archive`);
    await fx.call('owner', 'POST', `${flags}/new-checkout/archive`);
    const required = await fx.call('owner', 'DELETE', `${flags}/new-checkout`);
    expect(required.status).toBe(409);
    expect(required.body.detail).toContain('checkout-flow');
    await fx.call('owner', 'POST', `${flags}/new-checkout/unarchive`);
    await fx.call('owner', 'POST', `${flags}/checkout-flow/unarchive`);

    const archived = await fx.call('owner', 'POST', `${flags}/doomed/archive`);
    expect(
      (await fx.call('owner', 'DELETE', `${flags}/doomed`, { headers: { 'if-match': '"1"' } })).status,
    ).toBe(412);
    expect((await fx.call('viewer', 'DELETE', `${flags}/doomed`)).status).toBe(403);
    const res = await fx.call('owner', 'DELETE', `${flags}/doomed`, {
      headers: { 'if-match': `"${archived.body.version}"` },
    });
    expect(res.status).toBe(204);
    expect((await fx.call('owner', 'GET', `${flags}/doomed`)).status).toBe(404);
    expect((await fx.call('owner', 'DELETE', `${flags}/doomed`)).status).toBe(404);

    const entry = (await audit('projects/demo/flags/doomed')).at(-1);
    expect(entry).toMatchObject({
      action: 'flag.delete',
      after: null,
      before: { key: 'doomed', archived: true },
    });
    // The snapshot carries every configuration, so a revert can rebuild the flag whole.
    // (jsonb does not keep key order.)
    expect(Object.keys(entry.before.environments).sort()).toEqual(['development', 'production', 'staging']);
  });
});
