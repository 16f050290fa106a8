// Flags as code against a real API: export → apply to an empty project → export again is identical;
// plan after apply is "No changes" (exit 0) and a second apply writes nothing; a saved plan is refused
// once the remote changed; every write carries If-Match; prune deletes. Also `ff codegen` from the API.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@ff/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { ApplyError, executePlan } from '../src/flags-as-code/execute.ts';
import { planFile } from '../src/flags-as-code/workflow.ts';
import { ff, tempConfigDir } from './harness.ts';

let fx: ApiFixture;
let env: Record<string, string>;
let dir: string;

beforeAll(async () => {
  fx = await startApiFixture();
  // No FF_PROJECT: plan and apply take the project from the file (or -p).
  env = { FF_CONFIG_DIR: tempConfigDir(), FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner };
  dir = mkdtempSync(join(tmpdir(), 'ff-flags-as-code-'));
  // Cover archived flags and member keys in the round trip too.
  await fx.call('owner', 'POST', '/api/v1/projects/demo/flags', {
    body: { key: 'old-banner', name: 'Old banner', kind: 'boolean' },
  });
  expect((await fx.call('owner', 'POST', '/api/v1/projects/demo/flags/old-banner/archive')).status).toBe(200);
  const members = await fx.call('owner', 'POST', '/api/v1/projects/demo/segments/beta-testers/members', {
    body: { add: { excluded: ['user-mallory'] } },
  });
  expect(members.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await fx?.close();
});

const file = (name: string) => join(dir, name);
const auditCount = async () => {
  let count = 0;
  let cursor: string | null = null;
  do {
    const page: { body: { items: unknown[]; nextCursor: string | null } } = await fx.call(
      'owner',
      'GET',
      `/api/v1/audit?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
    );
    count += page.body.items.length;
    cursor = page.body.nextCursor;
  } while (cursor);
  return count;
};

describe('export, apply, export', () => {
  it('reproduces a project in an empty one, and applying again changes nothing', async () => {
    const exported = await ff(['export', '-p', 'demo'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^# yaml-language-server: \$schema=/);
    expect(exported.stdout).toContain('beta-testers:');
    writeFileSync(file('demo.yaml'), exported.stdout);

    expect(
      (await fx.call('owner', 'POST', '/api/v1/projects', { body: { key: 'copy', name: 'Copy' } })).status,
    ).toBe(201);
    const copyYaml = exported.stdout
      .replace(/project demo/g, 'project copy')
      .replace(/^project: demo$/m, 'project: copy');
    writeFileSync(file('copy.yaml'), copyYaml);

    // Production is protected: without a terminal, apply needs --yes.
    const refused = await ff(['apply', '-f', file('copy.yaml')], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('protected environment');

    const applied = await ff(['apply', '-f', file('copy.yaml'), '--yes'], env);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('+ environment production');
    expect(applied.stdout).toContain('Apply complete:');

    const again = await ff(['export', '-p', 'copy'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(copyYaml);

    const plan = await ff(['plan', '-f', file('copy.yaml')], env);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('No changes. Project copy matches');

    const before = await auditCount();
    const twice = await ff(['apply', '-f', file('copy.yaml'), '--yes'], env);
    expect(twice.code, twice.stderr).toBe(0);
    expect(twice.stdout).toContain('No changes.');
    expect(await auditCount()).toBe(before);

    // The same file applies to the original project with -p (nothing to do there either).
    expect((await ff(['plan', '-f', file('copy.yaml'), '-p', 'demo'], env)).code).toBe(0);
  }, 120_000);
});

describe('plan', () => {
  it('shows changed fields terraform-style and exits 2; --json gives the changes', async () => {
    const text = readFileSync(file('copy.yaml'), 'utf8').replace(
      'How many items one cart may hold.',
      'At most this many.',
    );
    expect(text).toContain('At most this many.');
    writeFileSync(file('edited.yaml'), text);
    const plan = await ff(['plan', '-f', file('edited.yaml')], env);
    expect(plan.code, plan.stderr).toBe(2);
    expect(plan.stdout).toContain('~ flag max-cart-items');
    expect(plan.stdout).toContain(
      '~ description: "How many items one cart may hold." → "At most this many."',
    );
    expect(plan.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    const json = await ff(['plan', '-f', file('edited.yaml'), '--json'], env);
    expect(json.code).toBe(2);
    expect(json.json.changes).toEqual([
      {
        action: 'update',
        type: 'flag',
        key: 'max-cart-items',
        fields: [
          { field: 'description', before: 'How many items one cart may hold.', after: 'At most this many.' },
        ],
        version: 1,
      },
    ]);
  }, 60_000);

  it('names the offending path of an invalid file (exit 1: 2 means changes)', async () => {
    const bad = readFileSync(file('copy.yaml'), 'utf8').replace('op: segmentMatch', 'op: segmentMatches');
    writeFileSync(file('bad.yaml'), bad);
    const plan = await ff(['plan', '-f', file('bad.yaml')], env);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/flags\["[a-z-]+"\]\.environments\.[a-z]+\.rules\[0\]\.clauses\[0\]\.op/);
  }, 60_000);
});

describe('apply refuses what changed since the plan', () => {
  it('a saved plan whose resources changed remotely is refused, and nothing is written', async () => {
    const saved = file('plan.json');
    const plan = await ff(['plan', '-f', file('edited.yaml'), '--out', saved], env);
    expect(plan.code).toBe(2);

    // Someone changes the flag meanwhile.
    const renamed = await fx.call('developer', 'PATCH', '/api/v1/projects/copy/flags/max-cart-items', {
      body: { name: 'Cart limit' },
    });
    expect(renamed.status).toBe(200);

    const applied = await ff(['apply', '-f', file('edited.yaml'), '--plan', saved, '--yes'], env);
    expect(applied.code).toBe(3);
    expect(applied.stderr).toContain('flags/max-cart-items changed remotely (version 1 → 2)');
    const flag = await fx.call('owner', 'GET', '/api/v1/projects/copy/flags/max-cart-items');
    expect(flag.body).toMatchObject({
      name: 'Cart limit',
      description: 'How many items one cart may hold.',
      version: 2,
    });

    // A fresh plan (which now also restores the name) applies.
    expect((await ff(['plan', '-f', file('edited.yaml'), '--out', saved], env)).code).toBe(2);
    const ok = await ff(['apply', '-f', file('edited.yaml'), '--plan', saved], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect((await fx.call('owner', 'GET', '/api/v1/projects/copy/flags/max-cart-items')).body).toMatchObject({
      name: 'Maximum cart items',
      description: 'At most this many.',
    });
  }, 60_000);

  it('every write sends If-Match: a change between reading and writing is a 412, not a lost update', async () => {
    const api = createClient({ baseUrl: fx.url, token: fx.tokens.owner });
    const text = readFileSync(file('edited.yaml'), 'utf8').replace(
      /(new-checkout:\n(?:.*\n)*?\s+production:\n\s+'on': )false/,
      '$1true',
    );
    expect(text).not.toBe(readFileSync(file('edited.yaml'), 'utf8'));
    writeFileSync(file('race.yaml'), text);
    const { file: desired, plan } = await planFile(api, file('race.yaml'), {});
    expect(plan.changes.map((c) => `${c.type} ${c.key} ${c.env}`)).toEqual([
      'flagConfig new-checkout production',
    ]);

    const meanwhile = await fx.call(
      'owner',
      'PATCH',
      '/api/v1/projects/copy/flags/new-checkout/environments/production',
      {
        body: { actions: [{ kind: 'addTargets', variation: 0, values: ['vip'] }] },
      },
    );
    expect(meanwhile.status).toBe(200);
    const error = await executePlan(api, plan, desired).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplyError);
    expect((error as ApplyError).applied).toBe(0);
    expect((error as { cause: { status: number } }).cause.status).toBe(412);
    const config = await fx.call(
      'owner',
      'GET',
      '/api/v1/projects/copy/flags/new-checkout/environments/production',
    );
    expect(config.body).toMatchObject({ on: false, targets: [{ variation: 0, values: ['vip'] }] });
  }, 60_000);
});

describe('prune', () => {
  it('deletes flags and segments the file does not list only with --prune (live flags are archived first)', async () => {
    expect(
      (
        await fx.call('owner', 'POST', '/api/v1/projects/copy/flags', {
          body: { key: 'stray', name: 'Stray', kind: 'boolean' },
        })
      ).status,
    ).toBe(201);
    const kept = await ff(['plan', '-f', file('edited.yaml')], env);
    expect(kept.stdout).toContain('(kept; --prune deletes them): flag stray.');
    const pruned = await ff(['apply', '-f', file('edited.yaml'), '--prune', '--yes'], env);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stdout).toContain('- flag stray');
    expect((await fx.call('owner', 'GET', '/api/v1/projects/copy/flags/stray')).status).toBe(404);
  }, 60_000);
});

describe('ff codegen from the API', () => {
  it('writes the file, --check passes, and fails with a diff once a flag is added', async () => {
    const out = file('src/ff-flags.ts');
    const written = await ff(['codegen', '-p', 'copy', '--out', out, '--sdk', 'node'], env);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain("'max-cart-items': 20 | 50 | 100;");
    expect((await ff(['codegen', '-p', 'copy', '--out', out, '--sdk', 'node', '--check'], env)).code).toBe(0);

    await fx.call('owner', 'POST', '/api/v1/projects/copy/flags', {
      body: { key: 'dark-mode', name: 'Dark mode', kind: 'boolean' },
    });
    const stale = await ff(['codegen', '-p', 'copy', '--out', out, '--sdk', 'node', '--check'], env);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("+export const DARK_MODE = 'dark-mode';");
    expect(stale.stderr).toContain('is stale');
  }, 60_000);
});
