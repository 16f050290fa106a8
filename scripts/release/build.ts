// npm run build: compiles every public package (scripts/release/packages.ts) from src/ to JavaScript with
// plain `tsc`: dist/esm/ (ES modules), and dist/cjs/ (CommonJS) for packages whose exports offer
// `require`; each with .d.ts types and sourcemaps that embed their TypeScript. Nothing in the repository
// needs this: development and tests run on sources through the `@ff/source` export condition. Only
// packing does (scripts/release/pack.ts). Why tsc and not a bundler: see README.md, "Packages".
// It also compiles the server (@ff/api, private) to api/dist/, which the image runs (Dockerfile; see
// serverPackage in packages.ts).
//
// The CommonJS build is the same compiler, in CommonJS mode: `module: nodenext` decides a file's output
// format by the `type` of its nearest package.json, so the sources are copied under a folder whose
// package.json says `"type": "commonjs"` and compiled from there (tshy's technique, without touching the
// sources that other processes may be reading). The copy is type-checked as CommonJS, so `import.meta`
// or top-level await, which CommonJS cannot express, fail the build instead of a user's require().
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bundledPackages, buildPackages, packageOf, publicPackages, repoRoot } from './packages.ts';
import type { BuildPackage, Format, PublicPackage } from './packages.ts';

const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** tsc's options for a published build, on top of tsconfig.base.json (which is for type-checking only). */
function compilerOptions(
  rootDir: string,
  outDir: string,
  format: Format,
  declaration: boolean,
  target: string | undefined,
) {
  return {
    ...(target ? { target } : {}),
    noEmit: false,
    rootDir,
    outDir,
    declaration,
    sourceMap: true,
    // The maps carry the TypeScript itself, since src/ is not shipped.
    inlineSources: true,
    // `./x.ts` in the sources is `./x.js` in the output.
    rewriteRelativeImportExtensions: true,
    // Other ff packages resolve to their built types (dist), as they will for users, not to sources.
    customConditions: [],
    incremental: false,
    // verbatimModuleSyntax forbids import/export syntax in CommonJS files; the ESM build (and `npm run
    // typecheck`) still enforce it on the sources.
    ...(format === 'cjs' ? { verbatimModuleSyntax: false } : {}),
  };
}

async function compile(pkg: BuildPackage, format: Format): Promise<void> {
  const outDir = join(pkg.dir, pkg.outDir ?? join('dist', format));
  const work = join(pkg.dir, 'dist', `.build-${format}`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  let srcDir = join(pkg.dir, 'src');
  if (format === 'cjs') {
    if (pkg.entries || pkg.rootDir) throw new Error(`${pkg.name}: a CommonJS build compiles all of src/`);
    // A copy of the sources (tests left out) in a CommonJS package scope.
    const copy = join(work, 'src');
    cpSync(srcDir, copy, { recursive: true, filter: (from) => !isTest(from) });
    writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'commonjs' }));
    srcDir = copy;
  }
  const rootDir = pkg.rootDir ?? srcDir;
  const config = join(work, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(repoRoot, 'tsconfig.base.json'),
      compilerOptions: compilerOptions(rootDir, outDir, format, pkg.declaration ?? true, pkg.target),
      ...(pkg.entries
        ? { files: pkg.entries.map((entry) => join(pkg.dir, entry)) }
        : { include: [srcDir], exclude: [join(srcDir, '**/*.test.ts')] }),
    }),
  );
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', config], { cwd: pkg.dir, maxBuffer: 16 << 20 });
  } catch (thrown) {
    const err = thrown as Error & { stdout?: string };
    throw new Error(`tsc (${pkg.name}, ${format}) failed:\n${err.stdout ?? err.message}`, { cause: thrown });
  }
  // Hand-written ambient declarations (*.d.ts in src) are inputs, not outputs: tsc does not copy them;
  // nor JavaScript in src (the API's generated request validators, typed by a .d.ts beside them).
  copyInputs(srcDir, join(outDir, relative(rootDir, srcDir)), pkg.declaration ?? true);
  if (format === 'cjs') {
    writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');
    pointMapsAtSources(outDir, srcDir, join(pkg.dir, 'src'));
  }
  for (const name of pkg.bundled) bundleInto(outDir, name, format);
  for (const specifier of pkg.vendored) vendorInto(outDir, specifier, format);
  rmSync(work, { recursive: true, force: true });
}

/**
 * Copies the build of the private workspace `name` (built first: see buildAll) into `outDir/_<folder>/`
 * and points this build's imports of `name` at the copy, in the JavaScript and in the declarations, so
 * the published package needs no package of that name. tsc compiled against the workspace's built
 * types, and the copy is those very files.
 */
function bundleInto(outDir: string, name: string, format: Format): void {
  const bundled = bundledPackages().find((p) => p.name === name);
  if (!bundled) throw new Error(`${name} is no bundled workspace`);
  const copy = join(outDir, `_${bundled.folder}`);
  cpSync(join(bundled.dir, 'dist', format), copy, { recursive: true });
  const specifier = new RegExp(`(['"])${name.replace(/[/.]/g, '\\$&')}\\1`, 'g');
  for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || file.startsWith(copy + '/') || !/\.(c?js|d\.c?ts)$/.test(entry.name)) continue;
    const text = readFileSync(file, 'utf8');
    if (!text.includes(name)) continue;
    let target = relative(entry.parentPath, join(copy, 'index.js'));
    if (!target.startsWith('.')) target = `./${target}`;
    writeFileSync(
      file,
      text.replace(specifier, (_, quote: string) => `${quote}${target}${quote}`),
    );
  }
}

/**
 * Copies the built module `specifier` names (`@ff/engine/openfeature`) and every file it imports, with
 * their declarations and maps, into `outDir/_<folder>/`, and points this build's imports of `specifier`
 * at the copy. The walk follows relative imports only; an import of a package would be a dependency the
 * vendored module may not have, so it fails the build.
 */
function vendorInto(outDir: string, specifier: string, format: Format): void {
  const from = publicPackages().find((p) => p.name === packageOf(specifier));
  if (!from) throw new Error(`${specifier}: no public package ${packageOf(specifier)}`);
  const sub = `.${specifier.slice(from.name.length)}`;
  const entry = (from.json.exports as Record<string, Record<string, { default?: string }>> | undefined)?.[
    sub
  ]?.[format === 'cjs' ? 'require' : 'import']?.default;
  if (!entry) throw new Error(`${specifier}: ${from.name} exports no ${sub} for ${format}`);
  const distRoot = join(from.dir, 'dist', format);
  const copy = join(outDir, `_${from.folder}`);
  const relativeImport = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
  const seen = new Set<string>();
  const queue = [join(from.dir, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    if (!file.startsWith(distRoot + '/')) throw new Error(`${specifier}: imports ${file}, outside its build`);
    seen.add(file);
    const declaration = file.replace(/\.(c?)js$/, '.d.$1ts');
    for (const part of [file, `${file}.map`, declaration, `${declaration}.map`]) {
      if (!existsSync(part)) continue;
      const target = join(copy, relative(distRoot, part));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(part, target);
      if (part.endsWith('.map')) continue;
      const text = readFileSync(part, 'utf8');
      if (/(?:from\s*|require\s*\(\s*)['"](?!\.)[^'"]+['"]/.test(text))
        throw new Error(`${specifier}: ${relative(from.dir, part)} imports a package; it cannot be vendored`);
      // Declarations keep the sources' `./x.ts` specifiers; the module behind one is `./x.js`.
      for (const m of text.matchAll(relativeImport))
        queue.push(join(dirname(part), m[2]!.replace(/(?<!\.d)\.(c|m)?ts$/, '.$1js')));
    }
  }
  const pattern = new RegExp(`(['"])${specifier.replace(/[/.]/g, '\\$&')}\\1`, 'g');
  const copiedEntry = join(copy, relative(distRoot, join(from.dir, entry)));
  for (const item of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    const file = join(item.parentPath, item.name);
    if (!item.isFile() || file.startsWith(copy + '/') || !/\.(c?js|d\.c?ts)$/.test(item.name)) continue;
    const text = readFileSync(file, 'utf8');
    if (!text.includes(specifier)) continue;
    let target = relative(item.parentPath, copiedEntry);
    if (!target.startsWith('.')) target = `./${target}`;
    writeFileSync(
      file,
      text.replace(pattern, (_, quote: string) => `${quote}${target}${quote}`),
    );
  }
}

function copyInputs(from: string, to: string, declarations: boolean): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    const wanted = entry.name.endsWith('.js') || (declarations && entry.name.endsWith('.d.ts'));
    if (!entry.isFile() || !wanted) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(source, target);
  }
}

/** The CommonJS maps name the temporary copy; make them name src/ like the ESM maps do. */
function pointMapsAtSources(outDir: string, copy: string, src: string): void {
  for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js.map')) continue;
    const file = join(entry.parentPath, entry.name);
    const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] };
    map.sources = map.sources.map((source) => {
      const absolute = join(entry.parentPath, source);
      const inSrc = join(src, relative(copy, absolute));
      return relative(entry.parentPath, inSrc);
    });
    writeFileSync(file, JSON.stringify(map));
  }
}

export interface BuildResult {
  name: string;
  formats: Format[];
  seconds: number;
}

/**
 * Builds `packages` (default: every public package). A package starts once the public packages it depends
 * on are built (their types are what it compiles against), so independent ones compile in parallel.
 */
export async function buildAll(
  packages: BuildPackage[] = [...bundledPackages(), ...publicPackages()],
): Promise<BuildResult[]> {
  const done = new Map<string, Promise<BuildResult>>();
  const build = (pkg: BuildPackage): Promise<BuildResult> => {
    let running = done.get(pkg.name);
    if (!running) {
      running = (async () => {
        await Promise.all(
          [...pkg.internalDeps, ...pkg.bundled, ...pkg.vendored.map(packageOf)].map((dep) => {
            const dependency = packages.find((p) => p.name === dep);
            if (!dependency) throw new Error(`${pkg.name} needs ${dep} built first`);
            return build(dependency);
          }),
        );
        const started = performance.now();
        for (const format of pkg.formats) await compile(pkg, format);
        return { name: pkg.name, formats: pkg.formats, seconds: (performance.now() - started) / 1000 };
      })();
      done.set(pkg.name, running);
    }
    return running;
  };
  return Promise.all(packages.map(build));
}

/** Whether `pkg` has a build (the packaging steps check before they pack). */
export function isBuilt(pkg: PublicPackage): boolean {
  return pkg.formats.every((format) => existsSync(join(pkg.dir, 'dist', format)));
}

/** The packages `names` name, with the packages they depend on (all of buildPackages() for none). */
export function selectPackages(names: string[]): BuildPackage[] {
  const all = buildPackages();
  if (names.length === 0) return all;
  const unknown = names.filter((name) => !all.some((p) => p.name === name));
  if (unknown.length > 0)
    throw new Error(`no package ${unknown.join(', ')} to build (${all.map((p) => p.name).join(', ')})`);
  const chosen = new Set<string>();
  const add = (name: string) => {
    if (chosen.has(name)) return;
    chosen.add(name);
    const pkg = all.find((p) => p.name === name)!;
    for (const dep of [...pkg.internalDeps, ...pkg.bundled, ...pkg.vendored.map(packageOf)]) add(dep);
  };
  names.forEach(add);
  return all.filter((p) => chosen.has(p.name));
}

// npm run build [-- <package>…]: every package, or the named ones and what they depend on
// (the image builds `@ff/api`: the engine, then the server).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let packages: BuildPackage[];
  try {
    packages = selectPackages(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`build: ${(err as Error).message}\n`);
    process.exit(2);
  }
  const started = performance.now();
  for (const result of await buildAll(packages))
    console.log(
      `${result.name.padEnd(20)} ${result.formats.join('+').padEnd(8)} ${result.seconds.toFixed(1)} s`,
    );
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
