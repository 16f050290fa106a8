// CDKTF: the committed bindings match what the provider's schema generates (the drift check), and the
// example app synthesizes a cdk.tf.json that the real terraform applies against a real API, after which
// a plan is empty and destroy removes everything.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { synth } from '../examples/basic/main.ts';
import { generate, listBindings, packageRoot, readSchema } from '../scripts/generate-bindings.ts';
import { startStack, terraform } from './terraform.ts';
import type { Stack } from './terraform.ts';

describe('generated bindings', () => {
  test('src/bindings and docs/resources.md are what the schema generates (npm run generate:bindings)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ff-bindings-'));
    try {
      const files = await generate(out, readSchema());
      expect(listBindings(packageRoot)).toEqual(listBindings(out));
      for (const f of files) {
        const committed = existsSync(join(packageRoot, f)) ? readFileSync(join(packageRoot, f), 'utf8') : '';
        expect(committed, `${f} is stale: run npm run generate:bindings -w @ff/cdktf-provider`).toBe(
          readFileSync(join(out, f), 'utf8'),
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('examples/basic', () => {
  let s: Stack;
  let outdir: string;
  let stackDir: string;
  const tf = (...args: string[]) => terraform(stackDir, s.env, [args[0]!, '-no-color', ...args.slice(1)]);
  const ok = async (...args: string[]) => {
    const run = await tf(...args);
    if (run.code !== 0)
      throw new Error(`terraform ${args.join(' ')} exited ${run.code}\n${run.stdout}\n${run.stderr}`);
    return run;
  };

  beforeAll(async () => {
    s = await startStack();
    outdir = mkdtempSync(join(tmpdir(), 'ff-cdktf-'));
    stackDir = synth(outdir);
  });
  afterAll(async () => {
    await s?.close();
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  test('synthesizes cdk.tf.json for ff/ff', () => {
    const json = JSON.parse(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8'));
    expect(json.terraform.required_providers.ff).toEqual({ source: 'ff/ff' });
    expect(json.terraform.backend).toBeUndefined();
    expect(Object.keys(json.resource).sort()).toEqual([
      'ff_environment',
      'ff_flag',
      'ff_flag_environment',
      'ff_project',
      'ff_segment',
    ]);
    expect(json.resource.ff_flag_environment.checkout_production.fallthrough.rollout.weights).toEqual([
      { variation: 0, weight: 10000 },
      { variation: 1, weight: 90000 },
    ]);
  });

  test('terraform apply creates what the API then shows; a second plan is empty; destroy removes it', async () => {
    // No `terraform init`: with dev_overrides it is not needed (the example drops cdktf's backend block).
    await ok('apply', '-auto-approve');
    const config = (env: string) => `/api/v1/projects/shop/flags/new-checkout/environments/${env}`;

    const flag = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/flags/new-checkout');
    expect(flag.status).toBe(200);
    expect(flag.body).toMatchObject({ key: 'new-checkout', name: 'New checkout', kind: 'boolean' });
    expect([...flag.body.tags].sort()).toEqual(['checkout', 'web']);

    const prod = await s.fx.call('owner', 'GET', config('production'));
    expect(prod.body.on).toBe(true);
    expect(prod.body.fallthrough.rollout.weights).toEqual([
      { variation: 0, weight: 10000 },
      { variation: 1, weight: 90000 },
    ]);
    expect(prod.body.rules).toHaveLength(1);
    expect(prod.body.rules[0].clauses[0]).toMatchObject({ op: 'segmentMatch', values: ['internal-users'] });
    const staging = await s.fx.call('owner', 'GET', config('staging'));
    expect(staging.body).toMatchObject({ on: true, fallthrough: { variation: 0 } });
    const segment = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/segments/internal-users');
    expect(segment.body).toMatchObject({ key: 'internal-users', includedCount: 2 });

    const plan = await ok('plan', '-detailed-exitcode');
    expect(plan.stdout).toContain('No changes.');

    await ok('destroy', '-auto-approve');
    expect((await s.fx.call('owner', 'GET', '/api/v1/projects/shop')).status).toBe(404);
  });
});
