// Small terminal helpers: a spinner and a progress line on stderr (a TTY only, so pipes and CI logs stay
// clean), a y/N prompt, and plain aligned tables. Hand-written rather than Ink because a command's
// cold start matters more than animation.
import { createInterface } from 'node:readline/promises';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A spinner whose text can change while it spins (`Reading segment beta: 40,000 of 1,000,000 keys`). */
export interface Status {
  /** Replaces the text after the spinner. */
  set(label: string): void;
  /** Clears the line. */
  stop(): void;
}

/** Starts a spinner on stderr when it is a TTY (otherwise nothing is written). */
export function startStatus(label: string, stream: NodeJS.WriteStream = process.stderr): Status {
  if (!stream.isTTY) return { set: () => {}, stop: () => {} };
  let i = 0;
  let text = label;
  const draw = () => stream.write(`\r\x1b[2K${frames[i++ % frames.length]} ${text}`);
  // Only after 150 ms: a fast call should not flicker.
  let timer: NodeJS.Timeout | undefined = setTimeout(function tick() {
    draw();
    timer = setTimeout(tick, 80);
  }, 150);
  return {
    // Drawn at once: the next step may block the event loop (parsing a large file) before a tick.
    set: (next) => {
      text = next;
      if (timer !== undefined) draw();
    },
    stop: () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      stream.write('\r\x1b[2K');
    },
  };
}

/** Starts a spinner on stderr when it is a TTY; returns the function that clears it. */
export function startSpinner(label: string, stream: NodeJS.WriteStream = process.stderr): () => void {
  return startStatus(label, stream).stop;
}

/** A progress line on stderr (TTY only), e.g. for a CSV import: `progress(done, total)`. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let last = -1;
  return {
    update(done: number, total: number): void {
      if (!stream.isTTY || total <= 0) return;
      const pct = Math.floor((done / total) * 100);
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct}%`);
    },
    done(): void {
      if (stream.isTTY && last >= 0) stream.write('\r\x1b[2K');
    },
  };
}

export async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

export interface Column<T> {
  header: string;
  get: (row: T) => unknown;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Left-aligned columns separated by two spaces; "(none)" for an empty list. */
export function table<T>(rows: readonly T[], columns: Column<T>[]): string {
  if (rows.length === 0) return '(none)';
  const cells = rows.map((row) => columns.map((c) => cell(c.get(row)).replace(/\s+/g, ' ')));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header.toUpperCase())), ...cells.map(line)].join('\n');
}

/** `key: value` lines with aligned values, for a single resource. */
export function details(entries: [string, unknown][]): string {
  const width = Math.max(...entries.map(([k]) => k.length));
  return entries.map(([k, v]) => `${`${k}:`.padEnd(width + 2)}${cell(v)}`).join('\n');
}

/** Reads one line from the terminal; `hidden` echoes nothing (for passwords). */
export async function ask(question: string, options: { hidden?: boolean } = {}): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  if (options.hidden) {
    // Keep readline from echoing the typed characters; print the prompt ourselves.
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    output._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stderr.write(question);
    };
  }
  try {
    return (await rl.question(question)).trim();
  } finally {
    if (options.hidden) process.stderr.write('\n');
    rl.close();
  }
}
