import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const mainTs = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export interface SpawnedMain {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** Runs `node --conditions=@ff/source api/src/main.ts` as `npm start` does, with exactly the given environment (plus PATH). */
export function spawnMain(env: Record<string, string>): SpawnedMain {
  const child = spawn(process.execPath, ['--conditions=@ff/source', mainTs], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d));
  child.stderr!.on('data', (d: Buffer) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits until main.ts printed its listening line; fails if it exits first. Returns the URL. */
export async function waitForListening(p: SpawnedMain, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = /ff (?:is running at|listening on) (http:\/\/\S+)/.exec(p.stdout());
    if (m) return m[1]!;
    if (p.child.exitCode !== null) {
      throw new Error(
        `main.ts exited with ${p.child.exitCode}\nstdout: ${p.stdout()}\nstderr: ${p.stderr()}`,
      );
    }
    if (Date.now() > deadline) throw new Error(`main.ts did not start in time\nstdout: ${p.stdout()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
