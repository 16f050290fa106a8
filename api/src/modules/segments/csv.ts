// Reads segment member keys from a CSV body as it arrives, in batches, so an import of a million lines
// holds one batch and one partial line in memory, never the file. Only the first column matters.
import { PayloadTooLargeError, ValidationError } from '../../http/errors.ts';

/** Longest accepted key, in characters (the JSON member routes cap keys the same way). */
export const maxKeyLength = 512;

export interface CsvOptions {
  /** Keys per yielded batch. */
  batchSize: number;
  /** Largest accepted body in bytes; more is a 413. */
  maxBytes: number;
  /** Longest accepted physical line in characters, so a body without newlines cannot fill memory. */
  maxLineLength?: number;
}

export interface CsvProgress {
  /** Member lines read so far (header and blank lines not counted). */
  lines: number;
}

function badLine(line: number, message: string): ValidationError {
  return new ValidationError(
    [{ path: 'body', message: `line ${line}: ${message}`, rule: 'csv-format' }],
    `Line ${line} of the CSV is not valid (${message}); nothing was imported.`,
  );
}

/**
 * The first column of one CSV line, or undefined for a blank line. A quoted column (`"a,b"`, with `""`
 * for a quote) may hold commas; a quoted column cannot span lines (a member key never holds a newline).
 */
export function firstColumn(raw: string, line: number): string | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (text[0] !== '"') {
    const comma = text.indexOf(',');
    return (comma === -1 ? text : text.slice(0, comma)).trim();
  }
  let out = '';
  let i = 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote === -1) throw badLine(line, 'a quoted key has no closing quote');
    out += text.slice(i, quote);
    if (text[quote + 1] === '"') {
      out += '"';
      i = quote + 2;
      continue;
    }
    const rest = text.slice(quote + 1).trimStart();
    if (rest !== '' && rest[0] !== ',') throw badLine(line, 'unexpected text after a closing quote');
    return out.trim();
  }
}

function checkKey(key: string, line: number): void {
  if (key === '') throw badLine(line, 'the key is empty');
  // PostgreSQL text cannot hold U+0000 (decoding already refused unpaired surrogates).
  if (key.includes('\u0000')) throw badLine(line, 'the key contains U+0000');
  // Count code points, as the JSON Schema maxLength of the JSON routes does; the fast path skips it.
  if (key.length > maxKeyLength && [...key].length > maxKeyLength) {
    throw badLine(line, `the key is longer than ${maxKeyLength} characters`);
  }
}

/**
 * The line of the first invalid UTF-8 in `chunk`, whose decoding (after the chunks before it) failed;
 * `first` is the line the chunk starts in. No UTF-8 sequence contains a newline byte, so every line
 * after the chunk's first newline decodes on its own; if all of them do, the fault is in the first
 * line, where the chunk may continue a sequence that the previous chunk began.
 */
function lineOfInvalidUtf8(chunk: Uint8Array, first: number): number {
  let line = first;
  for (let start = chunk.indexOf(0x0a) + 1; start > 0;) {
    line++;
    const nl = chunk.indexOf(0x0a, start);
    const rest = nl === -1;
    try {
      // The last line may stop inside a sequence that the next chunk completes: that is no fault.
      new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(start, rest ? undefined : nl), {
        stream: rest,
      });
    } catch {
      return line;
    }
    start = nl + 1;
  }
  return first;
}

/**
 * Yields the member keys of a CSV body in batches of up to `batchSize`, in file order (duplicates
 * included). CRLF or LF line ends, a UTF-8 byte order mark, blank lines, and a first line `key` (a
 * header) are accepted; an empty or over-long key is a 422 naming its line, and a body over `maxBytes`
 * a 413. `progress.lines` counts the member lines read. The caller's `for await` pulls one batch at a
 * time, so a slow consumer (the database) pauses the socket instead of buffering the upload.
 */
export async function* csvKeyBatches(
  source: AsyncIterable<Uint8Array | string>,
  options: CsvOptions,
  progress: CsvProgress = { lines: 0 },
): AsyncGenerator<string[]> {
  const maxLineLength = options.maxLineLength ?? 64 * 1024;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  let line = 0;
  let sawContent = false;
  let pending = '';
  let batch: string[] = [];

  const take = (raw: string): void => {
    line++;
    const key = firstColumn(raw.endsWith('\r') ? raw.slice(0, -1) : raw, line);
    if (key === undefined) return;
    // Only the first non-blank line can be the header.
    if (!sawContent) {
      sawContent = true;
      if (key.toLowerCase() === 'key') return;
    }
    checkKey(key, line);
    progress.lines++;
    batch.push(key);
  };

  const decode = (chunk: Uint8Array | undefined): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      // The chunk can hold many lines: name the one with the bad bytes, not the first of the chunk.
      const bad = chunk === undefined ? line + 1 : lineOfInvalidUtf8(chunk, line + 1);
      throw new ValidationError(
        [{ path: 'body', message: `line ${bad}: not valid UTF-8`, rule: 'csv-format' }],
        `Line ${bad} of the CSV is not valid UTF-8; nothing was imported.`,
      );
    }
  };

  const feed = function* (text: string): Generator<string[]> {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      take(pending === '' ? text.slice(start, nl) : pending + text.slice(start, nl));
      pending = '';
      start = nl + 1;
      if (batch.length >= options.batchSize) {
        yield batch;
        batch = [];
      }
    }
    pending += text.slice(start);
    if (pending.length > maxLineLength) {
      throw badLine(line + 1, `the line is longer than ${maxLineLength} characters`);
    }
  };

  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buf.byteLength;
    if (bytes > options.maxBytes) throw new PayloadTooLargeError(options.maxBytes);
    yield* feed(decode(buf));
  }
  yield* feed(decode(undefined));
  if (pending !== '') take(pending);
  pending = '';
  if (batch.length > 0) yield batch;
}
