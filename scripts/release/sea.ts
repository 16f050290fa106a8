// A Node single executable application (SEA) from one TypeScript entry: what terraform-provider-ff
// (cdktf-provider/scripts/package.ts) and the `ff` CLI (scripts/release/cli-sea.ts) ship as, so neither
// needs Node, npm or the repository on the machine that runs it. An SEA embeds the Node binary that builds
// it, so there is no cross-building: one build per os/arch, on that os/arch.
//   1. esbuild bundles the entry and every dependency into one ES module (only node: builtins stay imports).
//   2. A preparation blob (`node --experimental-sea-config`) holds a small CommonJS main, the bundle and any
//      other assets; postject injects it into a copy of this Node 24 binary at the documented sentinel fuse.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';

// The sentinel postject flips so that Node looks for the injected blob (Node's SEA documentation).
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
/** The asset holding the bundle. */
export const MAIN_ASSET = 'main.mjs';

// Node 24 runs an injected main script as CommonJS only, and the entries await at top level, which
// CommonJS cannot express: so the injected main imports the bundle, kept as an asset, from a data: URL.
// A data: URL module may import only node: builtins, which is all the bundle imports.
const seaMain = `const { getAsset } = require('node:sea');
import('data:text/javascript;base64,' + Buffer.from(getAsset(${JSON.stringify(MAIN_ASSET)})).toString('base64'));
`;

// CommonJS dependencies inside the ES module bundle still call require() for builtins; esbuild's shim uses
// a require in scope. import.meta.url is the data: URL, so the require is anchored at the executable.
const banner = `import { createRequire as __ffCreateRequire } from 'node:module';
const require = __ffCreateRequire(process.execPath);`;

/**
 * Packages a dependency imports only on an opt-in path the executable never takes, and that are not
 * installed: Ink loads react-devtools-core only when DEV=true and the package resolves. The bundle gets an
 * empty module for them instead of failing to build.
 */
const optionalAbsent = /^react-devtools-core$/;
const absentOptionalPackages: Plugin = {
  name: 'ff-absent-optional-packages',
  setup(b) {
    b.onResolve({ filter: optionalAbsent }, (args) => ({ path: args.path, namespace: 'ff-absent' }));
    b.onLoad({ filter: /.*/, namespace: 'ff-absent' }, () => ({
      contents: 'export default {};',
      loader: 'js',
    }));
  },
};

export interface SeaOptions {
  /** The TypeScript (or JavaScript) entry module. */
  entry: string;
  /** The executable to write (its folder is created). */
  executable: string;
  /** The name stack traces give the bundle (`terraform-provider-ff_v0.1.0.mjs`). */
  sourceName: string;
  /** More assets by name (read with `node:sea`'s getAsset): file paths. */
  assets?: Record<string, string>;
  /** Export conditions for resolving packages (e.g. the repository's source condition). */
  conditions?: string[];
}

export interface Sea {
  executable: string;
  bundleBytes: number;
  executableBytes: number;
}

/** Builds the single executable; the intermediate files go to a temporary folder. */
export async function buildSea(options: SeaOptions): Promise<Sea> {
  // The executable is a copy of the Node running this script; the injected main relies on Node 24.
  if (Number(process.versions.node.split('.')[0]) < 24)
    throw new Error(`build single executables with Node 24 (node_modules/.bin/node), not ${process.version}`);
  const work = mkdtempSync(join(tmpdir(), 'ff-sea-'));
  try {
    const bundle = join(work, MAIN_ASSET);
    await build({
      entryPoints: [options.entry],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      ...(options.conditions ? { conditions: options.conditions } : {}),
      banner: { js: banner },
      plugins: [absentOptionalPackages],
      // Stack traces name the bundle instead of the whole data: URL.
      footer: { js: `//# sourceURL=${options.sourceName}` },
      logLevel: 'warning',
    });

    writeFileSync(join(work, 'main.cjs'), seaMain);
    const blob = join(work, 'sea.blob');
    const seaConfig = join(work, 'sea-config.json');
    writeFileSync(
      seaConfig,
      JSON.stringify({
        main: join(work, 'main.cjs'),
        output: blob,
        // Programs whose stderr is read (Terraform logs the plugin's) should not open with a warning.
        disableExperimentalSEAWarning: true,
        assets: { [MAIN_ASSET]: bundle, ...options.assets },
      }),
    );
    run(process.execPath, ['--experimental-sea-config', seaConfig]);

    const { executable } = options;
    mkdirSync(dirname(executable), { recursive: true });
    rmSync(executable, { force: true });
    copyFileSync(process.execPath, executable);
    chmodSync(executable, 0o755);
    const darwin = process.platform === 'darwin';
    // macOS: the copied binary's signature would be invalid after the injection, so it is removed and the
    // result signed ad hoc (Node's SEA documentation). Not exercised here: this machine builds linux only.
    if (darwin) run('codesign', ['--remove-signature', executable]);
    const postject = createRequire(import.meta.url).resolve('postject/dist/cli.js');
    run(process.execPath, [
      postject,
      executable,
      'NODE_SEA_BLOB',
      blob,
      '--sentinel-fuse',
      SEA_FUSE,
      ...(darwin ? ['--macho-segment-name', 'NODE_SEA'] : []),
    ]);
    if (darwin) run('codesign', ['--sign', '-', executable]);
    return { executable, bundleBytes: statSync(bundle).size, executableBytes: statSync(executable).size };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): void {
  try {
    // Output is kept for failures only: postject prints LIEF's harmless ELF warnings on success.
    execFileSync(command, args, { stdio: 'pipe', maxBuffer: 16 * 1024 * 1024 });
  } catch (thrown) {
    const err = thrown as Error & { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `${basename(command)} ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`,
      { cause: thrown },
    );
  }
}

/** SHA-256 of a file, hex (the format of SHA256SUMS lines: `<hex>  <file name>`). */
export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Writes a zip holding one deflated file with unix permissions (Terraform and unzip keep the mode when
 * they unpack, so the executable stays executable). Returns the zip's size. A hand-written writer instead
 * of a dependency: one entry, well under zip64's 4 GiB limits.
 */
export function writeZip(path: string, name: string, data: Buffer, mode: number): number {
  const compressed = deflateRawSync(data);
  if (data.length >= 0xffffffff || compressed.length >= 0xffffffff)
    throw new Error(`${name} is too big for zip32`);
  const fileName = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const now = new Date();
  const dosTime = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const dosDate = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  const UTF8 = 0x0800;
  const DEFLATE = 8;
  const VERSION_NEEDED = 20;
  const MADE_BY_UNIX = (3 << 8) | VERSION_NEEDED;

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(VERSION_NEEDED, 4);
  local.writeUInt16LE(UTF8, 6);
  local.writeUInt16LE(DEFLATE, 8);
  local.writeUInt16LE(dosTime, 10);
  local.writeUInt16LE(dosDate, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  local.writeUInt16LE(0, 28);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(MADE_BY_UNIX, 4);
  central.writeUInt16LE(VERSION_NEEDED, 6);
  central.writeUInt16LE(UTF8, 8);
  central.writeUInt16LE(DEFLATE, 10);
  central.writeUInt16LE(dosTime, 12);
  central.writeUInt16LE(dosDate, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  // extra field, comment, disk number, internal attributes: all 0 (Buffer.alloc zero-fills)
  central.writeUInt32LE(((0o100000 | mode) << 16) >>> 0, 38); // external attributes: a regular file + mode
  central.writeUInt32LE(0, 42); // the local header's offset

  const centralOffset = local.length + fileName.length + compressed.length;
  const centralSize = central.length + fileName.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralOffset, 16);

  const zip = Buffer.concat([local, fileName, compressed, central, fileName, end]);
  writeFileSync(path, zip);
  return zip.length;
}
