// Typed keys: `ff codegen --sdk browser` (the real CLI) generates the FlagTypes augmentation from
// types/snapshot.json into a scratch app whose node_modules is the repository's, and the real `tsc`
// compiles types/typed-usage.ts against it: its `@ts-expect-error` lines (a misspelt key, a default of the
// wrong type, a number flag in useFeatureFlag…) fail the compile if they stop being errors. Without the
// generated file, types/untyped-usage.ts compiles with any string key. (The fixtures stay out of the root
// tsconfig: an augmentation applies to the whole program.)
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ff, tempConfigDir } from '../../cli/test/harness.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./types/', import.meta.url));
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
let dir: string;

async function compile(files: string[]): Promise<{ code: number; output: string }> {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(repoRoot, 'tsconfig.base.json'),
      // What a web app compiles with; skipLibCheck off, so the SDK's own types are checked too.
      compilerOptions: { lib: ['es2022', 'dom'], types: [], skipLibCheck: false },
      files,
    }),
  );
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', dir, '--pretty', 'false']);
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ff-browser-typed-'));
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'typed-app', private: true, type: 'module' }),
  );
  for (const file of ['typed-usage.ts', 'untyped-usage.ts'])
    copyFileSync(join(fixtures, file), join(dir, file));
  const run = await ff(
    [
      'codegen',
      '--from',
      join(fixtures, 'snapshot.json'),
      '--sdk',
      'browser',
      '--out',
      join(dir, 'ff-flags.ts'),
    ],
    { FF_CONFIG_DIR: tempConfigDir() },
  );
  expect(run.code, run.stderr).toBe(0);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('typed flag keys in @ff/sdk-browser (ff codegen --sdk browser, tsc)', () => {
  it('augments @ff/sdk-browser only', () => {
    const generated = readFileSync(join(dir, 'ff-flags.ts'), 'utf8');
    expect(generated).toContain("declare module '@ff/sdk-browser'");
    expect(generated).not.toContain("declare module '@ff/sdk-node'");
  });

  it('makes misspelt keys and wrong value types compile errors, in the client and the hooks', async () => {
    expect(await compile(['ff-flags.ts', 'typed-usage.ts'])).toEqual({ code: 0, output: '' });
  }, 120_000);

  it('takes any string key while FlagTypes is not augmented', async () => {
    expect(await compile(['untyped-usage.ts'])).toEqual({ code: 0, output: '' });
  }, 120_000);
});
