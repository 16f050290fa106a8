// The experiment model and lifecycle through the API: create (with its flag), the guardrails while it
// runs (split and targeting frozen, kill switch allowed), transitions writing the flag's configuration,
// stop with a winner rolled out, no restart after stop, one audit entry per write, roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx?.close());

const base = '/api/v1/projects/demo/experiments';

async function configOf(flag: string, env: string) {
  const project = await fx.db('projects').where({ organization_id: fx.organizationId, key: 'demo' }).first();
  return fx
    .db('flag_configs as fc')
    .join('flags as f', 'f.id', 'fc.flag_id')
    .join('environments as e', 'e.id', 'fc.environment_id')
    .where({ 'f.project_id': project.id, 'f.key': flag, 'e.key': env })
    .first('fc.config', 'fc.version');
}

const auditCount = async (resource: string) =>
  Number((await fx.db('audit_log').where({ resource_key: resource }).count({ n: '*' }))[0]!.n);

async function transition(
  key: string,
  body: Record<string, unknown>,
  who: 'developer' | 'owner' = 'developer',
) {
  return fx.call(who, 'POST', `${base}/${key}/transitions`, { body });
}

describe('experiments', () => {
  it('creates an experiment with its own string flag, off everywhere, as a draft', async () => {
    const res = await fx.call('developer', 'POST', base, {
      body: {
        key: 'checkout-redesign',
        environment: 'staging',
        hypothesis: 'Showing fees up front raises checkout completion.',
        variants: [
          { key: 'control', weight: 50 },
          { key: 'upfront-fees', weight: 50 },
        ],
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({
      key: 'checkout-redesign',
      flag: 'checkout-redesign',
      environment: 'staging',
      status: 'draft',
      allocation: 100,
      salt: 'experiment:checkout-redesign',
      decision: null,
    });
    const flag = await fx.call('viewer', 'GET', '/api/v1/projects/demo/flags/checkout-redesign');
    expect(flag.body.kind).toBe('string');
    expect(flag.body.variations.map((v: { value: string }) => v.value)).toEqual(['control', 'upfront-fees']);
    expect((await configOf('checkout-redesign', 'staging')).config.on).toBe(false);
    expect(await auditCount('projects/demo/experiments/checkout-redesign')).toBe(1);
  });

  it('refuses a taken key, a flag key in use, and variants that do not match an existing flag', async () => {
    const variants = [
      { key: 'a', weight: 1 },
      { key: 'b', weight: 1 },
    ];
    const again = await fx.call('developer', 'POST', base, {
      body: { key: 'checkout-redesign', environment: 'staging', variants },
    });
    expect(again.status).toBe(409);
    const flagTaken = await fx.call('developer', 'POST', base, {
      body: { key: 'new-checkout', environment: 'staging', variants },
    });
    expect(flagTaken.status).toBe(409);
    expect(flagTaken.body.detail).toMatch(/name it in "flag"/);
    const mismatch = await fx.call('developer', 'POST', base, {
      body: {
        key: 'three-way',
        flag: 'new-checkout',
        environment: 'staging',
        variants: [...variants, { key: 'c', weight: 1 }],
      },
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.errors[0].path).toBe('body.variants');
  });

  it('launch serves the split with the experiment salt; the split and targeting are frozen while running', async () => {
    const launched = await transition('checkout-redesign', { action: 'launch' });
    expect(launched.status, JSON.stringify(launched.body)).toBe(200);
    expect(launched.body.status).toBe('running');
    expect(launched.body.startedAt).not.toBeNull();
    const { config } = await configOf('checkout-redesign', 'staging');
    expect(config.on).toBe(true);
    expect(config.fallthrough.rollout).toEqual({
      bucketBy: 'key',
      salt: 'experiment:checkout-redesign',
      weights: [
        { variation: 0, weight: 50000 },
        { variation: 1, weight: 50000 },
      ],
    });

    const variants = await fx.call('developer', 'PATCH', `${base}/checkout-redesign`, {
      body: {
        variants: [
          { key: 'control', weight: 10 },
          { key: 'upfront-fees', weight: 90 },
        ],
      },
    });
    expect(variants.status).toBe(409);
    expect(variants.body.type).toBe('https://ff.dev/problems/experiment-frozen');
    expect(variants.body.detail).toMatch(/variants cannot change while it runs/);
    const allocation = await fx.call('developer', 'PATCH', `${base}/checkout-redesign`, {
      body: { allocation: 50 },
    });
    expect(allocation.status).toBe(409);

    // The flag's targeting feeds the experiment: a rule added in staging is refused…
    const targeting = await fx.call(
      'developer',
      'PATCH',
      '/api/v1/projects/demo/flags/checkout-redesign/environments/staging',
      {
        body: {
          actions: [{ kind: 'addTargets', variation: 1, values: ['vip'] }],
        },
      },
    );
    expect(targeting.status, JSON.stringify(targeting.body)).toBe(409);
    expect(targeting.body.detail).toMatch(/Experiment "checkout-redesign" is running/);
    // …the kill switch still works and is recorded like any configuration change.
    const before = await fx.db('audit_log').where({ action: 'flag_config.change' }).count({ n: '*' });
    const off = await fx.call(
      'developer',
      'PATCH',
      '/api/v1/projects/demo/flags/checkout-redesign/environments/staging',
      { body: { actions: [{ kind: 'turnOff' }] } },
    );
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    const after = await fx.db('audit_log').where({ action: 'flag_config.change' }).count({ n: '*' });
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n) + 1);
    const on = await fx.call(
      'developer',
      'PATCH',
      '/api/v1/projects/demo/flags/checkout-redesign/environments/staging',
      { body: { actions: [{ kind: 'turnOn' }] } },
    );
    expect(on.status).toBe(200);

    // Descriptive fields still change, with If-Match honoured.
    const stale = await fx.call('developer', 'PATCH', `${base}/checkout-redesign`, {
      body: { description: 'x' },
      headers: { 'If-Match': '"1"' },
    });
    expect(stale.status).toBe(412);
    const described = await fx.call('developer', 'PATCH', `${base}/checkout-redesign`, {
      body: { description: 'Fees shown on the first page.' },
      headers: { 'If-Match': `"${launched.body.version}"` },
    });
    expect(described.status).toBe(200);
    expect(described.headers.get('ff-changed')).toBe('true');
  });

  it("refuses a change of the running experiment's flag variations (values, names, count), not of descriptions", async () => {
    const path = '/api/v1/projects/demo/flags/checkout-redesign';
    const flag = await fx.call('developer', 'GET', path);
    const variations = flag.body.variations as { name: string; value: string; description?: string }[];
    const updates = async (before: number) =>
      Number(
        (
          await fx
            .db('audit_log')
            .where({ action: 'flag.update', resource_key: 'projects/demo/flags/checkout-redesign' })
            .count({ n: '*' })
        )[0]!.n,
      ) - before;
    const audited = await updates(0);
    for (const next of [
      [variations[0], { ...variations[1], value: 'fees-up-front' }],
      [variations[0], { ...variations[1], name: 'fees' }],
      [...variations, { name: 'third', value: 'third' }],
    ]) {
      const res = await fx.call('developer', 'PATCH', path, {
        body: { variations: next },
        headers: { 'If-Match': flag.headers.get('etag')! },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(409);
      expect(res.body.type).toBe('https://ff.dev/problems/experiment-frozen');
      expect(res.body.detail).toMatch(/Experiment "checkout-redesign" is running on this flag in staging/);
    }
    expect(await updates(audited)).toBe(0);
    expect((await fx.call('developer', 'GET', path)).body.version).toBe(flag.body.version);

    const described = await fx.call('developer', 'PATCH', path, {
      body: {
        variations: [variations[0], { ...variations[1], description: 'fees on the first page' }],
        name: 'Checkout',
      },
      headers: { 'If-Match': flag.headers.get('etag')! },
    });
    expect(described.status, JSON.stringify(described.body)).toBe(200);
    expect(await updates(audited)).toBe(1);
  });

  it('pauses (control served), resumes, and stops with the winner rolled out in one audited step', async () => {
    const paused = await transition('checkout-redesign', { action: 'pause' });
    expect(paused.body.status).toBe('paused');
    expect((await configOf('checkout-redesign', 'staging')).config.fallthrough).toEqual({ variation: 0 });
    const resumed = await transition('checkout-redesign', { action: 'launch' });
    expect(resumed.body.status).toBe('running');
    const resume = await fx.db('audit_log').where({ action: 'experiment.resume' }).count({ n: '*' });
    expect(Number(resume[0]!.n)).toBe(1);

    const entries = await auditCount('projects/demo/experiments/checkout-redesign');
    const stopped = await transition('checkout-redesign', {
      action: 'stop',
      winner: 'upfront-fees',
      rollout: true,
      notes: 'Completion +4 %.',
    });
    expect(stopped.status, JSON.stringify(stopped.body)).toBe(200);
    expect(stopped.body.status).toBe('stopped');
    expect(stopped.body.decision).toEqual({
      winner: 'upfront-fees',
      notes: 'Completion +4 %.',
      rolledOut: true,
    });
    expect((await configOf('checkout-redesign', 'staging')).config.fallthrough).toEqual({ variation: 1 });
    // One entry for the stop, the configuration change included (no separate flag_config entry).
    expect(await auditCount('projects/demo/experiments/checkout-redesign')).toBe(entries + 1);
    const entry = await fx
      .db('audit_log')
      .where({ action: 'experiment.stop', resource_key: 'projects/demo/experiments/checkout-redesign' })
      .first();
    expect(entry.comment).toMatch(/serves upfront-fees to everyone/);
  });

  it('a stopped experiment never runs again and can no longer change; it can be archived', async () => {
    const relaunch = await transition('checkout-redesign', { action: 'launch' });
    expect(relaunch.status).toBe(409);
    expect(relaunch.body.type).toBe('https://ff.dev/problems/experiment-stopped');
    expect(relaunch.body.detail).toMatch(/never runs again/);
    const edit = await fx.call('developer', 'PATCH', `${base}/checkout-redesign`, {
      body: { name: 'New name' },
    });
    expect(edit.status).toBe(409);
    const archived = await transition('checkout-redesign', { action: 'archive' });
    expect(archived.body.archived).toBe(true);
    const list = await fx.call('viewer', 'GET', base);
    expect(list.body.items.map((e: { key: string }) => e.key)).not.toContain('checkout-redesign');
    const listArchived = await fx.call('viewer', 'GET', `${base}?archived=true`);
    expect(listArchived.body.items.map((e: { key: string }) => e.key)).toContain('checkout-redesign');
  });

  it('a segment population and a partial allocation: only enrolled members get a variant', async () => {
    const created = await fx.call('developer', 'POST', base, {
      body: {
        key: 'beta-banner',
        environment: 'development',
        variants: [
          { key: 'control', weight: 1 },
          { key: 'banner', weight: 3 },
        ],
        population: { segment: 'beta-testers' },
        allocation: 50,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await transition('beta-banner', { action: 'launch' })).status).toBe(200);
    const { config } = await configOf('beta-banner', 'development');
    expect(config.fallthrough).toEqual({ variation: 0 });
    const rule = config.rules.find((r: { id: string }) => r.id === 'experiment:beta-banner');
    expect(rule.clauses).toEqual([{ attribute: 'key', op: 'segmentMatch', values: ['beta-testers'] }]);
    // Half enrolled, split 1:3: 12500 + 37500, then control for the rest.
    expect(rule.serve.rollout.weights).toEqual([
      { variation: 0, weight: 12500 },
      { variation: 1, weight: 37500 },
      { variation: 0, weight: 50000 },
    ]);

    const key = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/development/sdk-keys', {
      body: { kind: 'server', name: 'population' },
    });
    const variant = async (context: Record<string, unknown>) => {
      const res = await fetch(`${fx.url}/sdk/v1/experiments/beta-banner/variant`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key.body.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ context }),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { variant: string | null }).variant;
    };
    // Not in the segment: never enrolled, whatever the bucket.
    for (let i = 0; i < 20; i++) expect(await variant({ key: `outsider-${i}` })).toBeNull();
    // Members (staff by email domain): about half enrolled, and those get a variant.
    const seen = new Set<string | null>();
    for (let i = 0; i < 40; i++) seen.add(await variant({ key: `staff-${i}`, email: `s${i}@example.com` }));
    expect(seen).toContain(null);
    expect(seen).toContain('banner');
  });

  it('enforces roles: viewers cannot write, developers cannot launch in a protected environment', async () => {
    const variants = [
      { key: 'control', weight: 1 },
      { key: 'treatment', weight: 1 },
    ];
    const viewer = await fx.call('viewer', 'POST', base, {
      body: { key: 'prod-test', environment: 'production', variants },
    });
    expect(viewer.status).toBe(403);
    const developer = await fx.call('developer', 'POST', base, {
      body: { key: 'prod-test', environment: 'production', variants },
    });
    expect(developer.status).toBe(403);
    const owner = await fx.call('owner', 'POST', base, {
      body: { key: 'prod-test', environment: 'production', variants },
    });
    expect(owner.status).toBe(201);
    expect((await transition('prod-test', { action: 'launch' })).status).toBe(403);
    expect((await transition('prod-test', { action: 'launch' }, 'owner')).status).toBe(200);
    const other = await fx.call('otherOrg', 'GET', `${base}/prod-test`);
    expect(other.status).toBe(404);
  });
});
