// npm run release:pack [-- --out DIR] [--no-sea]: the release artifacts, without publishing anything.
//   1. npm run build (scripts/release/build.ts).
//   2. Each public package is staged in <package>/dist/package/ exactly as it is published: the files its
//      package.json lists, the root CHANGELOG.md, and a package.json without what only the repository
//      uses: the "@ff/source" export conditions (they point at src/, which is not shipped),
//      devDependencies and scripts. The CLI's oclif config names dist/esm/commands instead of
//      src/commands, and its oclif.manifest.json is generated there from the compiled commands (the
//      committed one, for the repository, names the TypeScript sources).
//   3. `npm pack` of each staged folder: DIR/<scope>-<name>-<version>.tgz, what `npm publish <tgz>`
//      would upload.
//   4. The CLI as a single executable for this machine's platform (scripts/release/cli-sea.ts).
//   5. SHA256SUMS for the tarballs, the executable and its zip, and release.json listing what was made.
// DIR defaults to dist/release/ at the repository root.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { buildAll } from './build.ts';
import type { CliSea } from './cli-sea.ts';
import { sha256File } from './sea.ts';
import { bundledPackages, publicPackages, readJson, repoRoot, SOURCE_CONDITION } from './packages.ts';
import type { PackageJson, PublicPackage } from './packages.ts';

export const defaultOutDir = join(repoRoot, 'dist/release');
const run = promisify(execFile);

/** Environment for tools that must see packages as users do: without the repository's source condition. */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_OPTIONS;
  return env;
}

function withoutSourceCondition(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, inner]) => [key, withoutSourceCondition(inner)]),
  );
}

/** The package.json that is published for `pkg`. */
export function publishedPackageJson(pkg: PublicPackage): PackageJson {
  const json: PackageJson = structuredClone(pkg.json);
  json.exports = withoutSourceCondition(json.exports) as Record<string, unknown>;
  delete json.devDependencies;
  delete json.scripts;
  // Compiled into dist (build.ts, bundleInto): not a package a user could install.
  for (const name of pkg.bundled) delete json.dependencies![name];
  if (json.dependencies && Object.keys(json.dependencies).length === 0) delete json.dependencies;
  json.files = [...(json.files ?? []), 'CHANGELOG.md'];
  if (json.oclif) {
    const commands = json.oclif.commands;
    if (commands !== './src/commands') throw new Error(`${pkg.name}: oclif.commands is ${String(commands)}`);
    json.oclif = { ...json.oclif, commands: './dist/esm/commands' };
  }
  return json;
}

/** Stages `pkg` (built) in <package>/dist/package/ and returns that folder. */
export async function stage(pkg: PublicPackage): Promise<string> {
  const dir = join(pkg.dir, 'dist/package');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const json = publishedPackageJson(pkg);
  for (const entry of pkg.json.files ?? []) {
    if (json.oclif && entry === 'oclif.manifest.json') continue; // generated below
    const from = join(pkg.dir, entry);
    if (!existsSync(from))
      throw new Error(`${pkg.name}: "files" lists ${entry}, which does not exist (npm run build?)`);
    cpSync(from, join(dir, entry), { recursive: true });
  }
  for (const file of ['README.md', 'LICENSE'])
    if (existsSync(join(pkg.dir, file))) cpSync(join(pkg.dir, file), join(dir, file));
  cpSync(join(repoRoot, 'CHANGELOG.md'), join(dir, 'CHANGELOG.md'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify(json, null, 2) + '\n');
  if (json.oclif) {
    // Loads every compiled command once to record its flags and file: the installed CLI then imports only
    // the command it runs. The staged folder is inside the repository, so the commands' imports resolve
    // through its node_modules, to the other packages' builds (no source condition in this environment).
    const oclif = join(repoRoot, 'node_modules/oclif/bin/run.js');
    await run(process.execPath, [oclif, 'manifest', dir], { cwd: dir, env: userEnv() });
    const manifest = readJson<{ commands: Record<string, { relativePath?: string[] }> }>(
      join(dir, 'oclif.manifest.json'),
    );
    const paths = Object.values(manifest.commands).map((c) => c.relativePath?.join('/') ?? '');
    const typescript = paths.filter((p) => !p.startsWith('dist/esm/commands/') || !p.endsWith('.js'));
    if (paths.length === 0 || typescript.length > 0)
      throw new Error(`${pkg.name}: the manifest names ${typescript[0] ?? 'no commands'}`);
  }
  return dir;
}

export interface Packed {
  name: string;
  version: string;
  /** The workspace folder (`sdk-node`). */
  folder: string;
  tarball: string;
}

/** `npm pack` of a staged folder into `out`; returns the tarball's path. */
async function npmPack(dir: string, out: string): Promise<string> {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', out], {
    cwd: dir,
    env: userEnv({ npm_config_ignore_scripts: 'true' }),
    maxBuffer: 16 << 20,
  });
  const [result] = JSON.parse(stdout) as { filename: string }[];
  return join(out, result!.filename);
}

export interface PackOptions {
  out?: string;
  /** Also build the CLI's single executable (default true). */
  sea?: boolean;
}

export interface Release {
  out: string;
  packages: Packed[];
  /** `<sha256>  <file>` for each tarball, the executable and its zip. */
  sha256sums: string;
  /** The CLI's single executable and its SHA256SUMS, when built. */
  sea?: CliSea;
}

/** Builds, stages and packs every public package (and the CLI's single executable) into `out`. */
export async function packAll(options: PackOptions = {}): Promise<Release> {
  const out = resolve(options.out ?? defaultOutDir);
  mkdirSync(out, { recursive: true });
  const packages = publicPackages();
  await buildAll([...bundledPackages(), ...packages]);
  const packed: Packed[] = [];
  for (const pkg of packages) {
    const dir = await stage(pkg);
    packed.push({
      name: pkg.name,
      version: pkg.json.version,
      folder: pkg.folder,
      tarball: await npmPack(dir, out),
    });
  }
  let sea: Release['sea'];
  if (options.sea ?? true) {
    const { buildCliSea } = await import('./cli-sea.ts');
    sea = await buildCliSea(out);
  }
  // One SHA256SUMS for everything a release page would offer (`sha256sum -c SHA256SUMS` checks them).
  const artifacts = [...packed.map((p) => p.tarball), ...(sea ? [sea.executable, sea.zip] : [])];
  const sha256sums = join(out, 'SHA256SUMS');
  writeFileSync(sha256sums, artifacts.map((file) => `${sha256File(file)}  ${basename(file)}\n`).join(''));
  const release: Release = { out, packages: packed, sha256sums, ...(sea ? { sea } : {}) };
  writeFileSync(join(out, 'release.json'), JSON.stringify(release, null, 2) + '\n');
  return release;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, 'no-sea': { type: 'boolean' } } });
  const started = performance.now();
  const release = await packAll({ ...(values.out ? { out: values.out } : {}), sea: !values['no-sea'] });
  for (const p of release.packages) console.log(`${p.name.padEnd(20)} ${p.tarball}`);
  if (release.sea) console.log(`${'ff (executable)'.padEnd(20)} ${release.sea.executable}`);
  console.log(`packed in ${((performance.now() - started) / 1000).toFixed(1)} s into ${release.out}`);
}
