// Typed keys: the fixtures under test/types are compiled by tsc with their own tsconfig (the root
// tsconfig excludes them, since an augmentation of FlagTypes applies to the whole program). The typed
// fixture's `@ts-expect-error` lines (unknown key, wrong value type…) fail the compile if they stop erroring.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./types/${name}`, import.meta.url));

async function compile(name: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [tsc, '-p', fixture(name)]);
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, output: err.stdout + err.stderr };
  }
}

describe('typed flag keys (tsc)', () => {
  it(
    'with FlagTypes augmented, unknown keys and wrong value types are compile errors',
    { timeout: 120_000 },
    async () => {
      expect(await compile('typed')).toEqual({ code: 0, output: '' });
    },
  );

  it('with FlagTypes empty, every method takes string keys', { timeout: 120_000 }, async () => {
    expect(await compile('untyped')).toEqual({ code: 0, output: '' });
  });
});
