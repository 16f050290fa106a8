// The READMEs' Terraform examples, run as written: the HCL (and the CDKTF TypeScript) is cut out of
// cdktf-provider/README.md and the root README.md, not copied here, so an example that stops working (or a README edit that breaks one)
// fails this test. The only substitutions are the ones a reader makes: the repository path in the CLI
// config and the SDK key id in the import command. The API URL and token come from FF_API_URL/FF_TOKEN,
// as the README tells readers to export them.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createClient } from '@ff/sdk-node';
import { synth } from '../examples/basic/main.ts';
import { example, fences, providerReadme, rootReadme } from './readme.ts';
import { binDir, startStack } from './terraform.ts';
import type { Run, Stack } from './terraform.ts';

const cli = fileURLToPath(new URL('../../cli/bin/run.js', import.meta.url));

function ffCli(env: Record<string, string>, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('cdktf-provider/README.md, as written', () => {
  let s: Stack;
  let cliEnv: Record<string, string>;
  const write = (file: string, hcl: string) => writeFileSync(join(s.dir, file), hcl);

  beforeAll(async () => {
    // Terraform starts the provider itself, from the CLI config the README gives.
    s = await startStack({ launch: true });
    // "Install": the reader's CLI config, with the repository path filled in.
    const placeholder = '/path/to/ff/cdktf-provider/bin';
    const rc = example(providerReadme, 'hcl', 'dev_overrides');
    expect(rc).toContain(placeholder);
    writeFileSync(s.env.TF_CLI_CONFIG_FILE!, rc.replace(placeholder, binDir));
    cliEnv = {
      FF_API_URL: s.env.FF_API_URL!,
      FF_TOKEN: s.env.FF_TOKEN!,
      FF_CONFIG_DIR: join(s.dir, 'ff-config'),
    };
    // The provider block of the README (api_url and token from the environment), then the journeys.
    write('main.tf', example(providerReadme, 'hcl', 'required_providers'));
    write('journeys.tf', example(providerReadme, 'hcl', 'resource "ff_project" "shop"'));
  });
  afterAll(() => s?.close());

  test('the journeys apply, do what their comments say, and plan clean afterwards', async () => {
    await s.ok('apply', '-auto-approve');

    const get = async (path: string) => {
      const res = await s.fx.call('owner', 'GET', `/api/v1/projects/shop${path}`);
      expect(res.status, path).toBe(200);
      return res.body;
    };
    expect(await get('/environments/production')).toMatchObject({ protected: true });
    expect(await get('/segments/internal-users')).toMatchObject({ includedCount: 2 });
    expect(await get('/flags/banner-color')).toMatchObject({
      kind: 'string',
      variations: [{ value: 'blue' }, { value: 'green' }],
    });

    // The SDK key Terraform created serves production: internal users get the new checkout, and about
    // 10% of everyone else does (the fallthrough's 10000 of 100000).
    const secret = (await s.ok('output', '-raw', 'checkout_service_sdk_key')).stdout;
    const ff = createClient({ sdkKey: secret, baseUrl: s.fx.url, stream: false, sendEvents: false });
    try {
      expect((await ff.ready({ timeout: 10_000 })).ok).toBe(true);
      expect(ff.isEnabled('new-checkout', 'alice')).toBe(true);
      expect(ff.isEnabled('new-checkout', { key: 'carol', emailDomain: 'shop.example' })).toBe(true);
      let on = 0;
      for (let i = 0; i < 4000; i++) if (ff.isEnabled('new-checkout', `customer-${i}`)) on++;
      expect(on / 4000).toBeGreaterThan(0.08);
      expect(on / 4000).toBeLessThan(0.12);
      expect(ff.isEnabled('payments-kill-switch', 'alice', true)).toBe(false);
    } finally {
      await ff.close();
    }
    const staging = await get('/flags/new-checkout/environments/staging');
    expect(staging).toMatchObject({ on: true, fallthrough: { variation: 0 } });

    expect((await s.ok('plan', '-detailed-exitcode')).stdout).toContain('No changes.');
    // The README's CLI config started the provider for that apply and plan. The tests below are about the
    // README's HCL and commands, so their terraform commands reattach to a provider the test starts, one
    // per command instead of one per phase (terraform.ts): 53 s -> 31 s of CPU for this file.
    s.launch = false;
  });

  test('on-call flips the kill switch with the command in its comment; Terraform leaves it alone', async () => {
    const command = /`ff (flags on payments-kill-switch [^`]*)`/.exec(providerReadme)?.[1];
    expect(command).toBeDefined();
    // --yes: production is protected, and the CLI asks before changing it when a person is at the keyboard.
    const run = await ffCli(cliEnv, [...command!.split(' '), '--yes']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const killSwitch = () =>
      s.fx.call('owner', 'GET', '/api/v1/projects/shop/flags/payments-kill-switch/environments/production');
    expect((await killSwitch()).body.on).toBe(true);

    // ignore_changes_to = ["on"]: no drift reported, and an apply does not turn it back off.
    expect((await s.ok('plan', '-detailed-exitcode')).stdout).toContain('No changes.');
    await s.ok('apply', '-auto-approve');
    expect((await killSwitch()).body.on).toBe(true);
  });

  test('the data source reads what the README says it reads', async () => {
    write('data.tf', example(providerReadme, 'hcl', 'data "ff_flag" "checkout"'));
    const claim = /# data\.ff_flag\.checkout\.variations\[0\]\.name == "(\w+)"/.exec(providerReadme)?.[1];
    expect(claim).toBeDefined();
    write('check.tf', 'output "first_variation" {\n  value = data.ff_flag.checkout.variations[0].name\n}\n');
    await s.ok('apply', '-auto-approve');
    expect((await s.ok('output', '-raw', 'first_variation')).stdout).toBe(claim);
    rmSync(join(s.dir, 'check.tf'));
    rmSync(join(s.dir, 'data.tf'));
  });

  test('every import command of the README brings its resource back, and the plan is clean', async () => {
    const keys = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/environments/production/sdk-keys');
    const keyId: string = keys.body.items.find((k: { name: string }) => k.name === 'checkout service').id;
    const commands = fences(providerReadme)
      .filter((f) => f.body.startsWith('terraform import'))
      .flatMap((f) => f.body.trim().split('\n'))
      .map((line) => line.replace(/#.*$/, '').trim().split(/\s+/));
    expect(commands.map((c) => c[2]!.split('.')[0])).toEqual([
      'ff_project',
      'ff_environment',
      'ff_flag',
      'ff_flag_environment',
      'ff_segment',
      'ff_sdk_key',
    ]);
    for (const [, , address, id] of commands) {
      await s.ok('state', 'rm', address!);
      await s.ok('import', address!, id!.replace(/[0-9a-f]*…$/, keyId));
    }
    const plan = await s.tf('plan', '-detailed-exitcode');
    expect(plan.stdout + plan.stderr).toContain('No changes.');
    expect(plan.code).toBe(0);
  });

  test('destroy removes it all', async () => {
    await s.ok('destroy', '-auto-approve');
    expect((await s.fx.call('owner', 'GET', '/api/v1/projects/shop')).status).toBe(404);
  });
});

describe('README.md (platform team), as written', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(() => s?.close());

  test("the platform team's flag applies on the demo project, plans clean, and destroys", async () => {
    s.write(example(rootReadme, 'hcl', 'resource "ff_flag_environment"'));
    await s.ok('apply', '-auto-approve');
    const config = await s.fx.call(
      'owner',
      'GET',
      '/api/v1/projects/demo/flags/new-checkout-v2/environments/production',
    );
    expect(config.body).toMatchObject({
      on: true,
      fallthrough: { rollout: { weights: [{ weight: 10000 }, { weight: 90000 }] } },
    });
    expect((await s.ok('plan', '-detailed-exitcode')).stdout).toContain('No changes.');
    await s.ok('destroy', '-auto-approve');
    expect((await s.fx.call('owner', 'GET', '/api/v1/projects/demo/flags/new-checkout-v2')).status).toBe(404);
  });
});

describe("cdktf-provider/README.md's CDKTF example, as written", () => {
  // It has to live inside the package for `@ff/cdktf-provider` to resolve (a workspace link).
  let dir: string;
  let out: string;
  beforeAll(() => {
    dir = mkdtempSync(join(fileURLToPath(new URL('..', import.meta.url)), '.readme-example-'));
    out = mkdtempSync(join(tmpdir(), 'ff-readme-cdktf-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  test('runs, and synthesizes the same resources as examples/basic', async () => {
    writeFileSync(join(dir, 'main.ts'), example(providerReadme, 'ts', 'new FfProvider('));
    const run = await new Promise<Run>((resolve) =>
      execFile(process.execPath, ['main.ts'], { cwd: dir }, (err, stdout, stderr) =>
        resolve({ code: err ? 1 : 0, stdout, stderr }),
      ),
    );
    expect(run.stderr).toBe('');
    const written = JSON.parse(readFileSync(join(dir, 'cdktf.out/stacks/shop/cdk.tf.json'), 'utf8'));
    const basic = JSON.parse(readFileSync(join(synth(out), 'cdk.tf.json'), 'utf8'));
    expect(written.resource).toEqual(basic.resource);
    expect(written.terraform).toEqual(basic.terraform);
  });
});
