// The provider driven by the real terraform against a real API: the seeds' journeys (a flag rolled out
// to 10% of production and everyone in staging, a segment of internal users, a kill switch), then
// drift, in-place updates, import, re-creation of what was deleted outside, and destroy.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack } from './terraform.ts';
import type { Stack } from './terraform.ts';

interface Shape {
  rules?: 'internal-first' | 'pro-first';
  rolloutPercent?: number;
}

function rules(order: Shape['rules']): string {
  const internal = `{
        id      = "internal"
        clauses = [{ attribute = "key", op = "segmentMatch", values = [ff_segment.internal.key] }]
        serve   = { variation = 0 }
      }`;
  const pro = `{
        id = "pro"
        clauses = [
          { attribute = "plan", op = "in", values = ["pro", "enterprise"] },
          { attribute = "seats", op = "gt", values = ["30"] },
        ]
        serve = { rollout = { weights = [{ variation = 0, weight = 50000 }, { variation = 1, weight = 50000 }] } }
      }`;
  return order === 'pro-first' ? `[${pro}, ${internal}]` : `[${internal}, ${pro}]`;
}

function hcl({ rules: order = 'internal-first', rolloutPercent = 10 }: Shape = {}): string {
  const on = rolloutPercent * 1000;
  return `
resource "ff_project" "shop" {
  key                  = "shop"
  name                 = "Shop"
  event_retention_days = 30
}

resource "ff_environment" "staging" {
  project = ff_project.shop.key
  key     = "staging"
  name    = "Staging"
  color   = "#ffaa00"
}

resource "ff_environment" "production" {
  project   = ff_project.shop.key
  key       = "production"
  name      = "Production"
  protected = true
}

resource "ff_segment" "internal" {
  project     = ff_project.shop.key
  key         = "internal-users"
  name        = "Internal users"
  included    = ["bob", "alice"]
  excluded    = ["mallory"]
  rules       = [{ clauses = [{ attribute = "emailDomain", op = "in", values = ["shop.example"] }] }]
}

resource "ff_flag" "checkout" {
  project = ff_project.shop.key
  key     = "new-checkout"
  name    = "New checkout"
  kind    = "boolean"
  tags    = ["web", "checkout"]
}

resource "ff_flag" "banner" {
  project = ff_project.shop.key
  key     = "banner-color"
  name    = "Banner color"
  kind    = "string"
  variations = [
    { name = "blue", value = jsonencode("blue") },
    { name = "green", value = jsonencode("green"), description = "the new one" },
  ]
}

resource "ff_flag" "kill" {
  project   = ff_project.shop.key
  key       = "payments-kill-switch"
  name      = "Payments kill switch"
  kind      = "boolean"
  temporary = false
}

resource "ff_flag_environment" "checkout_production" {
  project     = ff_project.shop.key
  environment = ff_environment.production.key
  flag        = ff_flag.checkout.key
  on          = true
  targets     = [{ variation = 0, values = ["qa-2", "qa-1"] }]
  rules       = ${rules(order)}
  fallthrough = {
    rollout = { weights = [{ variation = 0, weight = ${on} }, { variation = 1, weight = ${100_000 - on} }] }
  }
}

resource "ff_flag_environment" "checkout_staging" {
  project     = ff_project.shop.key
  environment = ff_environment.staging.key
  flag        = ff_flag.checkout.key
  on          = true
  fallthrough = { variation = 0 }
}

resource "ff_flag_environment" "kill_production" {
  project           = ff_project.shop.key
  environment       = ff_environment.production.key
  flag              = ff_flag.kill.key
  on                = false
  ignore_changes_to = ["on"]
}

resource "ff_sdk_key" "server" {
  project     = ff_project.shop.key
  environment = ff_environment.production.key
  kind        = "server"
  name        = "checkout service"
}

data "ff_flag" "checkout" {
  project = ff_project.shop.key
  key     = ff_flag.checkout.key
}

output "checkout_variations" {
  value = [for v in data.ff_flag.checkout.variations : v.name]
}
`;
}

let s: Stack;
const config = (env: string, flag = 'new-checkout') =>
  `/api/v1/projects/shop/flags/${flag}/environments/${env}`;

beforeAll(async () => {
  s = await startStack();
});
afterAll(async () => {
  await s?.close();
});

describe('terraform-provider-ff with terraform', () => {
  test('apply creates what the API then shows; a second plan has no changes', async () => {
    s.write(hcl());
    const apply = await s.ok('apply', '-auto-approve');
    expect(apply.stdout).toContain('Resources: 11 added, 0 changed, 0 destroyed');
    expect(apply.stdout).toMatch(/checkout_variations = \[\s*"on",\s*"off",\s*\]/);

    const prod = await s.fx.call('owner', 'GET', config('production'));
    expect(prod.body).toMatchObject({
      on: true,
      targets: [{ variation: 0, values: ['qa-1', 'qa-2'] }],
      fallthrough: {
        rollout: {
          weights: [
            { variation: 0, weight: 10000 },
            { variation: 1, weight: 90000 },
          ],
        },
      },
    });
    expect(prod.body.rules.map((r: { id: string }) => r.id)).toEqual(['internal', 'pro']);
    expect(prod.body.rules[1].clauses[1]).toMatchObject({ attribute: 'seats', op: 'gt', values: [30] });
    expect((await s.fx.call('owner', 'GET', config('staging'))).body).toMatchObject({
      on: true,
      fallthrough: { variation: 0 },
    });
    const segment = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/segments/internal-users');
    expect(segment.body).toMatchObject({ includedCount: 2, excludedCount: 1 });
    const banner = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/flags/banner-color');
    expect(banner.body.variations).toEqual(
      [
        { name: 'blue', value: 'blue' },
        { name: 'green', value: 'green', description: 'the new one' },
      ].map((v) => expect.objectContaining(v)),
    );
    const env = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/environments/production');
    expect(env.body.protected).toBe(true);
    expect((await s.fx.call('owner', 'GET', '/api/v1/projects/shop')).body.eventRetentionDays).toBe(30);
    const keys = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/environments/production/sdk-keys');
    expect(keys.body.items).toEqual([expect.objectContaining({ kind: 'server', name: 'checkout service' })]);
    const secret = await s.ok('output', '-json');
    expect(secret.stdout).toContain('checkout_variations');

    const plan = await s.tf('plan', '-detailed-exitcode');
    expect(plan.stdout).toContain('No changes.');
    expect(plan.code).toBe(0);
  });

  test('a change made outside Terraform is drift that apply corrects; ignored fields stay as people set them', async () => {
    const current = await s.fx.call('owner', 'GET', config('production'));
    const off = await s.fx.call('owner', 'PATCH', config('production'), {
      body: { comment: 'incident', actions: [{ kind: 'turnOff' }, { kind: 'removeRule', id: 'pro' }] },
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(off.status).toBe(200);
    await s.fx.call('owner', 'PATCH', '/api/v1/projects/shop/flags/new-checkout', {
      body: { name: 'Renamed in the UI' },
    });
    await s.fx.call('owner', 'POST', '/api/v1/projects/shop/segments/internal-users/members', {
      body: { add: { included: ['eve'] } },
    });
    // The kill switch's `on` is left to people: flipping it is not drift.
    await s.fx.call('owner', 'PATCH', config('production', 'payments-kill-switch'), {
      body: { actions: [{ kind: 'turnOn' }] },
    });

    const plan = await s.tf('plan', '-detailed-exitcode');
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ on\s+= false -> true/);
    expect(plan.stdout).toMatch(/~ name\s+= "Renamed in the UI" -> "New checkout"/);
    expect(plan.stdout).toContain('"eve"');
    expect(plan.stdout).toContain('Plan: 0 to add, 3 to change, 0 to destroy.');
    expect(plan.stdout).not.toContain('ff_flag_environment.kill_production will be');

    await s.ok('apply', '-auto-approve');
    const prod = await s.fx.call('owner', 'GET', config('production'));
    expect(prod.body.on).toBe(true);
    expect(prod.body.rules.map((r: { id: string }) => r.id)).toEqual(['internal', 'pro']);
    expect((await s.fx.call('owner', 'GET', '/api/v1/projects/shop/flags/new-checkout')).body.name).toBe(
      'New checkout',
    );
    expect(
      (await s.fx.call('owner', 'GET', '/api/v1/projects/shop/segments/internal-users')).body.includedCount,
    ).toBe(2);
    expect((await s.fx.call('owner', 'GET', config('production', 'payments-kill-switch'))).body.on).toBe(
      true,
    );
    expect((await s.tf('plan', '-detailed-exitcode')).code).toBe(0);
  });

  test('reordering rules and changing a rollout are in-place updates', async () => {
    s.write(hcl({ rules: 'pro-first' }));
    const reorder = await s.tf('plan', '-detailed-exitcode');
    expect(reorder.code).toBe(2);
    expect(reorder.stdout).toContain('ff_flag_environment.checkout_production will be updated in-place');
    expect(reorder.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    await s.ok('apply', '-auto-approve');
    const after = await s.fx.call('owner', 'GET', config('production'));
    expect(after.body.rules.map((r: { id: string }) => r.id)).toEqual(['pro', 'internal']);

    s.write(hcl({ rules: 'pro-first', rolloutPercent: 25 }));
    const rollout = await s.tf('plan', '-detailed-exitcode');
    expect(rollout.stdout).toContain('ff_flag_environment.checkout_production will be updated in-place');
    expect(rollout.stdout).toMatch(/~ weight\s+= 10000 -> 25000/);
    expect(rollout.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    await s.ok('apply', '-auto-approve');
    const weights = (await s.fx.call('owner', 'GET', config('production'))).body.fallthrough.rollout.weights;
    expect(weights).toEqual([
      { variation: 0, weight: 25000 },
      { variation: 1, weight: 75000 },
    ]);
    expect((await s.tf('plan', '-detailed-exitcode')).code).toBe(0);
  });

  test('every resource type imports by its documented ID, and a plan after import has no changes', async () => {
    const keyId = (await s.fx.call('owner', 'GET', '/api/v1/projects/shop/environments/production/sdk-keys'))
      .body.items[0].id;
    const imports: [string, string][] = [
      ['ff_project.shop', 'shop'],
      ['ff_environment.staging', 'shop/staging'],
      ['ff_environment.production', 'shop/production'],
      ['ff_flag.checkout', 'shop/new-checkout'],
      ['ff_flag.banner', 'shop/banner-color'],
      ['ff_flag_environment.checkout_production', 'shop/production/new-checkout'],
      ['ff_flag_environment.checkout_staging', 'shop/staging/new-checkout'],
      ['ff_segment.internal', 'shop/internal-users'],
      ['ff_sdk_key.server', `shop/production/${keyId}`],
    ];
    await s.ok('state', 'rm', ...imports.map(([address]) => address));
    for (const [address, id] of imports) {
      const run = await s.ok('import', address, id);
      expect(run.stdout).toContain('Import successful!');
    }
    const plan = await s.tf('plan', '-detailed-exitcode');
    expect(plan.stdout).toContain('No changes.');
    expect(plan.code).toBe(0);

    const bad = await s.tf('import', 'ff_flag_environment.checkout_staging', 'shop/new-checkout');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Expected "project/env/flag", got "shop/new-checkout"');
  });

  test('a resource deleted outside Terraform is planned for re-creation', async () => {
    const keys = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/environments/production/sdk-keys');
    await s.fx.call(
      'owner',
      'DELETE',
      `/api/v1/projects/shop/environments/production/sdk-keys/${keys.body.items[0].id}`,
    );
    await s.fx.call('owner', 'POST', '/api/v1/projects/shop/flags/banner-color/archive');
    expect((await s.fx.call('owner', 'DELETE', '/api/v1/projects/shop/flags/banner-color')).status).toBe(204);

    const plan = await s.tf('plan', '-detailed-exitcode');
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('ff_sdk_key.server will be created');
    expect(plan.stdout).toContain('ff_flag.banner will be created');
    expect(plan.stdout).toContain('Plan: 2 to add, 0 to change, 0 to destroy.');
    await s.ok('apply', '-auto-approve');
    expect((await s.fx.call('owner', 'GET', '/api/v1/projects/shop/flags/banner-color')).status).toBe(200);
  });

  test('destroy removes everything', async () => {
    const destroy = await s.ok('destroy', '-auto-approve');
    expect(destroy.stdout).toContain('Resources: 11 destroyed.');
    expect((await s.fx.call('owner', 'GET', '/api/v1/projects/shop')).status).toBe(404);
  });
});
