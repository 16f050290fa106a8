// The packaged provider (scripts/package.ts), installed the way someone without this repository installs
// it: one packaging run into a temporary folder; the executable started from elsewhere with no node on
// PATH; then the real terraform installing it from a filesystem mirror (packed layout: init offline, apply
// against a real API, a clean second plan, destroy) and from the unpacked layout (the same lock hash).
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../src/plugin/server.ts';
import { VERSION } from '../src/provider.ts';
import { example, providerReadme } from './readme.ts';
import { PROVIDER, terraform } from './terraform.ts';

const packageScript = fileURLToPath(new URL('../scripts/package.ts', import.meta.url));
const protoNames = readdirSync(fileURLToPath(new URL('../proto/', import.meta.url))).filter((f) =>
  f.endsWith('.proto'),
);
const SOURCE = 'registry.terraform.io/ff/ff';
const executableName = `terraform-provider-ff_v${VERSION}`;

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();

let root: string; // everything this file writes
let out: string; // the packaging output
let platform: string; // terraform's own spelling of this machine's platform
let bareBin: string; // a PATH with terraform and nothing else (no node)
let fx: ApiFixture;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ff-package-test-'));
  out = join(root, 'dist');
  const [, version, api] = await Promise.all([
    promisify(execFile)(process.execPath, [packageScript, '--out', out], { maxBuffer: 16 * 1024 * 1024 }),
    promisify(execFile)('terraform', ['version', '-json']),
    startApiFixture(),
  ]);
  platform = (JSON.parse(version.stdout) as { platform: string }).platform;
  fx = api;
  bareBin = join(root, 'bin');
  mkdirSync(bareBin);
  symlinkSync(which('terraform'), join(bareBin, 'terraform'));
}, 180_000);

afterAll(async () => {
  await fx?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function which(command: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this PATH entry
    }
  }
  throw new Error(`${command} is not on PATH`);
}

/** Terraform's h1: hash of a package holding this one file (dirhash "Hash1", which lock files record). */
function h1(fileName: string, contents: Buffer): string {
  return 'h1:' + sha256(`${sha256(contents).toString('hex')}  ${fileName}\n`).toString('base64');
}

const zipName = () => `terraform-provider-ff_${VERSION}_${platform}.zip`;

/** A working directory whose CLI config installs ff/ff from `mirror` only. */
function workspace(name: string, mirror: string) {
  const dir = join(root, name);
  mkdirSync(dir);
  const config = join(dir, 'terraformrc');
  // The README's CLI config, with its mirror path replaced by ours.
  const readmeConfig = example(providerReadme, 'hcl', 'filesystem_mirror');
  expect(readmeConfig).toContain('"/opt/terraform-mirror"');
  writeFileSync(config, readmeConfig.replace('"/opt/terraform-mirror"', JSON.stringify(mirror)));
  // PATH holds terraform alone, so the provider it starts cannot be finding a node anywhere.
  const env = { TF_CLI_CONFIG_FILE: config, PATH: bareBin, FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner };
  const tf = (args: string[], extra: Record<string, string> = {}) =>
    terraform(dir, { ...env, ...extra }, args);
  const ok = async (args: string[], extra: Record<string, string> = {}) => {
    const run = await tf(args, extra);
    if (run.code !== 0)
      throw new Error(`terraform ${args.join(' ')} exited ${run.code}\n${run.stdout}\n${run.stderr}`);
    return run;
  };
  // Any attempt to reach a registry over HTTPS fails through this proxy: init must not need one.
  const init = () => ok(['init', '-no-color', '-input=false'], { HTTPS_PROXY: 'http://127.0.0.1:9' });
  const lockHashes = () =>
    [...readFileSync(join(dir, '.terraform.lock.hcl'), 'utf8').matchAll(/"(h1:[^"]+)"/g)].map((m) => m[1]);
  return { dir, tf, ok, init, lockHashes };
}

describe('the packaged provider', () => {
  test('the output holds the executable, the zip for this platform and its SHA256SUMS line', () => {
    expect(readdirSync(out).sort()).toEqual(['SHA256SUMS', executableName, zipName()].sort());
    const zip = readFileSync(join(out, zipName()));
    expect(readFileSync(join(out, 'SHA256SUMS'), 'utf8')).toBe(
      `${sha256(zip).toString('hex')}  ${zipName()}\n`,
    );
  });

  test('runs outside the repository with no node on PATH: a readable refusal without the cookie, the handshake with it', async () => {
    // Started where it was built (a temporary folder), in an empty folder that is also the whole PATH.
    const exe = join(out, executableName);
    const empty = join(root, 'empty');
    mkdirSync(empty);

    const refused = await runToExit(exe, empty, { PATH: empty });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.split('\n')[0]).toMatch(/^This binary is a plugin for Terraform \(ff\/ff\)\./);

    const child = spawn(exe, [], {
      cwd: empty,
      env: { PATH: empty, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '6' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!);
      });
      child.on('exit', (code) =>
        reject(new Error(`exited ${code} before the handshake\n${stdout}\n${stderr}`)),
      );
    });
    const socket = /^1\|6\|unix\|(\/.+)\|grpc\|$/.exec(line)?.[1];
    try {
      expect(socket, line).toBeDefined();
      // The .proto definitions came out of the executable (SEA assets), next to the socket.
      expect(readdirSync(dirname(socket!)).sort()).toEqual([...protoNames, 'ff.sock'].sort());
    } finally {
      child.kill();
      if (socket) rmSync(dirname(socket), { recursive: true, force: true });
    }
  });

  test('terraform installs it from a filesystem mirror (packed layout) offline, applies, plans clean, destroys', async () => {
    const mirror = join(root, 'mirror-packed');
    mkdirSync(join(mirror, SOURCE), { recursive: true });
    linkSync(join(out, zipName()), join(mirror, SOURCE, zipName())); // hard links: nothing big is copied
    const ws = workspace('packed', mirror);
    writeFileSync(
      join(ws.dir, 'main.tf'),
      PROVIDER +
        `
resource "ff_project" "packaged" {
  key  = "packaged"
  name = "Packaged"
}

resource "ff_flag" "mirror" {
  project = ff_project.packaged.key
  key     = "from-the-mirror"
  name    = "From the mirror"
  kind    = "boolean"
}
`,
    );

    const init = await ws.init();
    expect(init.stdout).toContain(`Installed ff/ff v${VERSION}`);
    // The lock records exactly the packaged executable.
    expect(ws.lockHashes()).toEqual([h1(executableName, readFileSync(join(out, executableName)))]);
    const installed = join(ws.dir, '.terraform/providers', SOURCE, VERSION, platform, executableName);
    expect(existsSync(installed)).toBe(true);

    await ws.ok(['apply', '-no-color', '-auto-approve']);
    const flag = await fx.call('owner', 'GET', '/api/v1/projects/packaged/flags/from-the-mirror');
    expect(flag.status).toBe(200);
    expect(flag.body).toMatchObject({ key: 'from-the-mirror', name: 'From the mirror', kind: 'boolean' });

    const plan = await ws.tf(['plan', '-no-color', '-detailed-exitcode']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('No changes.');

    await ws.ok(['destroy', '-no-color', '-auto-approve']);
    expect((await fx.call('owner', 'GET', '/api/v1/projects/packaged')).status).toBe(404);
  });

  test('terraform installs the executable from the unpacked layout with the same lock hash', async () => {
    const mirror = join(root, 'mirror-unpacked');
    const target = join(mirror, SOURCE, VERSION, platform);
    mkdirSync(target, { recursive: true });
    linkSync(join(out, executableName), join(target, executableName));
    const ws = workspace('unpacked', mirror);
    writeFileSync(join(ws.dir, 'main.tf'), PROVIDER);

    const init = await ws.init();
    expect(init.stdout).toContain(`Installed ff/ff v${VERSION}`);
    expect(ws.lockHashes()).toEqual([h1(executableName, readFileSync(join(out, executableName)))]);
    await ws.ok(['validate', '-no-color']);
  });
});

function runToExit(
  command: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
