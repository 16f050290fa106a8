// How long a plan takes for 100 flags × 3 environments (404 resources: refresh and plan of each).
// It prints numbers rather than asserting speed; set FF_TF_SCALE=1 to run it (it applies 404 resources
// first, which takes a few minutes on a busy machine).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startStack } from './terraform.ts';
import type { Stack } from './terraform.ts';

const FLAGS = 100;
const ENVIRONMENTS = ['development', 'staging', 'production'];

function hcl(): string {
  return `
resource "ff_project" "p" {
  key  = "scale"
  name = "Scale"
}

resource "ff_environment" "e" {
  for_each = toset(${JSON.stringify(ENVIRONMENTS)})
  project  = ff_project.p.key
  key      = each.key
  name     = each.key
}

resource "ff_flag" "f" {
  count   = ${FLAGS}
  project = ff_project.p.key
  key     = "flag-\${count.index}"
  name    = "Flag \${count.index}"
  kind    = "boolean"
  tags    = ["scale", "batch-\${count.index % 10}"]
}

locals {
  pairs = { for pair in setproduct(range(${FLAGS}), ${JSON.stringify(ENVIRONMENTS)}) : "\${pair[0]}/\${pair[1]}" => pair }
}

resource "ff_flag_environment" "c" {
  for_each    = local.pairs
  project     = ff_project.p.key
  environment = ff_environment.e[each.value[1]].key
  flag        = ff_flag.f[each.value[0]].key
  on          = true
  targets     = [{ variation = 0, values = ["qa-\${each.value[0]}"] }]
  rules = [{
    id      = "pro"
    clauses = [{ attribute = "plan", op = "in", values = ["pro"] }]
    serve   = { variation = 0 }
  }]
  fallthrough = {
    rollout = { weights = [{ variation = 0, weight = 10000 }, { variation = 1, weight = 90000 }] }
  }
}
`;
}

let s: Stack;
beforeAll(async () => {
  s = await startStack();
});
afterAll(async () => {
  await s?.close();
});

test.skipIf(!process.env.FF_TF_SCALE)(
  `plan of ${FLAGS} flags × ${ENVIRONMENTS.length} environments`,
  { timeout: 1_800_000 },
  async () => {
    s.write(hcl());
    let started = performance.now();
    const apply = await s.ok('apply', '-auto-approve');
    const applySeconds = (performance.now() - started) / 1000;
    expect(apply.stdout).toContain(
      `Resources: ${1 + ENVIRONMENTS.length + FLAGS * (1 + ENVIRONMENTS.length)} added`,
    );

    const timings: number[] = [];
    for (let i = 0; i < 3; i++) {
      started = performance.now();
      const plan = await s.tf('plan', '-detailed-exitcode');
      timings.push((performance.now() - started) / 1000);
      expect(plan.code).toBe(0);
    }
    console.log(
      `apply of ${FLAGS}×${ENVIRONMENTS.length}: ${applySeconds.toFixed(1)} s; ` +
        `no-change plan: ${timings.map((t) => t.toFixed(1)).join(' s, ')} s`,
    );
  },
);
