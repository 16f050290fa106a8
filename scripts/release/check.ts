// npm run release:check: packs the release into dist/release/ (scripts/release/pack.ts) and runs the
// packaging test on those very files (FF_RELEASE_DIR), so what was checked is what would be published.
// Publishes nothing.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { defaultOutDir, packAll } from './pack.ts';
import { repoRoot } from './packages.ts';

const release = await packAll({ out: defaultOutDir });
console.log(
  `packed ${release.packages.map((p) => p.name).join(', ')} and the ff executable into ${release.out}`,
);
const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'pkg'], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: { ...process.env, FF_RELEASE_DIR: release.out },
});
process.exit(run.status ?? 1);
