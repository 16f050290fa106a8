// `ff refs` against a real API: flags read from the project (live and archived), --push stores the
// scan under the repository name, branch and commit git reports, and the API's read shows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { ff, tempConfigDir } from './harness.ts';
import { git, makeRepo } from './refs-fixture.ts';

let fx: ApiFixture;
let env: Record<string, string>;

beforeAll(async () => {
  fx = await startApiFixture();
  env = {
    FF_CONFIG_DIR: tempConfigDir(),
    FF_API_URL: fx.url,
    FF_TOKEN: fx.tokens.developer,
    FF_PROJECT: 'demo',
  };
  await fx.call('owner', 'post', '/api/v1/projects/demo/flags/banner-config/archive');
}, 120_000);

afterAll(async () => {
  await fx?.close();
});

describe('ff refs with the API', () => {
  const repo = makeRepo(
    {
      'src/app.ts': [
        "if (client.isEnabled('new-checkout', ctx)) go();",
        "const banner = client.getValue('banner-config', ctx, {});",
        "const gone = client.isEnabled('removed-flag', ctx);",
        '',
      ].join('\n'),
      'src/cart.ts': "const max = client.getValue('max-cart-items', ctx, 10);\n",
    },
    { commit: true, remote: 'git@github.com:acme/storefront.git' },
  );
  const commit = git(repo, 'rev-parse', 'HEAD').trim();

  it('reads the project’s flags: live, archived and unknown', async () => {
    const r = await ff(['refs', repo, '--json'], env);
    expect(r.code).toBe(0);
    expect(r.json.flags.map((f: { key: string; status: string }) => `${f.key}:${f.status}`)).toEqual([
      'banner-config:archived',
      'max-cart-items:live',
      'new-checkout:live',
      'removed-flag:unknown',
    ]);
    expect(r.json).toMatchObject({ repository: 'storefront', branch: 'main', commit });
  });

  it('--push stores the scan under the repository, branch and commit from git', async () => {
    const r = await ff(['refs', repo, '--push'], env);
    expect(r.code).toBe(0);
    expect(r.stderr + r.stdout).toContain(
      `pushed 4 references to 4 flags for storefront@main (${commit.slice(0, 12)})`,
    );
    const stored = await fx.call('viewer', 'get', '/api/v1/projects/demo/code-references');
    expect(stored.body.repositories).toEqual([
      expect.objectContaining({
        repository: 'storefront',
        branch: 'main',
        commit,
        flags: 4,
        references: 4,
        archivedFlags: ['banner-config'],
        unknownFlags: ['removed-flag'],
      }),
    ]);
    const flag = stored.body.flags.find((f: { key: string }) => f.key === 'new-checkout');
    expect(flag.locations).toEqual([{ repository: 'storefront', path: 'src/app.ts', line: 1, kind: 'call' }]);
  });

  it('--check fails on the archived and the deleted flag; a viewer cannot push', async () => {
    const check = await ff(['refs', repo, '--check'], env);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('banner-config (archived): src/app.ts:2');
    expect(check.stderr).toContain('removed-flag (no such flag): src/app.ts:3');
    const viewer = await ff(['refs', repo, '--push'], { ...env, FF_TOKEN: fx.tokens.viewer });
    expect(viewer.code).toBe(1);
    expect(viewer.stderr).toMatch(/role|permission|forbidden/i);
  });
});
