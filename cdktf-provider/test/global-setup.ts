// Runs once per run of the tf project, before any test file: bundles the provider (esbuild, as
// scripts/release/sea.ts does for the release) into a temporary folder that the suites' CLI configs point
// dev_overrides at (terraform.ts, cliConfig). Performance note: Terraform starts the provider 2-5 times per
// command, and a suite runs dozens of commands. Started from its TypeScript sources, each start costs ~0.9 s
// of CPU (type stripping and resolving some 300 modules); the bundle starts in ~0.4 s, which took a third off
// the CPU time of provider.tf.test.ts. The sources still run where the launch itself is what is tested:
// protocol.tf.test.ts spawns bin/terraform-provider-ff, and readme.tf.test.ts's README config points at bin/.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder holding an executable terraform-provider-ff: the bundled provider. */
    ffProviderDir: string;
  }
}

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'ff-provider-'));
  // The bundle keeps the source's depth below the package (src/plugin/proto-files.ts finds the .proto
  // files at ../../proto/ from its import.meta.url), and proto/ is a link to the package's folder.
  const bundle = join(dir, 'src', 'plugin', 'main.mjs');
  symlinkSync(join(packageRoot, 'proto'), join(dir, 'proto'));
  await build({
    entryPoints: [join(packageRoot, 'src', 'main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    conditions: ['@ff/source'],
    // CommonJS dependencies inside the ES module bundle call require() for Node's builtins.
    banner: {
      js: `import { createRequire as __ffCreateRequire } from 'node:module';\nconst require = __ffCreateRequire(import.meta.url);`,
    },
    logLevel: 'warning',
  });
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const executable = join(bin, 'terraform-provider-ff');
  // The Node running vitest: the repository's Node 24, as bin/terraform-provider-ff uses.
  writeFileSync(
    executable,
    `#!/bin/sh\nexec '${process.execPath}' --disable-warning=ExperimentalWarning '${bundle}' "$@"\n`,
  );
  chmodSync(executable, 0o755);
  project.provide('ffProviderDir', bin);
  return () => rmSync(dir, { recursive: true, force: true });
}
