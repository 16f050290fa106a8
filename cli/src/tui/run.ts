// Starting and ending `ff dash`: Ink in the alternate screen, and the terminal given back as it was on
// every way out: q, Ctrl-C (raw mode delivers it as a key), SIGTERM/SIGHUP (a closed SSH session), and a
// crash (one line on stderr, never a stack trace on a broken screen).
import type { FfClient } from '@ff/client';
import { render } from 'ink';
import { App } from './app.ts';
import { h } from './h.ts';

export interface DashOptions {
  api: FfClient;
  apiUrl: string;
  token: string | undefined;
  profile: string;
  project: string;
  env: string | undefined;
  noColor: boolean;
}

// Leave the alternate screen, show the cursor, reset attributes, turn off mouse/bracketed paste modes.
export const restoreSequence = '\x1b[0m\x1b[?25h\x1b[?1049l';

export async function runDash(opts: DashOptions): Promise<void> {
  const out = process.stdout;
  let restored = false;
  let current: { unmount(): void } | undefined;
  const restore = () => {
    if (restored) return;
    restored = true;
    // Ink first: it leaves the alternate screen itself; unmounted later (on exit) it would print its last
    // frame onto the shell's screen.
    try {
      current?.unmount();
    } catch {
      // already gone
    }
    if (process.stdin.isTTY) process.stdin.setRawMode?.(false);
    out.write(restoreSequence);
  };
  const crash = (err: unknown) => {
    restore();
    process.stderr.write(`ff dash: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  };
  const signal = () => {
    restore();
    process.exit(130);
  };
  process.on('exit', restore);
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  process.on('SIGTERM', signal);
  process.on('SIGHUP', signal);
  try {
    let project: string | undefined = opts.project;
    while (project !== undefined) {
      let next: string | undefined;
      const app = render(
        h(App, {
          ...opts,
          project,
          onSwitchProject: (p: string) => {
            next = p;
            app.unmount();
          },
        }),
        { exitOnCtrlC: false, alternateScreen: true, interactive: true, patchConsole: true },
      );
      current = app;
      await app.waitUntilExit();
      current = undefined;
      project = next;
    }
  } finally {
    restore();
    process.off('uncaughtException', crash);
    process.off('unhandledRejection', crash);
    process.off('SIGTERM', signal);
    process.off('SIGHUP', signal);
  }
}
