// Reading and matching spread over worker threads: the main thread has walked the tree (cheap: one
// readdir per directory); each worker gets an interleaved share of the files, compiles the same
// matcher, and sends back only the files with references.
import { Worker } from 'node:worker_threads';
import type { MatcherOptions } from './matcher.ts';
import type { FileReferences, ReadStats } from './scan.ts';

export interface WorkerInput {
  root: string;
  files: string[];
  matcher: Omit<MatcherOptions, 'keys'> & { keys: string[] };
  maxFileBytes: number | undefined;
}

export type WorkerOutput = { found: FileReferences[]; stats: ReadStats } | { error: string };

export async function readInWorkers(
  root: string,
  files: readonly string[],
  matcher: WorkerInput['matcher'],
  count: number,
  maxFileBytes: number | undefined,
  onFile: (f: FileReferences) => void,
): Promise<ReadStats> {
  // The worker file sits next to this one, as .ts in the repository (type stripping) and .js when built.
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const url = new URL(`./worker.${ext}`, import.meta.url);
  // Contiguous chunks keep each worker in a few directories at a time (better for the page cache).
  const size = Math.ceil(files.length / count);
  const shares = Array.from({ length: count }, (_, i) => files.slice(i * size, (i + 1) * size)).filter(
    (s) => s.length > 0,
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<WorkerOutput>((resolvePromise, reject) => {
          const input: WorkerInput = { root, files: share, matcher, maxFileBytes };
          const worker = new Worker(url, { workerData: input });
          worker.once('message', (out: WorkerOutput) => {
            resolvePromise(out);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`a scan worker exited with code ${code}`));
          });
        }),
    ),
  );
  const total: ReadStats = { scanned: 0, skipped: 0, bytes: 0 };
  // In share order, so the result does not depend on which worker finished first.
  for (const out of results) {
    if ('error' in out) throw new Error(out.error);
    out.found.forEach(onFile);
    total.scanned += out.stats.scanned;
    total.skipped += out.stats.skipped;
    total.bytes += out.stats.bytes;
  }
  return total;
}
