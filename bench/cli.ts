// bench:cli — cold-start wall time of the `ff` CLI as a user installs it: the release is packed
// (scripts/release/pack.ts, without the single executable) and installed with `npm install -g` into a
// temporary prefix, then a fresh `ff …` process per run (median of 10 after one warm-up for the OS file
// cache) on this Node (24), against a local API this script starts on an embedded database in a temporary
// directory. Prints numbers; never passes or fails.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packAll, userEnv } from '../scripts/release/pack.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 10);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const home = mkdtempSync(join(tmpdir(), 'ff-bench-cli-'));
const release = await packAll({ out: join(home, 'release'), sea: false });
const prefix = join(home, 'global');
const tarballs = ['engine', 'client', 'cli'].map(
  (f) => release.packages.find((p) => p.folder === f)!.tarball,
);
execFileSync('npm', ['install', '-g', '--no-audit', '--no-fund', ...tarballs], {
  env: userEnv({ npm_config_prefix: prefix }),
  stdio: 'ignore',
});
const ff = join(prefix, 'bin/ff');
const port = await freePort();
const env = {
  // This Node first, so the installed `ff` (#!/usr/bin/env node) runs on it.
  PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
  HOME: home,
  PORT: String(port),
  FF_DATA_DIR: join(home, 'data'),
  LOG_LEVEL: 'warn',
};
// The API's first start also writes the CLI's `local` profile into $HOME/.config/ff, which the runs use.
const api = spawn(process.execPath, ['--conditions=@ff/source', join(root, 'api/src/main.ts')], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve, reject) => {
  let out = '';
  api.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('CLI: profile')) resolve();
  });
  api.on('exit', (code) => reject(new Error(`the API exited (${code}) before it was ready`)));
});

function time(args: string[]): number[] {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(ff, args, {
      env,
      cwd: home,
      encoding: 'utf8',
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`ff ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) samples.push(ms); // the first run warms the file cache
  }
  return samples.sort((a, b) => a - b);
}

const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
console.log(
  `installed ff CLI (npm install -g) cold start, node ${process.version}, median of ${runs} (min … max)`,
);
try {
  for (const args of [['--version'], ['--help'], ['flags', 'list', '--json']]) {
    const xs = time(args);
    console.log(
      `  ff ${args.join(' ').padEnd(20)} ${median(xs).toFixed(0).padStart(5)} ms   (${xs[0]!.toFixed(0)} … ${xs.at(-1)!.toFixed(0)})`,
    );
  }
} finally {
  api.kill('SIGTERM');
  await new Promise((resolve) => api.on('exit', resolve));
  rmSync(home, { recursive: true, force: true });
}
