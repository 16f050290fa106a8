// The real `ff dash` in a pseudo-terminal (node-pty) against a test API, read through a small terminal
// emulator (vt-screen.ts) by its text. Waits end on what the screen shows; their bound (60 s) only
// limits how long a failure takes.
import { spawn } from '@cdktf/node-pty-prebuilt-multiarch';
import type { IPty } from '@cdktf/node-pty-prebuilt-multiarch';
import { join } from 'node:path';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { cliRoot, tempConfigDir } from './harness.ts';
import { VtScreen } from './vt-screen.ts';

const bound = 60_000;

export interface Dash {
  pty: IPty;
  screen: VtScreen;
  raw: () => string;
  exited: Promise<number>;
  /** Resolves once `check` holds for the screen (looked at after every write). */
  until(check: (text: string, lines: string[]) => boolean, what: string): Promise<void>;
  key(data: string): void;
}

/** Starts `ff dash` as the fixture's owner on the demo project; `running` collects it for afterAll. */
export function openDash(
  fx: ApiFixture,
  running: IPty[],
  opts: { cols?: number; rows?: number; env?: Record<string, string> } = {},
): Dash {
  const cols = opts.cols ?? 100;
  const rows = opts.rows ?? 30;
  const screen = new VtScreen(cols, rows);
  const pty = spawn(process.execPath, [join(cliRoot, 'bin/run.js'), 'dash'], {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: cliRoot,
    env: {
      ...(process.env as Record<string, string>),
      FF_CONFIG_DIR: tempConfigDir(),
      FF_API_URL: fx.url,
      FF_TOKEN: fx.tokens.owner,
      FF_PROJECT: 'demo',
      FF_ENV: 'production',
      TERM: 'xterm-256color',
      ...opts.env,
    },
  });
  running.push(pty);
  let raw = '';
  const waiters = new Set<() => void>();
  pty.onData((d) => {
    raw += d;
    screen.write(d);
    for (const w of [...waiters]) w();
  });
  const exited = new Promise<number>((resolve) => pty.onExit(({ exitCode }) => resolve(exitCode)));
  return {
    pty,
    screen,
    raw: () => raw,
    exited,
    key: (data) => pty.write(data),
    until(check, what) {
      return new Promise((resolve, reject) => {
        const look = () => {
          if (!check(screen.text(), screen.lines())) return;
          clearTimeout(timer);
          waiters.delete(look);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(look);
          reject(new Error(`screen never showed ${what}; it shows:\n${screen.text()}`));
        }, bound);
        waiters.add(look);
        look();
      });
    },
  };
}

export const lineWith = (lines: string[], text: string): string => lines.find((l) => l.includes(text)) ?? '';
