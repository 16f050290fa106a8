// Bootstrap and snapshot files: the ruleset a client starts from (the newer of the two) and the snapshot it
// keeps. Only the asynchronous fs API is used: the SDK never blocks the event loop on I/O, not even at
// start-up.
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Ruleset } from '@ff/engine';
import { acceptRuleset } from './ruleset-data.ts';

/** A ruleset read from a file, or why it could not be used. `missing` is not an error for a snapshot. */
export type FileRead =
  | { readonly ok: true; readonly ruleset: Ruleset }
  | { readonly ok: false; readonly missing: boolean; readonly error: string };

/** Reads and validates a ruleset file (a bootstrap or a snapshot written by {@link SnapshotWriter}). */
export async function readRulesetFile(path: string): Promise<FileRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, missing, error: `cannot read ${path}: ${(e as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, missing: false, error: `${path} is not JSON: ${(e as Error).message}` };
  }
  const checked = acceptRuleset(json);
  if (checked.ok !== true) {
    return { ok: false, missing: false, error: `${path}: ${checked.ok === false ? checked.error : 'stale'}` };
  }
  return { ok: true, ruleset: checked.ruleset };
}

/**
 * Writes the last good ruleset to a file, atomically (a temporary file renamed over the target, so a
 * crash mid-write never leaves a torn snapshot for the next start to read). Writes are coalesced: while
 * one is running, only the newest pending ruleset is written after it.
 */
export class SnapshotWriter {
  readonly #path: string;
  readonly #onError: (message: string, error: unknown) => void;
  #pending: Ruleset | undefined;
  #running: Promise<void> | undefined;

  constructor(path: string, onError: (message: string, error: unknown) => void) {
    this.#path = path;
    this.#onError = onError;
  }

  /** Schedules a write of `ruleset`. */
  write(ruleset: Ruleset): void {
    this.#pending = ruleset;
    this.#running ??= this.#drain();
  }

  /** Resolves when every scheduled write has finished. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#pending !== undefined) {
        const ruleset = this.#pending;
        this.#pending = undefined;
        const tmp = `${this.#path}.${process.pid}.tmp`;
        try {
          await writeFile(tmp, JSON.stringify(ruleset));
          await rename(tmp, this.#path);
        } catch (e) {
          this.#onError(`cannot write the snapshot ${this.#path}: ${(e as Error).message}`, e);
        }
      }
    } finally {
      this.#running = undefined;
    }
  }
}

/** A ruleset found locally at start, and where it came from. */
export interface LocalRuleset {
  ruleset: Ruleset;
  source: 'bootstrap' | 'snapshot';
}

/**
 * What a client serves before the server answers: the newer of `bootstrap` (a ruleset, or a file) and
 * the snapshot file; the snapshot (written from the server) wins a tie. One that cannot be used is
 * reported through `onError` and skipped; a missing snapshot is not an error. With no file to read the
 * answer is synchronous, so a client created with an in-memory bootstrap serves it from its first call.
 */
export function loadLocalRuleset(
  bootstrap: Ruleset | string | undefined,
  snapshotFile: string | undefined,
  onError: (kind: 'file' | 'payload', message: string) => void,
): LocalRuleset | undefined | Promise<LocalRuleset | undefined> {
  const candidates: LocalRuleset[] = [];
  if (typeof bootstrap !== 'string' && bootstrap !== undefined) {
    const checked = acceptRuleset(bootstrap);
    if (checked.ok === true) candidates.push({ ruleset: checked.ruleset, source: 'bootstrap' });
    else if (checked.ok === false) onError('payload', `bootstrap ignored: ${checked.error}`);
  }
  if (typeof bootstrap !== 'string' && snapshotFile === undefined) return newest(candidates);
  return (async () => {
    if (typeof bootstrap === 'string') {
      const read = await readRulesetFile(bootstrap);
      if (read.ok) candidates.push({ ruleset: read.ruleset, source: 'bootstrap' });
      else onError('file', `bootstrap ignored: ${read.error}`);
    }
    if (snapshotFile !== undefined) {
      const read = await readRulesetFile(snapshotFile);
      if (read.ok) candidates.push({ ruleset: read.ruleset, source: 'snapshot' });
      else if (!read.missing) onError('file', `snapshot ignored: ${read.error}`);
    }
    return newest(candidates);
  })();
}

/** The candidate with the highest version; the later one wins a tie. */
function newest(candidates: readonly LocalRuleset[]): LocalRuleset | undefined {
  return candidates.reduce<LocalRuleset | undefined>(
    (a, b) => (a === undefined || (b.ruleset.version ?? -1) >= (a.ruleset.version ?? -1) ? b : a),
    undefined,
  );
}
