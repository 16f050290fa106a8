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
  /**
   * Names of the private workspaces this one depends on (`@ff/sdk-shared`): never published, so the
   * build compiles them into this package's dist (`dist/<format>/_<folder>/`) and the published
   * package.json does not name them (see bundledPackages).
   */
  bundled: string[];
  /**
   * Dependency-free modules of other public packages (`@ff/engine/openfeature`) that this one imports
   * without depending on their package: the build copies each module, with the files it imports, into
   * `dist/<format>/_<folder>/` and points the imports there (see vendoredModules).
   */
  vendored: string[];
  /** tsc's `target` when not tsconfig.base.json's (ES2024, for Node): see BROWSER_TARGET. */
  target?: string;
}

/**
 * The JavaScript level of packages that run in browsers, and of what is compiled into them: ES2020, what a
 * web app's bundler commonly accepts without transpiling dependencies (no private class fields or `??=`
 * left for it to lower).
 */
const BROWSER_TARGET = 'es2020';

/**
 * The browser SDK uses the engine's OpenFeature mapping (the one place it is written: ARCHITECTURE.md)
 * but must not make users install the engine, whose schemas and regex engine a page has no use for; the
 * mapping's module and what it imports are dependency-free, so they are compiled into the SDK instead.
 */
const vendoredModules: Record<string, string[]> = { '@ff/sdk-browser': ['@ff/engine/openfeature'] };

/** The package a module specifier names (`@ff/engine/openfeature` → `@ff/engine`). */
export const packageOf = (specifier: string): string => specifier.split('/').slice(0, 2).join('/');
const browserPackages = new Set(['@ff/sdk-browser', '@ff/sdk-shared']);
const targetOf = (name: string) => (browserPackages.has(name) ? { target: BROWSER_TARGET } : {});

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

const formatsOf = (json: PackageJson): Format[] =>
  hasCondition(json.exports, 'require') ? ['esm', 'cjs'] : ['esm'];

function workspaces(): { folder: string; dir: string; json: PackageJson }[] {
  const root = readJson(join(repoRoot, 'package.json'));
  return ((root.workspaces as string[] | undefined) ?? []).map((folder) => ({
    folder,
    dir: join(repoRoot, folder),
    json: readJson(join(repoRoot, folder, 'package.json')),
  }));
}

const privateWorkspaces = () => workspaces().filter(({ json }) => json.private);

/**
 * The private workspaces that public packages depend on (`@ff/sdk-shared`, the code both SDKs share;
 * ARCHITECTURE.md): built like a public package, then copied into each dependent's dist, whose imports
 * of it are rewritten to that copy (build.ts). One entry point (".") and no dependencies of their own, so
 * the copy is all a user needs.
 */
export function bundledPackages(): BuildPackage[] {
  const wanted = new Set(publicPackages().flatMap((p) => p.bundled));
  return privateWorkspaces()
    .filter(({ json }) => wanted.has(json.name))
    .map(({ folder, dir, json }) => {
      const entries = Object.keys(json.exports ?? {}).filter((e) => e !== './package.json');
      if (entries.join() !== '.' || Object.keys(json.dependencies ?? {}).length > 0)
        throw new Error(`${json.name}: a bundled workspace has one entry point (".") and no dependencies`);
      return {
        name: json.name,
        folder,
        dir,
        json,
        formats: formatsOf(json),
        internalDeps: [],
        bundled: [],
        vendored: [],
        ...targetOf(json.name),
      };
    });
}

/** Every public workspace, in dependency order (a package comes after the public packages it uses). */
export function publicPackages(): PublicPackage[] {
  const found = workspaces().filter(({ json }) => !json.private);
  const names = new Set(found.map((p) => p.json.name));
  const internal = new Set(privateWorkspaces().map((p) => p.json.name));
  const unordered = found.map(({ folder, dir, json }) => ({
    name: json.name,
    folder,
    dir,
    json,
    formats: formatsOf(json),
    internalDeps: Object.keys(json.dependencies ?? {}).filter((dep) => names.has(dep)),
    bundled: Object.keys(json.dependencies ?? {}).filter((dep) => internal.has(dep)),
    vendored: vendoredModules[json.name] ?? [],
    ...targetOf(json.name),
  }));
  const ordered: PublicPackage[] = [];
  const visit = (pkg: PublicPackage, path: string[]) => {
    if (ordered.includes(pkg)) return;
    if (path.includes(pkg.name)) throw new Error(`dependency cycle: ${[...path, pkg.name].join(' → ')}`);
    for (const dep of [...pkg.internalDeps, ...pkg.vendored.map(packageOf)])
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
    bundled: [],
    vendored: [],
    entries: ['src/main.ts'],
    rootDir: repoRoot,
    outDir: 'dist',
    declaration: false,
  };
}

/** The server's entry in its build, relative to the repository (what the image's CMD runs). */
export const serverEntry = 'api/dist/api/src/main.js';

/** Everything `npm run build` compiles: the bundled workspaces, the public packages, then the server. */
export function buildPackages(): BuildPackage[] {
  return [...bundledPackages(), ...publicPackages(), serverPackage()];
}
