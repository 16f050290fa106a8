// Bootstrap and snapshot files. Only the asynchronous fs API is used: the SDK never blocks the event loop
// on I/O, not even at start-up.
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
