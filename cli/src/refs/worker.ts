// A scan worker (pool.ts): reads and matches its share of the files, posts the files with references.
import { parentPort, workerData } from 'node:worker_threads';
import { createMatcher } from './matcher.ts';
import { readAndMatch } from './scan.ts';
import type { FileReferences } from './scan.ts';
import type { WorkerInput, WorkerOutput } from './pool.ts';

const input = workerData as WorkerInput;
let out: WorkerOutput;
try {
  const found: FileReferences[] = [];
  const stats = readAndMatch(
    input.root,
    input.files,
    createMatcher(input.matcher),
    (f) => found.push(f),
    input.maxFileBytes,
  );
  out = { found, stats };
} catch (error) {
  out = { error: (error as Error).message };
}
parentPort!.postMessage(out);
