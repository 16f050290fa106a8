// Experiments and metric definitions in flags.yaml against a real API: export → apply to an empty
// project reproduces them (the metric, then the running experiment created and launched) and plans
// clean after; a status change in the file is applied as the transition; a change of the split while it
// runs is the server's refusal, reported by `ff apply` on one line; a stopped experiment set to run again
// is a plan error; metrics are exported, planned, applied and plan clean, a kind change is a plan error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { ff, tempConfigDir } from './harness.ts';

let fx: ApiFixture;
let env: Record<string, string>;
let dir: string;

beforeAll(async () => {
  fx = await startApiFixture();
  env = { FF_CONFIG_DIR: tempConfigDir(), FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner };
  dir = mkdtempSync(join(tmpdir(), 'ff-experiments-as-code-'));
  for (const project of ['shop', 'copy']) {
    expect(
      (await fx.call('owner', 'POST', '/api/v1/projects', { body: { key: project, name: project } })).status,
    ).toBe(201);
    const created = await fx.call('owner', 'POST', `/api/v1/projects/${project}/environments`, {
      body: { key: 'dev', name: 'Dev' },
    });
    expect(created.status).toBe(201);
  }
  const metric = await fx.call('owner', 'POST', '/api/v1/projects/shop/metrics', {
    body: { key: 'purchase', name: 'Purchase', kind: 'binomial', event: 'purchase' },
  });
  expect(metric.status).toBe(201);
  const experiment = await fx.call('owner', 'POST', '/api/v1/projects/shop/experiments', {
    body: {
      key: 'checkout-redesign',
      name: 'Checkout redesign',
      environment: 'dev',
      variants: [
        { key: 'control', weight: 50 },
        { key: 'upfront-fees', weight: 50 },
      ],
      primaryMetric: 'purchase',
    },
  });
  expect(experiment.status).toBe(201);
  const launched = await fx.call(
    'owner',
    'POST',
    '/api/v1/projects/shop/experiments/checkout-redesign/transitions',
    {
      body: { action: 'launch' },
    },
  );
  expect(launched.status).toBe(200);
}, 120_000);

afterAll(async () => {
  await fx?.close();
});

const file = (name: string) => join(dir, name);
const experimentOf = async (project: string) =>
  (await fx.call('owner', 'GET', `/api/v1/projects/${project}/experiments/checkout-redesign`)).body;

/** The copy's file with the experiment's fields changed. */
function copyWith(base: string, change: Record<string, unknown>): string {
  const doc = parse(base);
  Object.assign(doc.experiments['checkout-redesign'], change);
  const path = file(`copy-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, stringify(doc));
  return path;
}

let copyYaml = '';

// Generous bounds: every step is a CLI run against a real API on a shared, busy machine.
describe('experiments in flags.yaml, against the API', { timeout: 300_000 }, () => {
  it('export → apply to another project creates and launches the experiment; a second plan is clean', async () => {
    const exported = await ff(['export', '-p', 'shop'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('experiments:');
    expect(exported.stdout).toContain('status: running');
    copyYaml = exported.stdout.replace(/^project: shop$/m, 'project: copy');
    writeFileSync(file('copy.yaml'), copyYaml);
    const applied = await ff(['apply', '-f', file('copy.yaml'), '--yes'], env);
    expect(applied.code, applied.stderr).toBe(0);
    // The metric the experiment names is in the file, and created before it.
    expect(applied.stdout).toContain('+ metric purchase');
    expect(applied.stdout.indexOf('+ metric purchase')).toBeLessThan(
      applied.stdout.indexOf('+ experiment checkout-redesign'),
    );
    expect(applied.stdout).toContain('+ experiment checkout-redesign');
    expect(applied.stdout).toContain('~ experiment checkout-redesign (launch)');
    expect(await experimentOf('copy')).toMatchObject({
      status: 'running',
      flag: 'checkout-redesign',
      primaryMetric: 'purchase',
      variants: [
        { key: 'control', weight: 50 },
        { key: 'upfront-fees', weight: 50 },
      ],
    });

    const plan = await ff(['plan', '-f', file('copy.yaml')], env);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('No changes.');
  });

  it("a change of the split while it runs is the server's refusal, on one line", async () => {
    const path = copyWith(copyYaml, {
      variants: [
        { key: 'control', weight: 10 },
        { key: 'upfront-fees', weight: 90 },
      ],
    });
    const plan = await ff(['plan', '-f', path], env);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('~ variants');
    const applied = await ff(['apply', '-f', path, '--yes'], env);
    expect(applied.code).not.toBe(0);
    const lines = applied.stderr.trim().split('\n');
    const refusal = lines.find((l) => l.includes('experiment checkout-redesign'));
    expect(refusal).toMatch(/experiment checkout-redesign: .*variants cannot change while it runs/);
    expect(applied.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect((await experimentOf('copy')).variants[0].weight).toBe(50);
  });

  it('status: stopped with a winner stops it; status: running again is refused at plan', async () => {
    const stop = copyWith(copyYaml, {
      status: 'stopped',
      decision: { winner: 'upfront-fees', rollout: true, notes: 'fees upfront won' },
    });
    const applied = await ff(['apply', '-f', stop, '--yes'], env);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('~ experiment checkout-redesign (stop)');
    expect(await experimentOf('copy')).toMatchObject({
      status: 'stopped',
      decision: { winner: 'upfront-fees', rolledOut: true, notes: 'fees upfront won' },
    });
    const again = await ff(['plan', '-f', stop], env);
    expect(again.stdout).toContain('No changes.');

    const restart = await ff(['plan', '-f', copyWith(copyYaml, { status: 'running' })], env);
    expect(restart.code).toBe(1);
    expect(restart.stderr).toContain(
      'experiments["checkout-redesign"].status: experiment "checkout-redesign" is stopped, and a stopped experiment never runs again',
    );
  });

  it('metrics: export → plan clean → edit and add → apply → plan clean; a kind change is a plan error', async () => {
    const clicks = await fx.call('owner', 'POST', '/api/v1/projects/shop/metrics', {
      body: { key: 'clicks', kind: 'count', event: 'click', windowHours: 36 },
    });
    expect(clicks.status).toBe(201);
    const exported = await ff(['export', '-p', 'shop'], env);
    expect(exported.code, exported.stderr).toBe(0);
    const doc = parse(exported.stdout);
    expect(doc.metrics).toEqual({
      clicks: {
        name: 'clicks',
        description: '',
        kind: 'count',
        event: 'click',
        windowHours: 36,
        cap: null,
        direction: 'higher',
      },
      purchase: {
        name: 'Purchase',
        description: '',
        kind: 'binomial',
        event: 'purchase',
        windowHours: 168,
        cap: null,
        direction: 'higher',
      },
    });
    writeFileSync(file('shop.yaml'), exported.stdout);
    const clean = await ff(['plan', '-f', file('shop.yaml')], env);
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toContain('No changes.');

    doc.metrics.clicks.windowHours = 48;
    doc.metrics.clicks.cap = 20;
    doc.metrics.revenue = { kind: 'sum', event: 'purchase', name: 'Revenue' };
    writeFileSync(file('shop-edited.yaml'), stringify(doc));
    const plan = await ff(['plan', '-f', file('shop-edited.yaml')], env);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('~ metric clicks');
    expect(plan.stdout).toContain('+ metric revenue');
    const applied = await ff(['apply', '-f', file('shop-edited.yaml'), '--yes'], env);
    expect(applied.code, applied.stderr).toBe(0);
    expect((await fx.call('owner', 'GET', '/api/v1/projects/shop/metrics/clicks')).body).toMatchObject({
      windowHours: 48,
      cap: 20,
      version: 2,
    });
    expect((await fx.call('owner', 'GET', '/api/v1/projects/shop/metrics/revenue')).body).toMatchObject({
      kind: 'sum',
      event: 'purchase',
      name: 'Revenue',
      windowHours: 168,
    });
    const after = await ff(['plan', '-f', file('shop-edited.yaml')], env);
    expect(after.code, after.stdout + after.stderr).toBe(0);
    expect(after.stdout).toContain('No changes.');

    doc.metrics.clicks.kind = 'sum';
    writeFileSync(file('shop-kind.yaml'), stringify(doc));
    const kind = await ff(['plan', '-f', file('shop-kind.yaml')], env);
    expect(kind.code).toBe(1);
    expect(kind.stderr).toContain("metrics.clicks.kind: is count remotely; a metric's kind cannot change");
  });
});
