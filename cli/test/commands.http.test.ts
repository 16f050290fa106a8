// The commands against a real API on PGlite: output, --json, configuration precedence and files,
// and the one-line errors with their exit codes.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { ConfigStore } from '../src/config.ts';
import { ff, tempConfigDir } from './harness.ts';

let fx: ApiFixture;
let env: Record<string, string>;

beforeAll(async () => {
  fx = await startApiFixture();
  env = { FF_CONFIG_DIR: tempConfigDir(), FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner, FF_PROJECT: 'demo' };
});
afterAll(async () => {
  await fx?.close();
});

describe('configuration', () => {
  it('login --token verifies the token, saves the profile, and keeps the token file private (0600)', async () => {
    const dir = tempConfigDir();
    const r = await ff(['login', '--token', fx.tokens.developer, '--api-url', fx.url, '--profile', 'work'], {
      FF_CONFIG_DIR: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('as dev@demo.local (developer)');
    const store = new ConfigStore(dir);
    expect(store.read()).toEqual({ currentProfile: 'work', profiles: { work: { apiUrl: fx.url } } });
    expect(store.token('work')).toBe(fx.tokens.developer);
    expect(statSync(store.credentialsPath).mode & 0o777).toBe(0o600);

    // The saved profile is used with no flags; FF_TOKEN beats it; --token beats FF_TOKEN.
    expect((await ff(['whoami', '--json'], { FF_CONFIG_DIR: dir })).json.role).toBe('developer');
    expect(
      (await ff(['whoami', '--json'], { FF_CONFIG_DIR: dir, FF_TOKEN: fx.tokens.viewer })).json.role,
    ).toBe('viewer');
    const flagWins = await ff(['whoami', '--json', '--token', fx.tokens.admin], {
      FF_CONFIG_DIR: dir,
      FF_TOKEN: fx.tokens.viewer,
    });
    expect(flagWins.json.role).toBe('admin');

    const out = await ff(['logout'], { FF_CONFIG_DIR: dir });
    expect(out.stdout).toContain('logged out of profile "work"');
    const after = await ff(['whoami'], { FF_CONFIG_DIR: dir });
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(/^ff: .*HTTP 401.*run `ff login`/);
    expect(after.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('login with email and password (an accepted invitation) stores a new personal token', async () => {
    const invite = await fx.call('owner', 'POST', '/api/v1/members', {
      body: { email: 'erin@demo.local', role: 'viewer' },
    });
    await fx.call('anonymous', 'POST', '/api/v1/auth/accept-invite', {
      body: { inviteCode: invite.body.inviteCode, password: 'correct horse battery' },
    });
    const dir = tempConfigDir();
    const r = await ff(['login', '--email', 'erin@demo.local', '--password', 'correct horse battery'], {
      FF_CONFIG_DIR: dir,
      FF_API_URL: fx.url,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(new ConfigStore(dir).token('default')).toMatch(/^ff_pat_/);
    const bad = await ff(['login', '--email', 'erin@demo.local', '--password', 'wrong password!'], {
      FF_CONFIG_DIR: dir,
      FF_API_URL: fx.url,
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('HTTP 401');
  });

  it('config set/get/list: flag > env > ff.config > profile', async () => {
    const dir = tempConfigDir();
    const base = { FF_CONFIG_DIR: dir };
    expect((await ff(['config', 'set', 'project', 'from-profile'], base)).code).toBe(0);
    expect((await ff(['config', 'get', 'project'], base)).stdout.trim()).toBe('from-profile');

    const repo = mkdtempSync(join(tmpdir(), 'ff-repo-'));
    writeFileSync(join(repo, 'ff.config.yaml'), 'project: from-repo\ncodegen:\n  out: src/flags.ts\n');
    const cwd = process.cwd();
    process.chdir(repo);
    try {
      expect((await ff(['config', 'get', 'project', '--json'], base)).json).toEqual({
        key: 'project',
        value: 'from-repo',
        source: 'repo',
      });
      expect(
        (await ff(['config', 'get', 'project'], { ...base, FF_PROJECT: 'from-env' })).stdout.trim(),
      ).toBe('from-env');
      expect(
        (
          await ff(['config', 'get', 'project', '-p', 'from-flag'], { ...base, FF_PROJECT: 'from-env' })
        ).stdout.trim(),
      ).toBe('from-flag');
      const list = await ff(['config', 'list', '--json'], base);
      expect(list.json.repoConfig).toBe(join(repo, 'ff.config.yaml'));
    } finally {
      process.chdir(cwd);
    }
    const bad = await ff(['config', 'set', 'apiUrl', 'not a url'], base);
    expect(bad.code).toBe(2);
  });
});

describe('commands', () => {
  it('lists as a table, or as JSON with --json', async () => {
    const table = await ff(['flags', 'list'], env);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^KEY\s+KIND\s+DEVELOPMENT\s+STAGING\s+PRODUCTION/);
    expect(table.stdout).toMatch(/new-checkout\s+boolean/);
    const json = await ff(['flags', 'list', '--json'], env);
    expect(json.json.map((f: { key: string }) => f.key).sort()).toEqual(
      ['banner-config', 'checkout-flow', 'max-cart-items', 'new-checkout'].sort(),
    );
    expect((await ff(['projects', 'list', '--json'], env)).json[0].key).toBe('demo');
    expect((await ff(['envs', 'list'], env)).stdout).toMatch(/production\s+Production\s+yes/);
  });

  it('eval evaluates locally and --explain says which rule matched', async () => {
    const r = await ff(
      ['eval', 'new-checkout', '--context', '{"key":"u1","country":"US"}', '-e', 'development', '--json'],
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toMatchObject({ value: true, reason: 'DEFAULT' });
    const explained = await ff(
      ['eval', 'new-checkout', '--context', 'u1', '-e', 'staging', '--explain'],
      env,
    );
    expect(explained.code, explained.stderr).toBe(0);
    expect(explained.stdout).toMatch(/reason:\s+\w+/);
    expect(explained.stdout).toContain('flag is');
    const missing = await ff(['eval', 'nope', '--context', 'u1', '-e', 'staging'], env);
    expect(missing.code).toBe(2);
  });

  it('variants split an A/B test, rule add/list/move/remove keep order', async () => {
    const split = await ff(
      ['flags', 'variants', 'checkout-flow', 'control=30', 'treatment=70', '-e', 'development'],
      env,
    );
    expect(split.code, split.stderr).toBe(0);
    expect(split.stdout).toContain('30% control / 70% treatment');
    const bad = await ff(
      ['flags', 'variants', 'checkout-flow', 'control=30', 'treatment=60', '-e', 'development'],
      env,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('add up to 90%');

    const dev = ['-e', 'development'];
    expect(
      (
        await ff(
          [
            'flags',
            'rule',
            'add',
            'new-checkout',
            '--clause',
            'plan in pro,enterprise',
            '--id',
            'tiers',
            ...dev,
          ],
          env,
        )
      ).code,
    ).toBe(0);
    const domain = await ff(
      [
        'flags',
        'rule',
        'add',
        'new-checkout',
        '--clause',
        'emailDomain in acme.com',
        '--id',
        'acme',
        '--variation',
        'off',
        ...dev,
      ],
      env,
    );
    expect(domain.code, domain.stderr).toBe(0);
    const moved = await ff(['flags', 'rule', 'move', 'new-checkout', 'acme', '--to', '0', ...dev], env);
    expect(moved.code, moved.stderr).toBe(0);
    const list = await ff(['flags', 'rule', 'list', 'new-checkout', '--json', ...dev], env);
    expect(list.json.map((r: { id: string }) => r.id).slice(0, 2)).toEqual(['acme', 'tiers']);
    expect(list.json[1].clauses[0]).toEqual({ attribute: 'plan', op: 'in', values: ['pro', 'enterprise'] });
    expect((await ff(['flags', 'rule', 'remove', 'new-checkout', 'acme', ...dev], env)).code).toBe(0);
    const eval1 = await ff(
      ['eval', 'new-checkout', '--context', '{"key":"x","plan":"pro"}', '--json', ...dev],
      env,
    );
    expect(eval1.json).toMatchObject({ value: true, reason: 'TARGETING_MATCH', ruleId: 'tiers' });
  });

  it('flags update changes the definition with If-Match; nothing to change is a usage error', async () => {
    const before = await fx.call('owner', 'GET', '/api/v1/projects/demo/flags/banner-config');
    const r = await ff(
      [
        'flags',
        'update',
        'banner-config',
        '--name',
        'Banner',
        '--tag',
        'web',
        '--tag',
        'ui',
        '--owner',
        'ada@demo.local',
      ],
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `updated banner-config (version ${before.body.version} → ${before.body.version + 1})`,
    );
    const after = await fx.call('owner', 'GET', '/api/v1/projects/demo/flags/banner-config');
    expect(after.body).toMatchObject({ name: 'Banner', tags: ['web', 'ui'], owner: 'ada@demo.local' });
    const none = await ff(['flags', 'update', 'banner-config'], env);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^ff: nothing to change/);
  });

  it('segments: create, members add/list, CSV import', async () => {
    expect(
      (await ff(['segments', 'create', 'vip', '--include', 'a,b', '--rule', 'plan in enterprise'], env)).code,
    ).toBe(0);
    const added = await ff(['segments', 'members', 'add', 'vip', 'c', 'd'], env);
    expect(added.stdout, added.stderr).toContain('4 included');
    const updated = await ff(['segments', 'update', 'vip', '--rule', 'seats gte 10 and plan in team'], env);
    expect(updated.stdout, updated.stderr).toContain('updated segment vip (version 2 → 3)');
    expect((await ff(['segments', 'get', 'vip', '--json'], env)).json.rules).toEqual([
      {
        clauses: [
          { attribute: 'seats', op: 'gte', values: [10] },
          { attribute: 'plan', op: 'in', values: ['team'] },
        ],
      },
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'ff-csv-')), 'keys.csv');
    writeFileSync(file, Array.from({ length: 1000 }, (_, i) => `user-${i}`).join('\n') + '\n');
    const imported = await ff(['segments', 'members', 'import', 'vip', file, '--replace', '--json'], env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.json).toMatchObject({ lines: 1000, mode: 'replace' });
    expect((await ff(['segments', 'get', 'vip', '--json'], env)).json.includedCount).toBe(1000);
    expect(
      (await ff(['segments', 'members', 'list', 'vip', '-n', '3'], env)).stdout.trim().split('\n'),
    ).toHaveLength(3);
  });

  it('keys, tokens, members, audit', async () => {
    const key = await ff(
      ['keys', 'create', '--kind', 'server', '-e', 'staging', '--name', 'ci', '--json'],
      env,
    );
    expect(key.json.key).toMatch(/^ff_srv_/);
    expect((await ff(['keys', 'list', '-e', 'staging'], env)).stdout).toContain(key.json.id);
    const rotated = await ff(['keys', 'rotate', key.json.id, '-e', 'staging', '--overlap', '90'], env);
    expect(rotated.stdout, rotated.stderr).toMatch(
      /^new server key "ci" for staging \(id \S+\); the old one stops working in 1m 30s\ncopy it now: it is not shown again\nff_srv_\S+\n$/,
    );
    expect((await ff(['keys', 'revoke', key.json.id, '-e', 'staging'], env)).code).toBe(0);
    const token = await ff(['tokens', 'create', 'laptop', '--json'], env);
    expect(token.json.token).toMatch(/^ff_pat_/);
    expect((await ff(['members', 'list'], env)).stdout).toContain('dev@demo.local');
    expect((await ff(['members', 'role', 'dev@demo.local', '--role', 'viewer'], env)).stdout).toContain(
      'developer → viewer',
    );
    const audit = await ff(['audit', '--action', 'member.update', '--json'], env);
    expect(audit.json[0]).toMatchObject({
      action: 'member.update',
      // Where the change came from: this machine, through the CLI.
      source: { ip: '127.0.0.1', userAgent: expect.stringMatching(/^ff-cli\/\S+ ff-client\/\S+$/) },
    });
    const table = (await ff(['audit', '--action', 'member.update'], env)).stdout.split('\n');
    expect(table[0]).toMatch(/^ID +WHEN +WHO +FROM +ACTION/);
    expect(table[1]).toMatch(/ owner@demo\.local +127\.0\.0\.1 ff-cli\/\S+ +member\.update /);
  });
});

describe('errors', () => {
  it('404 is one line with a hint, exit 1; 412 and 409 exit 3; bad usage exits 2', async () => {
    const missing = await ff(['flags', 'get', 'no-such-flag'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^ff: .*HTTP 404.*\(hint: check the key/);

    const dup = await ff(['flags', 'create', 'new-checkout'], env);
    expect(dup.code).toBe(3);

    const forbidden = await ff(['flags', 'off', 'new-checkout', '-e', 'production', '--yes'], {
      ...env,
      FF_TOKEN: fx.tokens.developer,
    });
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toContain('HTTP 403');

    const unknownFlag = await ff(['flags', 'list', '--nope'], env);
    expect(unknownFlag.code).toBe(2);
    const noEnv = await ff(['flags', 'on', 'new-checkout'], { ...env, FF_ENV: undefined });
    expect(noEnv.code).toBe(2);
    expect(noEnv.stderr).toContain('no environment given');

    const json = await ff(['flags', 'get', 'no-such-flag', '--json'], env);
    expect(json.json.error).toMatchObject({ status: 404, exitCode: 1 });
  });
});

describe('envs protect / unprotect', () => {
  it('set and clear protected with If-Match, and say so', async () => {
    const state = async () =>
      (await fx.call('owner', 'GET', '/api/v1/projects/demo/environments/development')).body.protected;
    expect(await state()).toBe(false);

    const on = await ff(['envs', 'protect', 'development'], env);
    expect(on.code, on.stderr).toBe(0);
    expect(on.stdout).toContain('development is protected');
    expect(await state()).toBe(true);

    const off = await ff(['envs', 'unprotect', 'development', '--json'], env);
    expect(off.code, off.stderr).toBe(0);
    expect(off.json).toMatchObject({ key: 'development', protected: false });
    expect(await state()).toBe(false);
  });
});
