// ff_experiment and ff_metric with the real terraform against a real API: apply creates the experiment
// (and its flag), a second plan is clean, a status change launches it, a change of the split while it
// runs comes back as the API's refusal, stopping records the winner and rolls it out, a stopped
// experiment planned to run again fails at plan, import plans clean, the data sources read it, and
// destroy archives it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack } from './terraform.ts';
import type { Stack } from './terraform.ts';

interface Shape {
  status?: string;
  weights?: [number, number];
  decision?: string;
  name?: string;
  /** false: the configuration without the experiment (and its data source), to destroy it. */
  experiment?: boolean;
}

function hcl({
  status = 'draft',
  weights = [50, 50],
  decision = '',
  name = 'Checkout redesign',
  experiment = true,
}: Shape = {}) {
  const base = `
resource "ff_project" "shop" {
  key  = "shop"
  name = "Shop"
}

resource "ff_environment" "production" {
  project = ff_project.shop.key
  key     = "production"
  name    = "Production"
}

resource "ff_metric" "purchase" {
  project      = ff_project.shop.key
  key          = "purchase"
  name         = "Purchase within 7 days"
  kind         = "binomial"
  event        = "purchase"
}

resource "ff_metric" "revenue" {
  project   = ff_project.shop.key
  key       = "revenue"
  name      = "Revenue"
  kind      = "sum"
  event     = "purchase"
  cap       = 500
  direction = "higher"
}
`;
  if (!experiment) return base;
  return `${base}
resource "ff_experiment" "checkout" {
  project     = ff_project.shop.key
  environment = ff_environment.production.key
  key         = "checkout-redesign"
  name        = "${name}"
  hypothesis  = "Showing fees upfront raises purchases"
  variants = [
    { key = "control", weight = ${weights[0]} },
    { key = "upfront-fees", weight = ${weights[1]} },
  ]
  allocation        = 80
  primary_metric    = ff_metric.purchase.key
  secondary_metrics = [ff_metric.revenue.key]
  status            = "${status}"
  ${decision}
}

data "ff_experiment" "checkout" {
  project = ff_project.shop.key
  key     = ff_experiment.checkout.key
}

output "experiment_flag" {
  value = data.ff_experiment.checkout.flag
}
`;
}

let s: Stack;
const EXPERIMENT = '/api/v1/projects/shop/experiments/checkout-redesign';

async function experiment() {
  return (await s.fx.call('owner', 'GET', EXPERIMENT)).body;
}

async function clean(): Promise<void> {
  const plan = await s.tf('plan', '-detailed-exitcode');
  expect(plan.stdout + plan.stderr).toContain('No changes.');
  expect(plan.code).toBe(0);
}

beforeAll(async () => {
  s = await startStack();
});
afterAll(async () => {
  await s?.close();
});

// Each terraform command starts the provider: on a busy shared machine a test takes minutes.
describe('ff_experiment and ff_metric with terraform', { timeout: 900_000 }, () => {
  test('apply creates the metrics and the experiment with its flag; a second plan has no changes', async () => {
    s.write(hcl());
    const apply = await s.ok('apply', '-auto-approve');
    expect(apply.stdout).toContain('Resources: 5 added, 0 changed, 0 destroyed');
    expect(apply.stdout).toContain('experiment_flag = "checkout-redesign"');
    expect(await experiment()).toMatchObject({
      status: 'draft',
      environment: 'production',
      flag: 'checkout-redesign',
      allocation: 80,
      salt: 'experiment:checkout-redesign',
      variants: [
        { key: 'control', weight: 50 },
        { key: 'upfront-fees', weight: 50 },
      ],
      primaryMetric: 'purchase',
      secondaryMetrics: ['revenue'],
    });
    const revenue = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/metrics/revenue');
    expect(revenue.body).toMatchObject({ kind: 'sum', event: 'purchase', cap: 500, windowHours: 168 });
    await clean();
  });

  test('while a draft, the split changes in place', async () => {
    s.write(hcl({ weights: [40, 60] }));
    const apply = await s.ok('apply', '-auto-approve');
    expect(apply.stdout).toContain('1 changed');
    expect((await experiment()).variants).toEqual([
      { key: 'control', weight: 40 },
      { key: 'upfront-fees', weight: 60 },
    ]);
    await clean();
  });

  test('status = "running" launches it: the flag serves the split', async () => {
    s.write(hcl({ weights: [40, 60], status: 'running' }));
    const plan = await s.ok('plan');
    expect(plan.stdout).toMatch(/~ status\s+= "draft" -> "running"/);
    await s.ok('apply', '-auto-approve');
    const e = await experiment();
    expect(e.status).toBe('running');
    expect(e.startedAt).not.toBeNull();
    const config = await s.fx.call(
      'owner',
      'GET',
      '/api/v1/projects/shop/flags/checkout-redesign/environments/production',
    );
    expect(config.body.on).toBe(true);
    expect(config.body.fallthrough.rollout.weights.length).toBeGreaterThan(1);
    await clean();
  });

  test("changing the variants while it runs fails at apply with the server's refusal; a rename goes through", async () => {
    s.write(hcl({ weights: [50, 50], status: 'running' }));
    const run = await s.tf('apply', '-auto-approve');
    expect(run.code).not.toBe(0);
    const out = run.stdout + run.stderr;
    expect(out).toContain('the ff API answered 409');
    expect(out).toMatch(/variants cannot change while\s+it runs/);
    expect((await experiment()).variants[0]).toEqual({ key: 'control', weight: 40 });

    s.write(hcl({ weights: [40, 60], status: 'running', name: 'Upfront fees' }));
    await s.ok('apply', '-auto-approve');
    expect((await experiment()).name).toBe('Upfront fees');
    await clean();
  });

  test('paused and running again; a decision before the stop is a validation error', async () => {
    s.write(hcl({ weights: [40, 60], status: 'paused', name: 'Upfront fees' }));
    await s.ok('apply', '-auto-approve');
    expect((await experiment()).status).toBe('paused');
    await clean();

    s.write(
      hcl({ weights: [40, 60], status: 'running', name: 'Upfront fees', decision: 'winner = "control"' }),
    );
    const run = await s.tf('validate');
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('winner needs status = "stopped"');
  });

  test('status = "stopped" with a winner rolled out records the decision; running again fails at plan', async () => {
    s.write(
      hcl({
        weights: [40, 60],
        status: 'stopped',
        name: 'Upfront fees',
        decision: 'winner = "upfront-fees"\n  roll_out_winner = true\n  notes = "fees upfront won"',
      }),
    );
    await s.ok('apply', '-auto-approve');
    const e = await experiment();
    expect(e).toMatchObject({
      status: 'stopped',
      decision: { winner: 'upfront-fees', rolledOut: true, notes: 'fees upfront won' },
    });
    expect(e.stoppedAt).not.toBeNull();
    const config = await s.fx.call(
      'owner',
      'GET',
      '/api/v1/projects/shop/flags/checkout-redesign/environments/production',
    );
    expect(config.body.fallthrough).toEqual({ variation: 1 });
    await clean();

    s.write(hcl({ weights: [40, 60], status: 'running', name: 'Upfront fees' }));
    const plan = await s.tf('plan');
    expect(plan.code).not.toBe(0);
    const out = plan.stdout + plan.stderr;
    expect(out).toContain('Experiment lifecycle');
    expect(out).toMatch(/a stopped experiment never\s+runs again/);
    expect((await experiment()).status).toBe('stopped');
  });

  test('terraform import of the experiment and a metric plans clean', async () => {
    s.write(
      hcl({
        weights: [40, 60],
        status: 'stopped',
        name: 'Upfront fees',
        decision: 'winner = "upfront-fees"\n  roll_out_winner = true\n  notes = "fees upfront won"',
      }),
    );
    await s.ok('state', 'rm', 'ff_experiment.checkout', 'ff_metric.revenue');
    await s.ok('import', 'ff_experiment.checkout', 'shop/checkout-redesign');
    await s.ok('import', 'ff_metric.revenue', 'shop/revenue');
    await clean();
    const bad = await s.tf('import', 'ff_metric.purchase', 'purchase');
    expect(bad.stdout + bad.stderr).toContain('Expected "project/metric", got "purchase"');
  });

  test('destroying the experiment archives it (ff keeps experiments); destroy removes the project', async () => {
    s.write(hcl({ experiment: false }));
    const removed = await s.ok('apply', '-auto-approve');
    expect(removed.stdout).toContain('1 destroyed');
    expect(await experiment()).toMatchObject({ status: 'stopped', archived: true });
    await s.ok('destroy', '-auto-approve');
    const gone = await s.fx.call('owner', 'GET', '/api/v1/projects/shop');
    expect(gone.status).toBe(404);
  });
});
