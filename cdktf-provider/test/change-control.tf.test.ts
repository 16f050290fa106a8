// ff_webhook and ff_approval_settings with the real terraform against a real API: apply creates them
// (the generated secret kept, sensitive, in the state), a second plan is clean, a change updates in
// place, import plans clean, destroy removes the webhook and turns approvals off.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStack } from './terraform.ts';
import type { Stack } from './terraform.ts';

const hcl = (events: string, approval: boolean) => `
resource "ff_project" "shop" {
  key  = "shop"
  name = "Shop"
}

resource "ff_environment" "production" {
  project = ff_project.shop.key
  key     = "production"
  name    = "Production"
}

resource "ff_webhook" "alerts" {
  project = ff_project.shop.key
  key     = "alerts"
  url     = "https://hooks.example.com/ff"
  events  = [${events}]
}

resource "ff_approval_settings" "production" {
  project           = ff_project.shop.key
  environment       = ff_environment.production.key
  requires_approval = ${approval}
  requires_comment  = true
}
`;

let s: Stack;
beforeAll(async () => {
  s = await startStack();
}, 120_000);
afterAll(async () => {
  await s?.close();
});

async function cleanPlan(): Promise<void> {
  const plan = await s.tf('plan', '-detailed-exitcode');
  expect(plan.stdout + plan.stderr).toContain('No changes.');
  expect(plan.code).toBe(0);
}

describe('ff_webhook and ff_approval_settings', () => {
  test('apply creates them; a second plan is clean; the API has them', async () => {
    s.write(hcl('"flag.killed"', true));
    const apply = await s.ok('apply', '-auto-approve');
    expect(apply.stdout).toContain('Resources: 4 added, 0 changed, 0 destroyed');
    await cleanPlan();
    const hook = await s.fx.call('owner', 'GET', '/api/v1/projects/shop/webhooks/alerts');
    expect(hook.body).toMatchObject({
      url: 'https://hooks.example.com/ff',
      events: ['flag.killed'],
      format: 'json',
    });
    const state = await s.ok('state', 'show', 'ff_webhook.alerts');
    expect(state.stdout).toMatch(/secret\s+= \(sensitive value\)/);
    const settings = await s.fx.call(
      'owner',
      'GET',
      '/api/v1/projects/shop/environments/production/approval-settings',
    );
    expect(settings.body).toEqual({ requiresApproval: true, requiresComment: true });
  }, 180_000);

  test('a change updates in place', async () => {
    s.write(hcl('"flag.killed", "schedule.failed"', false));
    const apply = await s.ok('apply', '-auto-approve');
    expect(apply.stdout).toContain('Resources: 0 added, 2 changed, 0 destroyed');
    await cleanPlan();
    expect(
      (await s.fx.call('owner', 'GET', '/api/v1/projects/shop/webhooks/alerts')).body.events.sort(),
    ).toEqual(['flag.killed', 'schedule.failed']);
  }, 180_000);

  test('import plans clean; destroy removes the webhook and turns approvals off', async () => {
    await s.ok('state', 'rm', 'ff_webhook.alerts', 'ff_approval_settings.production');
    await s.ok('import', 'ff_webhook.alerts', 'shop/alerts');
    await s.ok('import', 'ff_approval_settings.production', 'shop/production');
    await cleanPlan();
    await s.ok('destroy', '-auto-approve');
    expect((await s.fx.call('owner', 'GET', '/api/v1/projects/shop/webhooks/alerts')).status).toBe(404);
  }, 180_000);
});
