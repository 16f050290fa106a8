// Runs `ff` commands in-process through oclif (the same Config and command loading as bin/run.js),
// capturing stdout and stderr and turning oclif's exit errors into an exit code, against a real API.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { Config, run } from '@oclif/core';

export const cliRoot = fileURLToPath(new URL('..', import.meta.url));

export interface FfResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (for --json runs). */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

let config: Config | undefined;

/** A fresh config directory, so tests never read or write the user's real one. */
export function tempConfigDir(): string {
  return mkdtempSync(join(tmpdir(), 'ff-cli-test-'));
}

/**
 * Runs `ff <argv>` with `env` overlaid on process.env (FF_CONFIG_DIR should always be set). Output
 * written through process.stdout/stderr during the run is captured, not printed.
 */
export async function ff(argv: string[], env: Record<string, string | undefined> = {}): Promise<FfResult> {
  config ??= await Config.load({ root: cliRoot });
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  const { log, error: logError } = console;
  // oclif prints through console.log / console.error (which vitest intercepts), commands through both.
  console.log = (...parts: unknown[]) => void (stdout += `${format(...parts)}\n`);
  console.error = (...parts: unknown[]) => void (stderr += `${format(...parts)}\n`);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  }) as typeof process.stderr.write;
  const exitBefore = process.exitCode;
  let code = 0;
  try {
    await run(argv, config);
  } catch (error) {
    const e = error as { oclif?: { exit?: number }; message?: string };
    code = e.oclif?.exit ?? 1;
    // Errors that escape the command (e.g. an unknown command) are printed by oclif's handler in bin/run.js.
    if (!e.message?.startsWith('EEXIT')) stderr += `${e.message}\n`;
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    console.log = log;
    console.error = logError;
    process.exitCode = exitBefore;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    json = undefined;
  }
  return { code, stdout, stderr, json };
}
