// The public npm packages: what `npm run build` compiles, `npm run release:pack` packs and the packaging
// test installs. One list, read from the workspaces' package.json files, so a new public workspace
// (@ff/sdk-browser) joins by having `exports` with built targets and no `"private": true`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The export condition that points at TypeScript sources inside this repository only (see README). */
export const SOURCE_CONDITION = '@ff/source';

export type Format = 'esm' | 'cjs';

export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  type?: string;
  exports?: Record<string, unknown>;
  files?: string[];
  bin?: Record<string, string>;
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  oclif?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface PublicPackage {
  name: string;
  /** The workspace folder, absolute. */
  dir: string;
  /** The workspace folder relative to the repository (`sdk-node`). */
  folder: string;
  json: PackageJson;
  /** ESM always; CommonJS too when an export has a `require` condition. */
  formats: Format[];
  /** Names of the other public packages this one depends on (build them first). */
  internalDeps: string[];
}

/** A package `npm run build` compiles: a public one, or the server (serverPackage). */
export interface BuildPackage extends PublicPackage {
  /**
   * Compile these files (relative to the package) and what they import, instead of all of src/ without
   * its tests. The output mirrors `rootDir` under `outDir`.
   */
  entries?: string[];
  /** Absolute; the default is the package's src/. */
  rootDir?: string;
  /** Relative to the package; the default is dist/<format>. */
  outDir?: string;
  /** Emit .d.ts files (default true). */
  declaration?: boolean;
}

export function readJson<T = PackageJson>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function hasCondition(value: unknown, condition: string): boolean {
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => key === condition || hasCondition(inner, condition));
}

/** Every public workspace, in dependency order (a package comes after the public packages it uses). */
export function publicPackages(): PublicPackage[] {
  const root = readJson(join(repoRoot, 'package.json'));
  const workspaces = (root.workspaces as string[] | undefined) ?? [];
  const found = workspaces
    .map((folder) => ({
      folder,
      dir: join(repoRoot, folder),
      json: readJson(join(repoRoot, folder, 'package.json')),
    }))
    .filter(({ json }) => !json.private);
  const names = new Set(found.map((p) => p.json.name));
  const unordered = found.map(({ folder, dir, json }) => ({
    name: json.name,
    folder,
    dir,
    json,
    formats: (hasCondition(json.exports, 'require') ? ['esm', 'cjs'] : ['esm']) as Format[],
    internalDeps: Object.keys(json.dependencies ?? {}).filter((dep) => names.has(dep)),
  }));
  const ordered: PublicPackage[] = [];
  const visit = (pkg: PublicPackage, path: string[]) => {
    if (ordered.includes(pkg)) return;
    if (path.includes(pkg.name)) throw new Error(`dependency cycle: ${[...path, pkg.name].join(' → ')}`);
    for (const dep of pkg.internalDeps)
      visit(
        unordered.find((p) => p.name === dep)!,
        [...path, pkg.name],
      );
    ordered.push(pkg);
  };
  for (const pkg of unordered) visit(pkg, []);
  return ordered;
}

/**
 * The server, @ff/api: private (never published), yet compiled to api/dist/ because that is what the
 * image runs (Dockerfile): JavaScript on plain Node, @ff/engine from its dist/, no TypeScript. The build
 * starts from the entry point, so test helpers under src/ stay out. main.ts imports the CLI's profile
 * file (cli/src/config.ts, dependency-free: `npm start` writes the `local` profile), so the build's root
 * is the repository and api/dist/ mirrors it: api/dist/api/src/main.js, api/dist/cli/src/config.js.
 * ES modules only, no declarations: nothing imports the server's dist.
 */
export function serverPackage(): BuildPackage {
  const folder = 'api';
  const dir = join(repoRoot, folder);
  const json = readJson(join(dir, 'package.json'));
  const publicNames = new Set(publicPackages().map((p) => p.name));
  return {
    name: json.name,
    folder,
    dir,
    json,
    formats: ['esm'],
    internalDeps: Object.keys(json.dependencies ?? {}).filter((dep) => publicNames.has(dep)),
    entries: ['src/main.ts'],
    rootDir: repoRoot,
    outDir: 'dist',
    declaration: false,
  };
}

/** The server's entry in its build, relative to the repository (what the image's CMD runs). */
export const serverEntry = 'api/dist/api/src/main.js';

/** Everything `npm run build` compiles: the public packages, then the server. */
export function buildPackages(): BuildPackage[] {
  return [...publicPackages(), serverPackage()];
}
