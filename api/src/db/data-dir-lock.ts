import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * PGlite has no cross-process lock on its data directory, and two processes writing one directory
 * corrupt it. So an ff process claims the directory with a pid file created exclusively (`wx`);
 * a file left by a process that no longer runs is taken over.
 * `memory://` needs no lock. Returns a release function, or throws with a one-line message naming the holder.
 */
export function lockDataDir(dataDir: string): () => void {
  // An in-memory database belongs to its process: nothing to claim (and `memory://` is no directory).
  if (dataDir === 'memory://') return () => {};
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'ff.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new Error(`another ff process (pid ${holder}) is using ${path.resolve(dataDir)}`, {
          cause: err,
        });
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot lock ${path.resolve(dataDir)}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
