// Bad input is reported by terraform validate/plan with the attribute it is about, before anything is
// written; API refusals at apply are diagnostics carrying the problem's detail.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startStack, terraform } from './terraform.ts';
import type { Stack } from './terraform.ts';

let s: Stack;
beforeAll(async () => {
  s = await startStack();
});
afterAll(async () => {
  await s?.close();
});

interface JsonDiagnostic {
  severity: string;
  summary: string;
  detail: string;
  snippet?: { code: string };
}

async function validate(hcl: string): Promise<JsonDiagnostic[]> {
  s.write(hcl);
  const run = await s.tf('validate', '-json');
  return (JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.filter(
    (d) => d.severity === 'error',
  );
}

test('terraform validate names the attribute of each problem (weights, regex, serve, variations, colors)', async () => {
  const errors = await validate(`
resource "ff_flag_environment" "x" {
  project     = "demo"
  environment = "production"
  flag        = "new-checkout"
  rules = [{
    id      = "bad-regex"
    clauses = [{ attribute = "email", op = "matches", values = ["(unclosed"] }]
    serve   = { variation = 0 }
  }]
  fallthrough = {
    rollout = { weights = [{ variation = 0, weight = 10000 }, { variation = 1, weight = 80000 }] }
  }
}

resource "ff_flag" "n" {
  project = "demo"
  key     = "price"
  name    = "Price"
  kind    = "number"
  variations = [{ name = "low", value = jsonencode("cheap") }]
}

resource "ff_environment" "e" {
  project = "demo"
  key     = "qa"
  name    = "QA"
  color   = "blue"
}
`);
  const text = errors.map((e) => `${e.summary}: ${e.detail} @ ${e.snippet?.code ?? ''}`).join('\n');
  expect(text).toMatch(/At fallthrough\.rollout\.weights: weights must sum to 100000, not 90000/);
  expect(text).toMatch(/At rules\[0\]\.clauses\[0\]\.values\[0\]: invalid RE2 regular expression/);
  expect(text).toMatch(/Invalid variations: At variations\[0\]\.value: must be a number/);
  // Terraform underlines a top-level attribute the provider names.
  expect(errors.find((e) => e.summary === 'Invalid color')!.snippet!.code).toContain('color   = "blue"');
  expect(errors.find((e) => e.summary === 'Invalid color')!.detail).toBe('"blue" is not #rrggbb.');
});

test('plan refuses a variation the flag does not have, before any API write', async () => {
  s.write(`
resource "ff_flag_environment" "x" {
  project     = "demo"
  environment = "staging"
  flag        = "new-checkout"
  on          = true
  fallthrough = { variation = 7 }
}
`);
  const before = await s.fx.call(
    'owner',
    'GET',
    '/api/v1/projects/demo/flags/new-checkout/environments/staging',
  );
  const plan = await s.tf('plan');
  expect(plan.code).toBe(1);
  expect(plan.stderr).toMatch(
    /At fallthrough\.variation: variation index 7 is out of range \(the flag has 2\)/,
  );
  const after = await s.fx.call(
    'owner',
    'GET',
    '/api/v1/projects/demo/flags/new-checkout/environments/staging',
  );
  expect(after.body.version).toBe(before.body.version);
});

test('an API refusal at apply is a diagnostic with the problem detail, and the plugin keeps going', async () => {
  s.write(`
resource "ff_project" "dup" {
  key  = "demo"
  name = "Another demo"
}

resource "ff_project" "fine" {
  key  = "fine"
  name = "Fine"
}
`);
  const apply = await s.tf('apply', '-auto-approve');
  expect(apply.code).toBe(1);
  expect(apply.stderr).toMatch(/Creating ff_project: the ff API answered 409/);
  expect(apply.stdout).toContain('ff_project.fine: Creation complete');
  expect((await s.fx.call('owner', 'GET', '/api/v1/projects/fine')).status).toBe(200);
  await s.ok('destroy', '-auto-approve');
});

test('provider configuration comes from FF_API_URL/FF_TOKEN, and a missing one is an error naming it', async () => {
  s.write(
    `data "ff_project" "demo" {\n  key = "demo"\n}\noutput "envs" {\n  value = data.ff_project.demo.environments\n}\noutput "retention" {\n  value = data.ff_project.demo.event_retention_days\n}\n`,
  );
  const retention = await s.fx.call('owner', 'PATCH', '/api/v1/projects/demo', {
    body: { eventRetentionDays: 45 },
  });
  expect(retention.status).toBe(200);
  await s.ok('apply', '-auto-approve');
  const output = await s.ok('output', '-json', 'envs');
  expect(JSON.parse(output.stdout)).toEqual(['development', 'staging', 'production']);
  expect(JSON.parse((await s.ok('output', '-json', 'retention')).stdout)).toBe(45);

  const missing = await terraform(s.dir, { ...s.env, FF_TOKEN: '' }, ['plan', '-no-color']);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain('Missing token');
  expect(missing.stderr).toContain('Set token in the provider block or FF_TOKEN.');
});
