// A real terraform against a real API: the API fixture (PGlite, seeded with the demo) listens in this
// process, and terraform runs as a child process with a CLI config whose dev_overrides point
// registry.terraform.io/ff/ff at the provider of the working tree: bundled once per run by
// global-setup.ts (the tf project's), or bin/ (its TypeScript sources) where no setup bundled it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { inject } from 'vitest';

export const binDir = fileURLToPath(new URL('../bin', import.meta.url));

/** The folder dev_overrides points at: the bundled provider (see global-setup.ts), else bin/. */
export const providerDir = (): string => inject('ffProviderDir') ?? binDir;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Stack {
  fx: ApiFixture;
  dir: string;
  /** Replaces main.tf (a provider block is prepended). */
  write(hcl: string): void;
  tf(...args: string[]): Promise<Run>;
  /** The environment terraform runs with (CLI config, FF_API_URL, FF_TOKEN). */
  env: Record<string, string>;
  /** Like tf, but fails with terraform's output when it exits non-zero. */
  ok(...args: string[]): Promise<Run>;
  close(): Promise<void>;
}

export const PROVIDER = `terraform {\n  required_providers {\n    ff = { source = "ff/ff" }\n  }\n}\nprovider "ff" {}\n`;

export function cliConfig(dir: string): string {
  const file = join(dir, 'terraformrc');
  writeFileSync(
    file,
    `provider_installation {\n  dev_overrides {\n    "registry.terraform.io/ff/ff" = "${providerDir()}"\n  }\n  direct {}\n}\n`,
  );
  return file;
}

export function terraform(dir: string, env: Record<string, string>, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'terraform',
      args,
      {
        cwd: dir,
        env: { ...process.env, ...env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_INPUT: '0' },
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export async function startStack(): Promise<Stack> {
  const fx = await startApiFixture();
  const dir = mkdtempSync(join(tmpdir(), 'ff-tf-'));
  const env = { TF_CLI_CONFIG_FILE: cliConfig(dir), FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner };
  // `state` subcommands take no -no-color (and print no colors).
  const tf = (...args: string[]) =>
    terraform(dir, env, args[0] === 'state' ? args : [args[0]!, '-no-color', ...args.slice(1)]);
  return {
    fx,
    dir,
    env,
    write: (hcl) => writeFileSync(join(dir, 'main.tf'), PROVIDER + hcl),
    tf,
    async ok(...args) {
      const run = await tf(...args);
      if (run.code !== 0)
        throw new Error(`terraform ${args.join(' ')} exited ${run.code}\n${run.stdout}\n${run.stderr}`);
      return run;
    },
    async close() {
      await fx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
