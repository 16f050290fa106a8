// One scan, end to end and without the network: walk, read and match (in worker threads when the tree
// is large), then aggregate by flag. The command (commands/refs.ts) adds the keys and the API.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { createMatcher } from './matcher.ts';
import type { MatcherOptions } from './matcher.ts';
import { byFlag } from './report.ts';
import type { RefsReport } from './report.ts';
import { readAndMatch, walk } from './scan.ts';
import type { FileReferences } from './scan.ts';
import type { KnownFlags } from './keys.ts';

export interface ScanOptions extends Omit<MatcherOptions, 'keys'> {
  known: KnownFlags;
  exclude?: readonly string[];
  maxFileBytes?: number;
  /** Worker threads for reading and matching: default one per core when there are ≥ 2,000 files; 0 = in process. */
  workers?: number;
}

/** Trees smaller than this are read in process: starting workers costs more than it saves. */
const WORKER_THRESHOLD = 2000;

export async function scanTree(
  rootPath: string,
  options: ScanOptions,
): Promise<Omit<RefsReport, 'repository' | 'branch' | 'commit'>> {
  const started = performance.now();
  const root = resolve(rootPath);
  const matcherOptions: MatcherOptions = {
    keys: options.known.keys(),
    aliases: options.aliases,
    patterns: options.patterns,
    calls: options.calls,
    codegenConstants: options.codegenConstants,
  };
  // Compiled here first so a bad pattern fails before any worker starts.
  const matcher = createMatcher(matcherOptions);
  const { files, ignored } = walk(root, { exclude: options.exclude });
  const found: FileReferences[] = [];
  let stats;
  const workers =
    options.workers ?? (files.length >= WORKER_THRESHOLD ? Math.min(availableParallelism(), 8) : 0);
  if (workers > 1) {
    const { readInWorkers } = await import('./pool.ts');
    stats = await readInWorkers(
      root,
      files,
      { ...matcherOptions, keys: [...options.known.keys()] },
      workers,
      options.maxFileBytes,
      (f) => found.push(f),
    );
  } else stats = readAndMatch(root, files, matcher, (f) => found.push(f), options.maxFileBytes);
  return {
    root,
    files: { scanned: stats.scanned, skipped: stats.skipped, ignored },
    bytes: stats.bytes,
    durationMs: Math.round(performance.now() - started),
    flags: byFlag(found, options.known),
  };
}
