import { describe, expect, it } from 'vitest';
import { PayloadTooLargeError, ValidationError } from '../../http/errors.ts';
import { csvKeyBatches, firstColumn } from './csv.ts';
import type { CsvProgress } from './csv.ts';

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p) : p;
}

async function read(
  parts: (string | Uint8Array)[],
  batchSize = 1000,
  maxBytes = 1 << 20,
  maxLineLength = 4096,
) {
  const progress: CsvProgress = { lines: 0 };
  const batches: string[][] = [];
  for await (const b of csvKeyBatches(chunks(...parts), { batchSize, maxBytes, maxLineLength }, progress))
    batches.push(b);
  return { batches, keys: batches.flat(), lines: progress.lines };
}

async function failure(
  parts: (string | Uint8Array)[],
  maxBytes = 1 << 20,
  maxLineLength = 4096,
): Promise<unknown> {
  return read(parts, 1000, maxBytes, maxLineLength).then(
    () => undefined,
    (err: unknown) => err,
  );
}

describe('firstColumn', () => {
  it.each([
    ['user-1', 'user-1'],
    ['  user-1  ', 'user-1'],
    ['user-1,Ada,ada@example.com', 'user-1'],
    ['"a,b",x', 'a,b'],
    ['"say ""hi"""', 'say "hi"'],
    ['  "quoted"  , rest', 'quoted'],
    ['""', ''],
    [',second', ''],
  ])('%j → %j', (line, key) => {
    expect(firstColumn(line, 1)).toBe(key);
  });

  it('reads blank lines as nothing', () => {
    expect(firstColumn('   \t', 1)).toBeUndefined();
  });

  it('refuses an unterminated quote and text after a closing quote, naming the line', () => {
    expect(() => firstColumn('"open', 7)).toThrow(/^Line 7 .*a quoted key has no closing quote/);
    expect(() => firstColumn('"a"b', 3)).toThrow(/^Line 3 .*unexpected text after a closing quote/);
  });
});

describe('csvKeyBatches', () => {
  it('skips a header and blank lines, accepts CRLF, LF and no final newline', async () => {
    const { keys, lines } = await read(['key\r\nu1\r\n\r\nu2\n  \nu3']);
    expect(keys).toEqual(['u1', 'u2', 'u3']);
    expect(lines).toBe(3);
  });

  it('treats only the first non-blank line as a header (case-insensitive)', async () => {
    expect((await read(['\nKEY\nkey\nu1\n'])).keys).toEqual(['key', 'u1']);
    expect((await read(['u0\nkey\n'])).keys).toEqual(['u0', 'key']);
  });

  it('joins lines and multi-byte characters split across chunks', async () => {
    const euro = Buffer.from('€');
    const { keys } = await read(['us', 'er-1\r', '\nprice-', euro.subarray(0, 1), euro.subarray(1), '\n']);
    expect(keys).toEqual(['user-1', 'price-€']);
  });

  it('drops a UTF-8 byte order mark', async () => {
    expect((await read(['\uFEFFkey\nu1\n'])).keys).toEqual(['u1']);
  });

  it('yields batches of the requested size, keeping duplicates for the database to ignore', async () => {
    const { batches, lines } = await read(['a\nb\nc\na\nd\n'], 2);
    expect(batches).toEqual([['a', 'b'], ['c', 'a'], ['d']]);
    expect(lines).toBe(5);
  });

  it('refuses an empty key with a 422 naming its physical line', async () => {
    const err = await failure(['key\nu1\n\n"",x\n']);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).errors).toEqual([
      { path: 'body', message: 'line 4: the key is empty', rule: 'csv-format' },
    ]);
  });

  it('refuses a key over 512 characters, counting code points', async () => {
    expect(await read(['😀'.repeat(512)])).toMatchObject({ lines: 1 });
    const err = await failure(['ok\n' + 'x'.repeat(513) + '\n']);
    expect((err as ValidationError).errors[0]!.message).toBe('line 2: the key is longer than 512 characters');
  });

  it('refuses a line longer than the line limit before it is complete', async () => {
    const err = await failure(['ok\n', 'y,'.repeat(60)], 1 << 20, 100);
    expect((err as ValidationError).errors[0]!.message).toMatch(/^line 2: the line is longer than 100/);
  });

  it('refuses invalid UTF-8', async () => {
    const err = await failure(['ok\n', new Uint8Array([0xff, 0x0a])]);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).message).toMatch(/not valid UTF-8/);
  });

  // The line of the bad bytes, wherever they are in the chunk (the whole body often arrives as one).
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
  it.each([
    ['the first line of a one-chunk body', [bytes('a', [0xff], '\nb\nc\n')], 1],
    ['the third line of a one-chunk body', [bytes('key\na\nb', [0xc3, 0x28], '\nc\n')], 3],
    ['the last line, without a newline', [bytes('a\nb\nc\nd', [0xe2, 0x82])], 4],
    ['a line in the second chunk', [bytes('a\nb\n'), bytes('c\nd\ne', [0x80], '\n')], 5],
    // A sequence split across chunks is fine; the bad one is on line 3.
    ['a line after a split sequence', [bytes('a\n', [0xc3]), bytes([0xa9], '\nx', [0xff], '\n')], 3],
    ['a bad continuation of the previous chunk', [bytes('a\nb', [0xe2]), bytes('c\nd\n')], 2],
  ])('names the line of invalid UTF-8: %s', async (_, parts, line) => {
    const err = await failure(parts);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).errors[0]!.message).toBe(`line ${line}: not valid UTF-8`);
    expect((err as ValidationError).message).toBe(
      `Line ${line} of the CSV is not valid UTF-8; nothing was imported.`,
    );
  });

  it('stops with a 413 once the body passes maxBytes', async () => {
    const err = await failure(['a\n'.repeat(10), 'b\n'.repeat(10)], 30);
    expect(err).toBeInstanceOf(PayloadTooLargeError);
  });
});
