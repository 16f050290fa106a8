// bench:refs — how long `ff refs` takes on a 100,000-file tree (issue 14 aims under 10 s). Generates the
// tree in a temporary directory (TypeScript-like sources with references, .gitignore'd build output and
// dependencies at several levels, binary and oversized files), then times: the walk alone, the scan in
// process, the scan with worker threads (the default for large trees), and the installed command end to
// end (`ff refs --keys-from … --json`, a fresh process). Prints numbers; it never passes or fails.
//   npm run bench:refs [-- --files 100000]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanTree } from '../cli/src/refs/run.ts';
import { walk } from '../cli/src/refs/scan.ts';

const argIndex = process.argv.indexOf('--files');
const FILES = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 100_000;
const FLAGS = 1000;
const keys = Array.from(
  { length: FLAGS },
  (_, i) => `flag-${i}-${['checkout', 'search', 'banner', 'pricing'][i % 4]}`,
);

/** A deterministic PRNG (mulberry32) so every run scans the same tree. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function source(random: () => number, i: number): string {
  const lines: string[] = [`// module ${i}`, `import { client } from '../client';`, ''];
  const count = 20 + Math.floor(random() * 60);
  for (let l = 0; l < count; l++) {
    const r = random();
    if (r < 0.03)
      lines.push(`  if (client.isEnabled('${keys[Math.floor(random() * FLAGS)]}', ctx)) render();`);
    else if (r < 0.04)
      lines.push(`  const v = client.getValue("${keys[Math.floor(random() * FLAGS)]}", ctx, 'x');`);
    else if (r < 0.045) lines.push(`  track('checkout-${l}', { label: "not-a-flag-${l}" });`);
    else
      lines.push(
        `  const value${l} = compute(${l}, 'item-${l}', options.limit * ${l}); // some ordinary code`,
      );
  }
  return lines.join('\n');
}

function generate(root: string): { written: number; ignored: number } {
  const random = prng(42);
  let written = 0;
  let ignored = 0;
  writeFileSync(join(root, '.gitignore'), 'node_modules/\ndist/\n*.log\n');
  const perDir = 100;
  const dirs = Math.ceil(FILES / perDir);
  for (let d = 0; d < dirs && written + ignored < FILES; d++) {
    const dir = join(root, `pkg-${Math.floor(d / 50)}`, 'src', `mod-${d}`);
    mkdirSync(dir, { recursive: true });
    if (d % 50 === 0)
      writeFileSync(join(root, `pkg-${Math.floor(d / 50)}`, '.gitignore'), 'generated/\n!keep.log\n');
    for (let f = 0; f < perDir && written + ignored < FILES; f++) {
      const n = d * perDir + f;
      // 10% ignored output, 1% binary, 0.1% oversized: the rest is source to read.
      if (n % 10 === 9) {
        const out = join(root, `pkg-${Math.floor(d / 50)}`, n % 20 === 9 ? 'dist' : 'node_modules', `m${d}`);
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, `f${f}.js`), source(random, n));
        ignored++;
      } else if (n % 100 === 3) {
        writeFileSync(join(dir, `image-${f}.dat`), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]));
        written++;
      } else if (n % 1000 === 7) {
        writeFileSync(join(dir, `bundle-${f}.js`), 'x'.repeat(2 * 1024 * 1024));
        written++;
      } else {
        writeFileSync(join(dir, `file-${f}.ts`), source(random, n));
        written++;
      }
    }
  }
  return { written, ignored };
}

const known = new Map(keys.map((k, i) => [k, { archived: i % 50 === 0 }]));
const root = mkdtempSync(join(tmpdir(), 'ff-bench-refs-'));
try {
  let t = performance.now();
  const { written, ignored } = generate(root);
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores`,
  );
  console.log(
    `tree: ${written} files to consider + ${ignored} in ignored folders, generated in ${((performance.now() - t) / 1000).toFixed(1)} s (${root})`,
  );
  // A warm page cache is the realistic case for CI re-runs and the honest one to compare runs with.
  // CPU seconds (user + system, all threads) next to wall time: on a busy machine the wall time measures
  // the neighbours, the CPU time what the scan costs.
  const cpu = (since: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(since);
    return `${((d.user + d.system) / 1e6).toFixed(2)} s CPU`;
  };
  t = performance.now();
  let c = process.cpuUsage();
  const walked = walk(root);
  console.log(
    `walk (readdir + .gitignore):            ${((performance.now() - t) / 1000).toFixed(2)} s (${cpu(c)}), ${walked.files.length} files, ${walked.ignored} ignored entries`,
  );
  for (const workers of [0, availableParallelism()]) {
    t = performance.now();
    c = process.cpuUsage();
    const report = await scanTree(root, { known, workers });
    const refs = report.flags.reduce((n, f) => n + f.references, 0);
    console.log(
      `scan, ${workers === 0 ? 'in process      ' : `${workers} worker threads`}:       ${((performance.now() - t) / 1000).toFixed(2)} s (${cpu(c)}), ${report.files.scanned} files read (${(report.bytes / 1e6).toFixed(0)} MB), ${report.files.skipped} skipped, ${refs} references to ${report.flags.length} flags`,
    );
  }
  const flagsFile = join(root, '..', `${root.split('/').pop()}-flags.json`);
  writeFileSync(
    flagsFile,
    JSON.stringify({ flags: keys.map((key, i) => ({ key, archived: i % 50 === 0 })) }),
  );
  const run = fileURLToPath(new URL('../cli/bin/run.js', import.meta.url));
  t = performance.now();
  const out = execFileSync(
    process.execPath,
    ['--conditions=@ff/source', run, 'refs', root, '--keys-from', flagsFile, '--json'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, FF_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'ff-bench-cfg-')) },
    },
  );
  const parsed = JSON.parse(out) as { files: { scanned: number }; durationMs: number };
  console.log(
    `ff refs --json (fresh process, end to end): ${((performance.now() - t) / 1000).toFixed(2)} s (scan ${(parsed.durationMs / 1000).toFixed(2)} s, ${parsed.files.scanned} files)`,
  );
  rmSync(flagsFile);
} finally {
  rmSync(root, { recursive: true, force: true });
}
