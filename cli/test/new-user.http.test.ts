// Issue 11, "found trying it as a new user would": each block is one defect, run through the real
// commands against a real API.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { createClient } from '@ff/client';
import type { FfClient } from '@ff/client';
import { readRemote } from '../src/flags-as-code/remote.ts';
import { cliRoot, ff, tempConfigDir } from './harness.ts';

const run = promisify(execFile);
let fx: ApiFixture;
let env: Record<string, string>;

beforeAll(async () => {
  fx = await startApiFixture();
  env = { FF_CONFIG_DIR: tempConfigDir(), FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner, FF_PROJECT: 'demo' };
});
afterAll(async () => {
  await fx?.close();
});

const configPath = (flag: string, e: string) => `/api/v1/projects/demo/flags/${flag}/environments/${e}`;
const auditOf = async (flag: string, e: string) =>
  (await fx.call('owner', 'GET', `/api/v1/audit?resource=projects/demo/flags/${flag}/environments/${e}`)).body
    .items as unknown[];

describe('a change that changes nothing is not written', () => {
  it.each([
    ['off of an off flag', ['flags', 'off', 'new-checkout', '-e', 'production', '--yes']],
    ['on of an on flag', ['flags', 'on', 'max-cart-items', '-e', 'production', '--yes']],
    ['serve of what it serves', ['flags', 'serve', 'max-cart-items', 'default', '-e', 'staging']],
    [
      'variants of the same split',
      ['flags', 'variants', 'checkout-flow', 'control=50', 'treatment=50', '-e', 'staging'],
    ],
  ])('%s: "no change", the same version, no audit entry', async (_name, argv) => {
    const [, , flag, ...rest] = argv as [string, string, string, ...string[]];
    const e = rest[rest.indexOf('-e') + 1]!;
    const before = (await fx.call('owner', 'GET', configPath(flag, e))).body;
    const audited = (await auditOf(flag, e)).length;
    const r = await ff(argv, env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${flag} in ${e}: no change (version ${before.version})`);
    expect((await fx.call('owner', 'GET', configPath(flag, e))).body).toEqual(before);
    expect(await auditOf(flag, e)).toHaveLength(audited);
  });
});

describe('flags revert in a protected environment', () => {
  it('needs --yes without a terminal (exit 2, nothing changes), and takes it', async () => {
    const path = configPath('banner-config', 'production');
    const current = await fx.call('owner', 'GET', path);
    const on = await fx.call('owner', 'PATCH', path, {
      headers: { 'if-match': current.headers.get('etag')! },
      body: { actions: [{ kind: 'turnOn' }] },
    });
    expect(on.status).toBe(200);
    const [entry] = (await auditOf('banner-config', 'production')) as { id: string }[];

    const refused = await ff(['flags', 'revert', entry!.id], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('production is a protected environment');
    expect(refused.stderr).toContain('--yes');
    expect((await fx.call('owner', 'GET', path)).body.on).toBe(true);

    const done = await ff(['flags', 'revert', entry!.id, '--yes'], env);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain(`reverted ${entry!.id}`);
    expect((await fx.call('owner', 'GET', path)).body.on).toBe(false);
  });

  it('asks nothing for an unprotected environment', async () => {
    const path = configPath('banner-config', 'staging');
    const current = await fx.call('owner', 'GET', path);
    await fx.call('owner', 'PATCH', path, {
      headers: { 'if-match': current.headers.get('etag')! },
      body: { actions: [{ kind: 'turnOff' }] },
    });
    const [entry] = (await auditOf('banner-config', 'staging')) as { id: string }[];
    const done = await ff(['flags', 'revert', entry!.id], env);
    expect(done.code, done.stderr).toBe(0);
    expect((await fx.call('owner', 'GET', path)).body.on).toBe(true);
  });
});

describe('members invite → login --invite', () => {
  it('prints the next step, and that step accepts the invitation and signs in', async () => {
    const invited = await ff(['members', 'invite', 'zoe@demo.local', '--role', 'viewer'], env);
    expect(invited.code, invited.stderr).toBe(0);
    const code = /invite code \(shown once\): (\S+)/.exec(invited.stdout)![1]!;
    const next = `ff login --invite ${code} --api-url ${fx.url}`;
    expect(invited.stdout).toContain(`Next: give zoe@demo.local the code`);
    expect(invited.stdout).toContain(`  ${next}\n`);

    // Zoe's machine: no configuration, no token; exactly the printed command, with a password.
    const zoe = { FF_CONFIG_DIR: tempConfigDir() };
    const accepted = await ff([...next.split(' ').slice(1), '--password', 'correct horse battery'], zoe);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toContain('invitation accepted');
    expect(accepted.stdout).toContain(
      `signed in to ${fx.url} as zoe@demo.local (viewer); profile "default" saved`,
    );
    expect((await ff(['whoami', '--json'], zoe)).json).toMatchObject({ role: 'viewer' });

    // The password she chose signs her in later; the code is spent.
    const again = await ff(
      ['login', '--email', 'zoe@demo.local', '--password', 'correct horse battery', '--api-url', fx.url],
      { FF_CONFIG_DIR: tempConfigDir() },
    );
    expect(again.code, again.stderr).toBe(0);
    const spent = await ff(['login', '--invite', code, '--api-url', fx.url], {
      FF_CONFIG_DIR: tempConfigDir(),
    });
    expect(spent.code).toBe(1);
    expect(spent.stderr).toMatch(/^ff: .*unknown or has already been used.*HTTP 404/);
    expect(spent.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--invite with --email is a usage error', async () => {
    const r = await ff(['login', '--invite', 'x', '--email', 'a@b.c'], { FF_CONFIG_DIR: tempConfigDir() });
    expect(r.code).toBe(2);
  });
});

describe('flags list shows each flag’s state per environment', () => {
  const row = (stdout: string, key: string) => stdout.split('\n').find((l) => l.startsWith(`${key} `))!;

  it('one column per environment by default', async () => {
    const r = await ff(['flags', 'list'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^KEY\s+KIND\s+DEVELOPMENT\s+STAGING\s+PRODUCTION\s+NAME$/);
    expect(row(r.stdout, 'new-checkout')).toMatch(
      /^new-checkout\s+boolean\s+on → on\s+off → off\s+off → off\s+New checkout$/,
    );
    expect(row(r.stdout, 'max-cart-items')).toMatch(
      /on → large\s+on → default \(\+1 targeted\)\s+on → default \(\+1 rule\)/,
    );
    expect(row(r.stdout, 'checkout-flow')).toMatch(
      /on → 50% control \/ 50% treatment\s+on → control \(\+1 prerequisite\)/,
    );
  });

  it('-e limits it to one environment, in the table and in --json', async () => {
    const r = await ff(['flags', 'list', '-e', 'production'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^KEY\s+KIND\s+PRODUCTION\s+NAME$/);
    expect(row(r.stdout, 'banner-config')).toMatch(
      /^banner-config\s+json\s+off → none\s+Banner configuration$/,
    );
    const json = await ff(['flags', 'list', '-e', 'staging', '--json'], env);
    expect(json.code, json.stderr).toBe(0);
    for (const flag of json.json) expect(Object.keys(flag.environments)).toEqual(['staging']);
    expect(
      json.json.find((f: { key: string }) => f.key === 'new-checkout').environments.staging,
    ).toMatchObject({
      on: false,
      rules: [{ id: 'beta-testers' }],
    });
    const unknown = await ff(['flags', 'list', '-e', 'nope'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no environment "nope" in project demo');
  });
});

describe('an invalid key says what is wrong with it', () => {
  it.each([
    [['flags', 'create', 'Bad_Key'], 'invalid flag key "Bad_Key": it contains "B", "K" (keys are lowercase)'],
    [['flags', 'get', 'my flag'], 'invalid flag key "my flag": it contains " "'],
    [['segments', 'create', '.beta'], 'invalid segment key ".beta": it starts with "."'],
    [['flags', 'list', '-p', 'Demo'], 'invalid project key "Demo": it contains "D" (keys are lowercase)'],
    [
      ['flags', 'on', 'new-checkout', '-e', 'prod env'],
      'invalid environment key "prod env": it contains " "',
    ],
  ])('ff %j', async (argv, says) => {
    const r = await ff(argv, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `ff: ${says} (hint: a key is 1 to 128 lowercase letters, digits, ".", "_" and "-", and starts with a letter or digit)\n`,
    );
  });

  it('other input the client refuses is the user’s, not a version mismatch', async () => {
    const r = await ff(['flags', 'copy', 'new-checkout', '--from', 'Staging', '--to', 'development'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ff: invalid body\.from: .*\(hint: check what you typed \(see --help\)\)\n$/);
    expect(r.stderr).not.toContain('versions may differ');
  });
});

describe('shell completion of keys', () => {
  const lines = (stdout: string) => stdout.split('\n').filter(Boolean);

  it('ff __complete lists flag, environment, segment and project keys from the server', async () => {
    const cfg = { ...env, FF_CONFIG_DIR: tempConfigDir() };
    const flags = await ff(['__complete', '--', 'flags', 'on', ''], cfg);
    expect(flags.code, flags.stderr).toBe(0);
    expect(lines(flags.stdout)).toEqual(['banner-config', 'checkout-flow', 'max-cart-items', 'new-checkout']);
    expect(lines((await ff(['__complete', '--', 'flags', 'get', 'ma'], cfg)).stdout)).toEqual([
      'max-cart-items',
    ]);
    expect(
      lines((await ff(['__complete', '--', 'flags', 'on', 'new-checkout', '-e', ''], cfg)).stdout),
    ).toEqual(['development', 'production', 'staging']);
    expect(lines((await ff(['__complete', '--', 'segments', 'get', ''], cfg)).stdout)).toEqual([
      'beta-testers',
    ]);
    expect(lines((await ff(['__complete', '--', 'projects', 'get', ''], cfg)).stdout)).toContain('demo');
    expect(lines((await ff(['__complete', '--', 'flags', 'o'], cfg)).stdout)).toEqual(['off', 'on']);

    // A second Tab within the cache's 30 s does not ask the server (a revoked token still completes).
    const cached = await ff(['__complete', '--', 'flags', 'on', 'b'], { ...cfg, FF_TOKEN: 'ff_pat_revoked' });
    expect(lines(cached.stdout)).toEqual(['banner-config']);
  });

  it('offers nothing, silently, when it cannot ask (no project, no server)', async () => {
    const none = await ff(['__complete', '--', 'flags', 'on', ''], {
      FF_CONFIG_DIR: tempConfigDir(),
      FF_API_URL: 'http://127.0.0.1:1',
      FF_PROJECT: 'demo',
      FF_TOKEN: 'x',
    });
    expect(none).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const noProject = await ff(['__complete', '--', 'flags', 'on', ''], {
      FF_CONFIG_DIR: tempConfigDir(),
      FF_API_URL: fx.url,
    });
    expect(noProject).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it.skipIf(!existsSync('/bin/bash'))(
    'the bash script completes flag keys in a real bash',
    async () => {
      const bin = mkdtempSync(join(tmpdir(), 'ff-bin-'));
      writeFileSync(
        join(bin, 'ff'),
        `#!/bin/sh\nexec "${process.execPath}" "${join(cliRoot, 'bin/run.js')}" "$@"\n`,
      );
      chmodSync(join(bin, 'ff'), 0o755);
      const script = [
        'eval "$(ff completion bash)"',
        'COMP_WORDS=(ff flags on "ne"); COMP_CWORD=3; _ff_complete',
        'printf "%s\\n" "${COMPREPLY[@]}"',
        'COMP_WORDS=(ff flags off new-checkout -e ""); COMP_CWORD=5; _ff_complete',
        'printf "%s\\n" "${COMPREPLY[@]}"',
      ].join('\n');
      // Asynchronously: the API answering the completions runs in this process.
      const r = await run('/bin/bash', ['--norc', '-c', script], {
        env: { ...env, FF_CONFIG_DIR: tempConfigDir(), PATH: `${bin}:${process.env.PATH ?? ''}` },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.stderr).toBe('');
      expect(lines(r.stdout)).toEqual(['new-checkout', 'development', 'production', 'staging']);
    },
    90_000,
  );
});

describe('export and plan of a large segment', () => {
  const many = 25_000;
  const keyOf = (i: number) => `member-${String(i).padStart(6, '0')}`;

  beforeAll(async () => {
    const segment = await fx.db('segments').where({ key: 'beta-testers' }).first('id');
    const rows = Array.from({ length: many }, (_, i) => ({
      segment_id: segment.id,
      kind: 'included',
      context_key: keyOf(i),
    }));
    for (let i = 0; i < rows.length; i += 5000)
      await fx.db('segment_members').insert(rows.slice(i, i + 5000));
  });

  it('reads each member list in one streamed request, saying how many keys arrived', async () => {
    const calls: string[] = [];
    const real = createClient({ baseUrl: fx.url, token: fx.tokens.owner });
    const api = new Proxy(real, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(name));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as FfClient;
    const progress: string[] = [];
    const remote = await readRemote(api, 'demo', (text) => progress.push(text));

    expect(remote.segments['beta-testers']!.included).toHaveLength(many + 3);
    expect(calls.filter((c) => c === 'listSegmentMembers')).toEqual([]);
    expect(calls.filter((c) => c === 'exportSegmentMembers')).toHaveLength(1); // excluded is empty
    const total = (many + 3).toLocaleString('en-US');
    expect(progress).toContain(`Reading segment keys: 10,000 of ${total}`);
    // The members' progress ends at the total (what is read after them, experiments, says so itself).
    expect(progress.filter((p) => p.startsWith('Reading segment keys')).at(-1)).toBe(
      `Reading segment keys: ${total} of ${total}`,
    );
  });

  it('ff export writes every key (sorted) and ff plan of that file finds no changes', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ff-export-')), 'flags.yaml');
    const exported = await ff(['export', '--out', out], env);
    expect(exported.code, exported.stderr).toBe(0);
    const json = await ff(['export', '--json'], env);
    const included = json.json.segments['beta-testers'].included as string[];
    expect(included).toHaveLength(many + 3);
    expect(included).toEqual([...included].sort());
    const plan = await ff(['plan', '-f', out], env);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('No changes.');
  });
});
