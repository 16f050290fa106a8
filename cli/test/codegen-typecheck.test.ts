// The point of `ff codegen`: an app compiles against the generated file, and a misspelt flag key or a
// wrong default type does not. Runs the real `tsc` on the fixture app (cli/test/fixtures/typed-app) in a
// temporary directory whose node_modules links the repository's packages, so `@ff/sdk-node` resolves.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRoot, ff, tempConfigDir } from './harness.ts';

const fixture = join(cliRoot, 'test/fixtures/typed-app');
const repoRoot = join(cliRoot, '..');
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

let dir: string;
let generated: string;

async function typecheck(): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [
      tsc,
      '-p',
      join(dir, 'tsconfig.json'),
      '--pretty',
      'false',
    ]);
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ff-typed-app-'));
  // The repository's packages, but of ff's SDKs only @ff/sdk-node: codegen augments what is installed.
  const modules = join(repoRoot, 'node_modules');
  mkdirSync(join(dir, 'node_modules/@ff'), { recursive: true });
  for (const name of readdirSync(modules).filter((n) => n !== '@ff'))
    symlinkSync(join(modules, name), join(dir, 'node_modules', name), 'dir');
  for (const name of readdirSync(join(modules, '@ff')).filter((n) => n !== 'sdk-browser'))
    symlinkSync(join(modules, '@ff', name), join(dir, 'node_modules/@ff', name), 'dir');
  for (const name of ['package.json', 'tsconfig.json', 'app.ts'])
    copyFileSync(join(fixture, name), join(dir, name));
  const out = join(dir, 'ff-flags.ts');
  const run = await ff(['codegen', '--from', join(fixture, 'snapshot.json'), '--out', out], {
    FF_CONFIG_DIR: tempConfigDir(),
  });
  expect(run.code, run.stderr).toBe(0);
  generated = readFileSync(out, 'utf8');
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the generated file, compiled with tsc', () => {
  it('augments only the SDK installed next to it', () => {
    expect(generated).toContain("declare module '@ff/sdk-node'");
    expect(generated).not.toContain('@ff/sdk-browser');
    expect(generated).toContain("    'checkout-flow': 'multi-step' | 'one-page';");
    expect(generated).toMatch(/@deprecated Archived[^]*export const OLD_BANNER = 'old-banner';/);
  });

  it('lets the app compile', async () => {
    const { code, output } = await typecheck();
    expect(output).toBe('');
    expect(code).toBe(0);
  }, 120_000);

  it('refuses a misspelt key and a default of the wrong type', async () => {
    const app = readFileSync(join(fixture, 'app.ts'), 'utf8');
    const broken = app
      .replace("client.getValue('checkout-flow'", "client.getValue('checkout-flwo'")
      .replace('client.getValue(MAX_CART_ITEMS, user, 50)', "client.getValue(MAX_CART_ITEMS, user, 'fifty')");
    expect(broken).not.toBe(app);
    writeFileSync(join(dir, 'app.ts'), broken);
    const { code, output } = await typecheck();
    expect(code).not.toBe(0);
    expect(output).toMatch(/app\.ts\(\d+,\d+\): error TS\d+: .*'"checkout-flwo"'/);
    expect(output).toMatch(/app\.ts\(\d+,\d+\): error TS\d+: .*'"fifty"'/);
  }, 120_000);
});
