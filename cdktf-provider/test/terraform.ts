// A real terraform against a real API: the API fixture (PGlite, seeded with the demo) listens in this
// process, and terraform runs as a child process with a CLI config whose dev_overrides point
// registry.terraform.io/ff/ff at the provider of the working tree: bundled once per run by
// global-setup.ts (the tf project's), or bin/ (its TypeScript sources) where no setup bundled it.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { inject } from 'vitest';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../src/plugin/server.ts';

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
  /** Terraform starts the provider itself (through the CLI config) instead of reattaching: see startStack. */
  launch: boolean;
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

/**
 * Starts the provider for one terraform command, as HashiCorp's terraform-plugin-testing does: the test
 * starts it and hands Terraform its address in TF_REATTACH_PROVIDERS (`Test: true`: Terraform neither
 * starts nor kills it), so one provider process serves the command instead of the 2-5 that Terraform starts
 * itself (one per phase). The provider reads FF_API_URL and FF_TOKEN from its own environment: the
 * command's.
 */
async function startProvider(env: Record<string, string>): Promise<{ reattach: string; stop(): void }> {
  const child = spawn(join(providerDir(), 'terraform-provider-ff'), [], {
    env: { ...process.env, ...env, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '6' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Its log, as Terraform would keep it: read (so the pipe never fills), shown only if it fails to start.
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-10_000)));
  let out = '';
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.on('exit', (code) =>
      reject(new Error(`terraform-provider-ff exited ${code} before its handshake\n${log}`)),
    );
    child.on('error', reject);
  });
  // The go-plugin handshake: core version|protocol version|network|address|protocol|server certificate
  const [, version, network, address] = line.split('|');
  const reattach = {
    'registry.terraform.io/ff/ff': {
      Protocol: 'grpc',
      ProtocolVersion: Number(version),
      Pid: child.pid,
      Test: true,
      Addr: { Network: network, String: address },
    },
  };
  return {
    reattach: JSON.stringify(reattach),
    stop() {
      child.kill();
      // Its scratch folder (the socket's), which it removes itself only when Terraform shuts it down.
      rmSync(dirname(address!), { recursive: true, force: true });
    },
  };
}

// Terraform commands that start no provider.
const withoutProvider = new Set(['output', 'state']);

/** terraform() with the provider started for this one command and reattached (see startProvider). */
export async function reattached(dir: string, env: Record<string, string>, args: string[]): Promise<Run> {
  if (withoutProvider.has(args[0]!)) return terraform(dir, env, args);
  const provider = await startProvider(env);
  try {
    return await terraform(dir, { ...env, TF_REATTACH_PROVIDERS: provider.reattach }, args);
  } finally {
    provider.stop();
  }
}

/**
 * A terraform working folder against a fresh API fixture. Each command's provider is started by the test and
 * reattached (see startProvider) unless `launch` is set (or the Stack's `launch` set later): then Terraform
 * starts it through the CLI config (dev_overrides), as for a user; the plugin protocol's launch is tested
 * that way too.
 */
export async function startStack(opts: { launch?: boolean } = {}): Promise<Stack> {
  const fx = await startApiFixture();
  const dir = mkdtempSync(join(tmpdir(), 'ff-tf-'));
  const env = { TF_CLI_CONFIG_FILE: cliConfig(dir), FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner };
  const tf = async (...args: string[]) => {
    // `state` subcommands take no -no-color (and print no colors).
    const argv = args[0] === 'state' ? args : [args[0]!, '-no-color', ...args.slice(1)];
    return stack.launch ? terraform(dir, env, argv) : reattached(dir, env, argv);
  };
  const stack: Stack = {
    fx,
    dir,
    env,
    launch: opts.launch ?? false,
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
  return stack;
}
