// The packaging test: what a user's machine does with a release, outside the repository. The release is
// packed once (scripts/release/pack.ts; or read from FF_RELEASE_DIR, which `npm run release:check` sets),
// then:
//   - publint and @arethetypeswrong/cli on every tarball;
//   - the README's install blocks run as written, in scratch folders under the OS temp directory (no
//     workspace links, a fresh node_modules, packages from the tarballs and the npm registry);
//   - a small app (ES module and CommonJS) against a real API on Node 20, 22 and 24, and its TypeScript
//     checked against the installed types with moduleResolution node16 (ESM and CommonJS files) and bundler;
//   - the globally installed CLI on Node 22 and 24, and the single executable with no Node on PATH:
//     --version, login, flags list.
// Children get the user's environment: NODE_OPTIONS (which carries the repository's source condition under
// vitest) is dropped.
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { build as bundle } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { CLI_NODE_MAJORS, nodeBinary, SDK_NODE_MAJORS } from './node-versions.ts';
import { packAll, userEnv } from './pack.ts';
import type { Release } from './pack.ts';
import { readJson, repoRoot } from './packages.ts';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const installSection = readme.slice(readme.indexOf('## Install'), readme.indexOf('## Settings'));

/** The one ```sh block of the README's Install section that contains `marker`. */
function readmeBlock(marker: string): string {
  const blocks = [...installSection.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  const found = blocks.filter((b) => b.includes(marker));
  if (found.length !== 1)
    throw new Error(`expected one sh block with ${marker} in README's Install, found ${found.length}`);
  return found[0]!;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function exec(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

async function ok(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const run = await exec(command, args, cwd, env);
  if (run.code !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${run.code}\n${run.stdout}\n${run.stderr}`);
  return run;
}

/** PATH with this Node's folder first (so `npm` and `#!/usr/bin/env node` run on it). */
const pathWith = (...dirs: string[]) => [...dirs, process.env.PATH ?? ''].join(':');

let root: string;
let release: Release;
let fx: ApiFixture;
let sdkKey: string;
const nodes = new Map<number, string>();
const tarball = (folder: string) => release.packages.find((p) => p.folder === folder)!.tarball;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ff-pkg-test-'));
  const fromDir = process.env.FF_RELEASE_DIR;
  const [packed, api] = await Promise.all([
    fromDir ? readJson<Release>(join(fromDir, 'release.json')) : packAll({ out: join(root, 'release') }),
    startApiFixture(),
    ...[...new Set([...SDK_NODE_MAJORS, ...CLI_NODE_MAJORS])].map(async (major) =>
      nodes.set(major, await nodeBinary(major)),
    ),
  ]);
  release = packed;
  fx = api;
  const flag = await fx.call('owner', 'POST', '/api/v1/projects/demo/flags', {
    body: { key: 'packaged-flag', name: 'Packaged flag', kind: 'boolean' },
  });
  expect(flag.status, JSON.stringify(flag.body)).toBe(201);
  const on = await fx.call(
    'owner',
    'PATCH',
    '/api/v1/projects/demo/flags/packaged-flag/environments/development',
    {
      body: { actions: [{ kind: 'turnOn' }] },
    },
  );
  expect(on.status, JSON.stringify(on.body)).toBe(200);
  const key = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/development/sdk-keys', {
    body: { kind: 'server', name: 'packaging test' },
  });
  expect(key.status).toBe(201);
  sdkKey = key.body.key as string;
}, 600_000);

afterAll(async () => {
  await fx?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('every tarball', () => {
  test('passes publint and @arethetypeswrong/cli', async () => {
    for (const pkg of release.packages) {
      const lint = await exec(
        process.execPath,
        [join(repoRoot, 'node_modules/publint/src/cli.js'), 'run', pkg.tarball, '--strict'],
        root,
        userEnv(),
      );
      expect(lint.code, `publint ${pkg.name}\n${lint.stdout}${lint.stderr}`).toBe(0);
      const json = readJson(join(repoRoot, pkg.folder, 'package.json'));
      const dual = JSON.stringify(json.exports).includes('"require"');
      // node16 covers both of Node's module systems and bundlers; node10 (no exports map) is left out.
      const attw = await exec(
        process.execPath,
        [
          join(repoRoot, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
          pkg.tarball,
          '--profile',
          dual ? 'node16' : 'esm-only',
          '--format',
          'ascii',
        ],
        root,
        userEnv(),
      );
      expect(attw.code, `attw ${pkg.name}\n${attw.stdout}${attw.stderr}`).toBe(0);
    }
  }, 180_000);

  test('ship dist, no sources and no repository-only source condition', async () => {
    for (const pkg of release.packages) {
      const files = (await ok('tar', ['-tzf', pkg.tarball], root, userEnv())).stdout.trim().split('\n');
      expect(files, pkg.name).toContain('package/package.json');
      expect(files.filter((f) => f.startsWith('package/dist/esm/')).length, pkg.name).toBeGreaterThan(2);
      expect(
        files.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts')),
        pkg.name,
      ).toEqual([]);
      expect(
        files.filter((f) => f.startsWith('package/src/')),
        pkg.name,
      ).toEqual([]);
      const json = (await ok('tar', ['-xzOf', pkg.tarball, 'package/package.json'], root, userEnv())).stdout;
      expect(json, pkg.name).not.toContain('@ff/source');
      expect(JSON.parse(json).devDependencies, pkg.name).toBeUndefined();
    }
  });

  test('SHA256SUMS lists every tarball and the executable, and sha256sum agrees', async () => {
    const lines = readFileSync(release.sha256sums, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(release.packages.length + 2);
    const check = await exec(
      'sha256sum',
      ['--check', release.sha256sums],
      dirname(release.sha256sums),
      userEnv(),
    );
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});

const ESM_APP = `import { compileRuleset } from '@ff/engine';
import { createClient as managementClient } from '@ff/client';
import { createClient } from '@ff/sdk-node';
import { createTestClient } from '@ff/sdk-node/testing';

const ff = createClient({ sdkKey: process.env.FF_SDK_KEY, baseUrl: process.env.FF_URL, sendEvents: false });
const status = await ff.ready({ timeout: 15000 });
const api = managementClient({ baseUrl: process.env.FF_URL, token: process.env.FF_TOKEN });
const { data } = await api.listFlags({ path: { project: 'demo' } });
const local = compileRuleset({ flags: {} }).evaluate('missing', 'u1', 'fallback');
const test = createTestClient({ flags: { 'x': true } });
console.log(JSON.stringify({
  node: process.versions.node,
  ready: status.ok,
  enabled: ff.isEnabled('packaged-flag', 'user-1'),
  listed: data.items.some((f) => f.key === 'packaged-flag'),
  engine: local.reason,
  testClient: test.isEnabled('x', 'u'),
}));
await ff.close();
`;

// The same app in CommonJS: require() of every package, no top-level await.
const CJS_APP = ESM_APP.replace(
  /^import \{ (.+) \} from '(.+)';$/gm,
  (_, names: string, from: string) => `const { ${names.replace(/ as /g, ': ')} } = require('${from}');`,
)
  .replace('const ff = createClient', 'async function main() {\nconst ff = createClient')
  .replace(/await ff\.close\(\);\n$/, 'await ff.close();\n}\nmain();\n');

const TS_APP = `import { compileRuleset } from '@ff/engine';
import type { EvaluationResult } from '@ff/engine';
import { ApiError, createClient as managementClient } from '@ff/client';
import { createClient } from '@ff/sdk-node';
import type { ClientOptions } from '@ff/sdk-node';
import { createTestClient } from '@ff/sdk-node/testing';

const options: ClientOptions = { sdkKey: 'ff_srv_x', baseUrl: 'http://127.0.0.1:4242' };
const ff = createClient(options);
const enabled: boolean = ff.isEnabled('a', 'user-1');
const result: EvaluationResult = compileRuleset({ flags: {} }).evaluate('a', 'u', false);
const api = managementClient({ baseUrl: 'http://127.0.0.1:4242' });
export const listing = api.listFlags({ path: { project: 'demo' } }).then(({ data }) => data.items.map((f) => f.key));
export const failed = (e: unknown) => e instanceof ApiError && e.status;
// @ts-expect-error the types are real: a number is no flag key
ff.isEnabled(42, 'user-1');
createTestClient().close();
export { enabled, result };
`;

const CTS_APP = `import { compileRuleset } from '@ff/engine';
import { createClient } from '@ff/sdk-node';
const ff = createClient({ sdkKey: 'ff_srv_x', baseUrl: 'http://127.0.0.1:4242' });
export const both: boolean = ff.isEnabled('a', 'u') && compileRuleset({ flags: {} }).has('a');
// @ts-expect-error the CommonJS types are real too
ff.isEnabled(42, 'user-1');
`;

function tsconfig(resolution: 'node16' | 'bundler', files: string[]) {
  return JSON.stringify({
    compilerOptions: {
      target: 'es2022',
      lib: ['es2022'],
      module: resolution === 'node16' ? 'node16' : 'preserve',
      moduleResolution: resolution,
      strict: true,
      noEmit: true,
      types: ['node'],
      // Our .d.ts files are checked too, as a user's tsc without skipLibCheck would.
      skipLibCheck: false,
    },
    files,
  });
}

describe('the SDK installed from the tarballs (README: "The SDK")', () => {
  let app: string;
  beforeAll(async () => {
    app = join(root, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'app', private: true, type: 'module' }, null, 2),
    );
    for (const folder of ['engine', 'client', 'sdk-node'])
      cpSync(tarball(folder), join(app, basename(tarball(folder))));
    const env = userEnv({ PATH: pathWith(dirname(process.execPath)) });
    await ok('sh', ['-euc', readmeBlock('./ff-sdk-node-')], app, env);
    // What the app's own TypeScript check needs: the oldest supported Node's types.
    await ok('npm', ['install', '--no-audit', '--no-fund', '--save-dev', '@types/node@20'], app, env);
    writeFileSync(join(app, 'app.mjs'), ESM_APP);
    writeFileSync(join(app, 'app.cjs'), CJS_APP);
    writeFileSync(join(app, 'app.ts'), TS_APP);
    writeFileSync(join(app, 'app-cjs.cts'), CTS_APP);
    writeFileSync(join(app, 'tsconfig.node16.json'), tsconfig('node16', ['app.ts', 'app-cjs.cts']));
    writeFileSync(join(app, 'tsconfig.bundler.json'), tsconfig('bundler', ['app.ts']));
  }, 300_000);

  test('installs real folders from the tarballs, not links to the workspace', () => {
    for (const name of ['engine', 'client', 'sdk-node']) {
      const dir = join(app, 'node_modules/@ff', name);
      expect(readJson(join(dir, 'package.json')).version).toBe(release.packages[0]!.version);
      expect(existsSync(join(dir, 'src'))).toBe(false);
      expect(readFileSync(join(dir, 'dist/esm/index.js'), 'utf8')).not.toMatch(/from '\.\/.*\.ts'/);
    }
  });

  for (const major of SDK_NODE_MAJORS)
    for (const file of ['app.mjs', 'app.cjs'])
      test(`${file} on Node ${major} evaluates against the API`, async () => {
        const run = await ok(
          nodes.get(major)!,
          [file],
          app,
          userEnv({ FF_URL: fx.url, FF_SDK_KEY: sdkKey, FF_TOKEN: fx.tokens.owner }),
        );
        expect(JSON.parse(run.stdout)).toEqual({
          node: expect.stringMatching(new RegExp(`^${major}\\.`)),
          ready: true,
          enabled: true,
          listed: true,
          engine: 'ERROR',
          testClient: true,
        });
      }, 60_000);

  for (const resolution of ['node16', 'bundler'] as const)
    test(`its TypeScript checks against the installed types (moduleResolution ${resolution})`, async () => {
      const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
      const run = await exec(
        process.execPath,
        [tsc, '-p', `tsconfig.${resolution}.json`, '--pretty', 'false'],
        app,
        userEnv(),
      );
      expect(run.stdout + run.stderr).toBe('');
      expect(run.code).toBe(0);
    }, 120_000);
});

// The browser SDK as a web app gets it: its tarball alone (the code it shares with sdk-node is compiled
// into its dist), React from the registry, bundled by esbuild for the browser, type-checked with the DOM
// library, and run against the API with a client key (Node has fetch and streams, as a browser does).
const BROWSER_APP = `import { createClient } from '@ff/sdk-browser';
import { createTestClient } from '@ff/sdk-browser/testing';
import { FFProvider, useFeatureFlag } from '@ff/sdk-browser/react';

// No top-level await: the bundle targets ES2020, which has none.
async function main() {
  const ff = createClient({ clientKey: process.env.FF_CLIENT_KEY, baseUrl: process.env.FF_URL, context: { key: 'user-1' }, sendEvents: false, cache: false });
  const status = await ff.ready();
  console.log(JSON.stringify({
    status,
    enabled: ff.isEnabled('packaged-browser-flag'),
    testClient: createTestClient({ flags: { x: true } }).isEnabled('x'),
    react: typeof FFProvider === 'function' && typeof useFeatureFlag === 'function',
  }));
  await ff.close();
}
main();
`;

const BROWSER_TS_APP = `import { createClient } from '@ff/sdk-browser';
import type { ClientStatus } from '@ff/sdk-browser';
import { useFeatureFlag } from '@ff/sdk-browser/react';
const ff = createClient({ clientKey: 'ff_cli_x', baseUrl: 'https://flags.example.com' });
export const ready: Promise<ClientStatus> = ff.ready();
export const max: number = ff.getValue('max', 5);
export const hook = (user: string): boolean => useFeatureFlag('new-dashboard', user);
// @ts-expect-error the types are real: a number is no flag key
ff.isEnabled(42);
`;

describe('the browser SDK installed from its tarball', () => {
  let app: string;
  let clientKey: string;
  const env = () => userEnv({ PATH: pathWith(dirname(process.execPath)) });
  beforeAll(async () => {
    app = join(root, 'browser-app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'web-app', private: true, type: 'module' }),
    );
    cpSync(tarball('sdk-browser'), join(app, basename(tarball('sdk-browser'))));
    await ok(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        `./${basename(tarball('sdk-browser'))}`,
        'react@19',
        'react-dom@19',
      ],
      app,
      env(),
    );
    await ok('npm', ['install', '--no-audit', '--no-fund', '--save-dev', '@types/react@19'], app, env());
    writeFileSync(join(app, 'app.mjs'), BROWSER_APP);
    writeFileSync(join(app, 'app.ts'), BROWSER_TS_APP);
    const flag = await fx.call('owner', 'POST', '/api/v1/projects/demo/flags', {
      body: {
        key: 'packaged-browser-flag',
        name: 'Packaged browser flag',
        kind: 'boolean',
        clientSide: true,
      },
    });
    expect(flag.status, JSON.stringify(flag.body)).toBe(201);
    const on = await fx.call(
      'owner',
      'PATCH',
      '/api/v1/projects/demo/flags/packaged-browser-flag/environments/development',
      { body: { actions: [{ kind: 'turnOn' }] } },
    );
    expect(on.status, JSON.stringify(on.body)).toBe(200);
    const key = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/development/sdk-keys', {
      body: { kind: 'client', name: 'packaging test (browser)' },
    });
    expect(key.status).toBe(201);
    clientKey = key.body.key as string;
  }, 300_000);

  test('installs @ff/sdk-browser alone: no sdk-node, engine or internal package', () => {
    expect(readdirSync(join(app, 'node_modules/@ff'))).toEqual(['sdk-browser']);
    const json = readJson(join(app, 'node_modules/@ff/sdk-browser/package.json'));
    expect(json.dependencies).toBeUndefined();
    expect(existsSync(join(app, 'node_modules/@ff/sdk-browser/dist/esm/_sdk-shared/index.js'))).toBe(true);
  });

  test('bundles for the browser with esbuild (ES2020), every entry point resolved', async () => {
    const out = await bundle({
      stdin: { contents: BROWSER_APP.replace(/process\.env\.\w+/g, "'x'"), resolveDir: app, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      absWorkingDir: app,
      nodePaths: [],
      logLevel: 'silent',
    });
    expect(out.errors).toEqual([]);
    expect(out.outputFiles[0]!.text).not.toContain('@ff/sdk-shared');
  });

  test('runs against the API with a client key', async () => {
    const run = await ok(
      process.execPath,
      ['app.mjs'],
      app,
      userEnv({ FF_URL: fx.url, FF_CLIENT_KEY: clientKey }),
    );
    expect(JSON.parse(run.stdout)).toEqual({ status: 'ready', enabled: true, testClient: true, react: true });
  }, 60_000);

  test('its TypeScript checks against the installed types (bundler, DOM library)', async () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2020',
          lib: ['es2020', 'dom'],
          module: 'preserve',
          moduleResolution: 'bundler',
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: false,
        },
        files: ['app.ts'],
      }),
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    const run = await exec(
      process.execPath,
      [tsc, '-p', 'tsconfig.json', '--pretty', 'false'],
      app,
      userEnv(),
    );
    expect(run.stdout + run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 120_000);
});

describe('the CLI', () => {
  let prefix: string;
  beforeAll(async () => {
    prefix = join(root, 'global');
    const dir = join(root, 'cli-release');
    mkdirSync(dir);
    for (const folder of ['engine', 'client', 'stats', 'cli'])
      cpSync(tarball(folder), join(dir, basename(tarball(folder))));
    // A fresh global prefix: `npm install -g` writes there (npm_config_prefix), as into /usr/local.
    const env = userEnv({
      PATH: pathWith(join(prefix, 'bin'), dirname(process.execPath)),
      npm_config_prefix: prefix,
    });
    const run = await ok('sh', ['-euc', readmeBlock('npm install -g')], dir, env);
    expect(run.stdout).toContain(`@ff/cli/${release.packages[0]!.version}`);
  }, 300_000);

  test('the installed package loads compiled commands only (its manifest names dist/*.js)', () => {
    const installed = join(prefix, 'lib/node_modules/@ff/cli');
    const manifest = readJson<{ commands: Record<string, { relativePath: string[] }> }>(
      join(installed, 'oclif.manifest.json'),
    );
    const paths = Object.values(manifest.commands).map((c) => c.relativePath.join('/'));
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) expect(path).toMatch(/^dist\/esm\/commands\/.+\.js$/);
    expect(existsSync(join(installed, 'src'))).toBe(false);
  });

  for (const major of CLI_NODE_MAJORS)
    test(`installed globally, on Node ${major}: --version, login, flags list`, async () => {
      const home = mkdtempSync(join(root, `home-${major}-`));
      const env = userEnv({ HOME: home, PATH: pathWith(join(prefix, 'bin'), dirname(nodes.get(major)!)) });
      delete env.FF_CONFIG_DIR;
      await cliJourney(join(prefix, 'bin/ff'), env, major);
    }, 120_000);

  test('the single executable (README block), then with no Node on PATH: --version, login, flags list', async () => {
    const dir = mkdtempSync(join(root, 'sea-'));
    cpSync(release.sea!.executable, join(dir, basename(release.sea!.executable)));
    cpSync(release.sha256sums, join(dir, 'SHA256SUMS'));
    const home = join(dir, 'home');
    mkdirSync(home);
    const run = await ok('sh', ['-euc', readmeBlock('sha256sum --check')], dir, userEnv({ HOME: home }));
    expect(run.stdout).toContain(`@ff/cli/${release.sea!.version}`);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    await cliJourney(join(home, '.local/bin/ff'), { HOME: home, PATH: empty }, 24);
  }, 120_000);
});

async function cliJourney(ff: string, env: NodeJS.ProcessEnv, major: number): Promise<void> {
  const cwd = env.HOME!;
  const version = await ok(ff, ['--version'], cwd, env);
  expect(version.stdout).toMatch(new RegExp(`^@ff/cli/${release.packages[0]!.version} .* node-v${major}\\.`));
  const login = await exec(ff, ['login', '--api-url', fx.url, '--token', fx.tokens.owner], cwd, env);
  expect(login.code, login.stdout + login.stderr).toBe(0);
  const list = await ok(ff, ['flags', 'list', '-p', 'demo', '--json'], cwd, env);
  const flags = JSON.parse(list.stdout) as { key: string }[] | { items: { key: string }[] };
  const keys = (Array.isArray(flags) ? flags : flags.items).map((f) => f.key);
  expect(keys).toContain('packaged-flag');
}
