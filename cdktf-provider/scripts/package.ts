// npm run package -w @ff/cdktf-provider [-- --out DIR]: a release of terraform-provider-ff that needs
// nothing from the repository, for the machine it runs on (a Node single executable application embeds
// the Node binary that builds it, so there is no cross-building: one build per os/arch).
//   1. esbuild bundles src/main.ts and every dependency into one ES module (only node: builtins stay
//      imports).
//   2. Node's single executable application: a preparation blob (`node --experimental-sea-config`) holding
//      a small CommonJS main, the bundle and the .proto files as assets, injected with postject into a copy
//      of this Node 24 binary at the documented sentinel fuse: terraform-provider-ff_v<VERSION>.
//   3. The packed layout Terraform installs from: terraform-provider-ff_<VERSION>_<os>_<arch>.zip (the
//      executable alone, mode 0755), and SHA256SUMS.
// Output goes to DIR (default cdktf-provider/dist/); the intermediate files go to a temporary folder.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { crc32, deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { PROTO_ASSET_PREFIX } from '../src/plugin/proto-files.ts';
import { VERSION } from '../src/provider.ts';

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const defaultOutDir = join(packageRoot, 'dist');
const NAME = 'terraform-provider-ff';
// The sentinel postject flips so that Node looks for the injected blob (Node's SEA documentation).
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const MAIN_ASSET = 'main.mjs';

// Node 24 runs an injected main script as CommonJS only, and src/main.ts awaits at top level, which
// CommonJS cannot express: so the injected main imports the bundle, kept as an asset, from a data: URL.
// A data: URL module may import only node: builtins, which is all the bundle imports.
const seaMain = `const { getAsset } = require('node:sea');
import('data:text/javascript;base64,' + Buffer.from(getAsset(${JSON.stringify(MAIN_ASSET)})).toString('base64'));
`;

// CommonJS dependencies inside the ES module bundle still call require() for builtins; esbuild's shim uses
// a require in scope. import.meta.url is the data: URL, so the require is anchored at the executable.
const banner = `import { createRequire as __ffCreateRequire } from 'node:module';
const require = __ffCreateRequire(process.execPath);`;
// Stack traces name the bundle instead of the whole data: URL.
const footer = `//# sourceURL=${NAME}_v${VERSION}.mjs`;

/** Terraform's spelling of this machine's platform (`linux_amd64`, `darwin_arm64`, …). */
export function terraformTarget(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string {
  // The plugin server listens on a unix socket (go-plugin's transport outside Windows); Node publishes
  // official builds, which carry the SEA fuse, for these.
  const oses = ['linux', 'darwin'];
  const archs: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm' };
  if (!oses.includes(platform) || !archs[arch])
    throw new Error(`${NAME} is packaged on linux or darwin (x64, arm64, arm), not on ${platform}/${arch}`);
  return `${platform}_${archs[arch]}`;
}

export interface Package {
  version: string;
  /** `<os>_<arch>` as Terraform spells it. */
  target: string;
  executable: string;
  zip: string;
  sha256sums: string;
  /** The zip's SHA-256 (hex), as in SHA256SUMS. */
  zipSha256: string;
  bundleBytes: number;
  executableBytes: number;
  zipBytes: number;
  seconds: number;
}

/** Builds the executable, its zip and SHA256SUMS into `outDir` (created if needed). */
export async function buildPackage(outDir: string = defaultOutDir): Promise<Package> {
  const started = performance.now();
  const target = terraformTarget();
  // The executable is a copy of the Node running this script; the injected main relies on Node 24.
  if (Number(process.versions.node.split('.')[0]) < 24)
    throw new Error(`package with Node 24 (node_modules/.bin/node), not ${process.version}`);
  const work = mkdtempSync(join(tmpdir(), 'ff-package-'));
  try {
    const bundle = join(work, MAIN_ASSET);
    await build({
      entryPoints: [join(packageRoot, 'src/main.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      banner: { js: banner },
      footer: { js: footer },
      logLevel: 'warning',
    });

    const protoSource = join(packageRoot, 'proto');
    const assets: Record<string, string> = { [MAIN_ASSET]: bundle };
    for (const file of readdirSync(protoSource).filter((f) => f.endsWith('.proto')))
      assets[PROTO_ASSET_PREFIX + file] = join(protoSource, file);
    writeFileSync(join(work, 'main.cjs'), seaMain);
    const blob = join(work, 'sea.blob');
    const seaConfig = join(work, 'sea-config.json');
    writeFileSync(
      seaConfig,
      JSON.stringify({
        main: join(work, 'main.cjs'),
        output: blob,
        // Terraform logs the plugin's stderr; the warning would be in every log.
        disableExperimentalSEAWarning: true,
        assets,
      }),
    );
    run(process.execPath, ['--experimental-sea-config', seaConfig]);

    mkdirSync(outDir, { recursive: true });
    const executable = join(outDir, `${NAME}_v${VERSION}`);
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

    const zip = join(outDir, `${NAME}_${VERSION}_${target}.zip`);
    const zipBytes = writeZip(zip, basename(executable), readFileSync(executable), 0o755);
    const zipSha256 = createHash('sha256').update(readFileSync(zip)).digest('hex');
    const sha256sums = join(outDir, 'SHA256SUMS');
    writeFileSync(sha256sums, `${zipSha256}  ${basename(zip)}\n`);

    return {
      version: VERSION,
      target,
      executable,
      zip,
      sha256sums,
      zipSha256,
      bundleBytes: statSync(bundle).size,
      executableBytes: statSync(executable).size,
      zipBytes,
      seconds: (performance.now() - started) / 1000,
    };
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

/**
 * Writes a zip holding one deflated file with unix permissions (Terraform keeps the mode when it unpacks,
 * so the provider stays executable). Returns the zip's size. A hand-written writer instead of a
 * dependency: one entry, well under zip64's 4 GiB limits.
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const built = await buildPackage(values.out ? resolve(values.out) : defaultOutDir);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  console.log(`${NAME} ${built.version} for ${built.target} (this machine's platform only)`);
  console.log(`  ${built.executable}  ${mb(built.executableBytes)} (bundle ${mb(built.bundleBytes)})`);
  console.log(`  ${built.zip}  ${mb(built.zipBytes)}`);
  console.log(`  ${built.sha256sums}`);
  console.log(`built in ${built.seconds.toFixed(1)} s`);
}
