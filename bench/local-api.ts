// The API the benches drive: npm start's entry in its own process (so its CPU is not the bench's), on
// in-memory PGlite with the demo seed and a known owner token, on a random loopback port.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export interface LocalApi {
  base: string;
  /** The demo owner's API token. */
  token: string;
  /** Resolves once /readyz answers (at most 60 s). */
  ready(): Promise<void>;
  stop(): void;
}

/** Starts the API with `env` added to its environment; it is stopped when this process exits. */
export function startLocalApi(env: Record<string, string> = {}): LocalApi {
  const port = 4300 + Math.floor(Math.random() * 500);
  const base = `http://127.0.0.1:${port}`;
  const token = `ff_pat_${randomBytes(32).toString('base64url')}`;
  const main = fileURLToPath(new URL('../api/src/main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--conditions=@ff/source', main], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FF_DATA_DIR: 'memory://',
      FF_BOOTSTRAP_TOKEN: token,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => child.kill('SIGTERM');
  process.on('exit', stop);
  return {
    base,
    token,
    stop,
    async ready() {
      const until = Date.now() + 60_000;
      while (Date.now() < until) {
        try {
          if ((await fetch(`${base}/readyz`)).ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error('the API did not become ready within 60 s');
    },
  };
}
