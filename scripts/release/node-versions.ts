// Node binaries of each supported major for the packaging test, whatever Node the machine has: the npm
// packages `node@20` / `node@22` (their install script fetches the platform's binary package from the
// npm registry), installed once into a cache (FF_NODE_CACHE, default ~/.cache/ff/node/<major>).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { userEnv } from './pack.ts';

/** The Node majors users run the SDK and engine on; the CLI needs 22 or later. */
export const SDK_NODE_MAJORS = [20, 22, 24] as const;
export const CLI_NODE_MAJORS = [22, 24] as const;

const cacheRoot = () => process.env.FF_NODE_CACHE ?? join(homedir(), '.cache/ff/node');

/** The path of a `node` of this major: the running one if it matches, else the cached npm package's. */
export async function nodeBinary(major: number): Promise<string> {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  const dir = join(cacheRoot(), String(major));
  const bin = join(dir, 'node_modules/node/bin/node');
  if (existsSync(bin)) return bin;
  mkdirSync(cacheRoot(), { recursive: true });
  // Installed beside, then renamed into place: a failed or concurrent install never leaves half a cache.
  const work = mkdtempSync(join(cacheRoot(), `.${major}-`));
  try {
    writeFileSync(
      join(work, 'package.json'),
      JSON.stringify({ private: true, allowScripts: { node: true } }, null, 2),
    );
    await promisify(execFile)(
      'npm',
      ['install', '--no-audit', '--no-fund', '--no-package-lock', '--save=false', `node@${major}`],
      { cwd: work, env: userEnv(), maxBuffer: 16 << 20 },
    );
    if (!existsSync(join(work, 'node_modules/node/bin/node')))
      throw new Error(`npm install node@${major} left no node/bin/node`);
    if (!existsSync(bin)) renameSync(work, dir);
    return bin;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
