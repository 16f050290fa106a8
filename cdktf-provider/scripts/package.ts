// npm run package -w @ff/cdktf-provider [-- --out DIR]: a release of terraform-provider-ff that needs
// nothing from the repository, for the machine it runs on (a Node single executable application embeds
// the Node binary that builds it, so there is no cross-building: one build per os/arch).
//   1-2. scripts/release/sea.ts (shared with the CLI's single executable): esbuild bundles src/main.ts and
//      every dependency into one ES module, and a Node single executable application holds it with the
//      .proto files as assets: terraform-provider-ff_v<VERSION>.
//   3. The packed layout Terraform installs from: terraform-provider-ff_<VERSION>_<os>_<arch>.zip (the
//      executable alone, mode 0755), and SHA256SUMS.
// Output goes to DIR (default cdktf-provider/dist/); the intermediate files go to a temporary folder.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSea, writeZip } from '../../scripts/release/sea.ts';
import { PROTO_ASSET_PREFIX } from '../src/plugin/proto-files.ts';
import { VERSION } from '../src/provider.ts';

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const defaultOutDir = join(packageRoot, 'dist');
const NAME = 'terraform-provider-ff';

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
  const protoSource = join(packageRoot, 'proto');
  const assets: Record<string, string> = {};
  for (const file of readdirSync(protoSource).filter((f) => f.endsWith('.proto')))
    assets[PROTO_ASSET_PREFIX + file] = join(protoSource, file);
  mkdirSync(outDir, { recursive: true });
  const sea = await buildSea({
    entry: join(packageRoot, 'src/main.ts'),
    executable: join(outDir, `${NAME}_v${VERSION}`),
    sourceName: `${NAME}_v${VERSION}.mjs`,
    assets,
    // Other ff packages from their sources, as everywhere in the repository.
    conditions: ['@ff/source'],
  });
  const { executable } = sea;

  const zip = join(outDir, `${NAME}_${VERSION}_${target}.zip`);
  rmSync(zip, { force: true });
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
    bundleBytes: sea.bundleBytes,
    executableBytes: sea.executableBytes,
    zipBytes,
    seconds: (performance.now() - started) / 1000,
  };
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
