// The image without Docker: stageImage follows the Dockerfile (deploy/dockerfile.ts) instruction by
// instruction into folders that stand for each stage's filesystem, and runContainer starts the final
// stage's CMD the way `docker run` would (its ENV, WORKDIR and USER, nothing of the caller's environment).
// The base image is the one thing not reproduced: its Node is this process's Node (the test checks the
// majors agree). RUN is emulated per command, for the commands our Dockerfile uses (npm ci, node,
// mkdir -p, chown): a shell command run on this machine could touch the machine's own /data or /app.
//
// `npm ci` either really installs from the lockfile ('install': what the image gets, production
// dependencies only where the Dockerfile says so) or links the repository's installed node_modules, which
// came from the same lockfile ('link': seconds instead of a minute, but dev dependencies stay visible).
//
// Staged images are cached like Docker's layers: by a hash of the Dockerfile, .dockerignore, every file
// the COPY instructions take from the context, the npm ci mode and Node's version.
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, relative } from 'node:path';
import { isIgnored, parseDockerignore } from './dockerignore.ts';
import type { IgnoreRule } from './dockerignore.ts';
import { findStage, imageConfig, parseCopy, parseDockerfile, resolveContainerPath } from './dockerfile.ts';
import type { ImageConfig, Stage } from './dockerfile.ts';

export type NpmCi = 'install' | 'link';

export interface StagedImage {
  /** The final stage's filesystem: container path `/x` is `root + /x`. */
  root: string;
  config: ImageConfig;
  stages: Stage[];
  /** Whether this call staged it (false: it came from the cache). */
  built: boolean;
}

const isRoot = process.getuid?.() === 0;
// This Node's folder first, so `node` and npm's `#!/usr/bin/env node` run on the Node of the base image's major.
const toolPath = [dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(delimiter);

interface Build {
  context: string;
  ignore: IgnoreRule[];
  npmCi: NpmCi;
  stages: Stage[];
  /** Stage index → its filesystem folder. */
  roots: string[];
}

/** The files (context-relative) that `COPY <source>` takes from the context, .dockerignore applied. */
function contextFiles(context: string, ignore: IgnoreRule[], source: string): string[] {
  const rel = relative(context, join(context, source)).replaceAll('\\', '/');
  if (rel.startsWith('..')) throw new Error(`COPY ${source}: outside the build context`);
  const abs = join(context, rel);
  if (!existsSync(abs) || isIgnored(ignore, rel))
    throw new Error(`COPY ${source}: not in the build context (missing, or left out by .dockerignore)`);
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(context, join(e.parentPath, e.name)).replaceAll('\\', '/'))
    .filter((file) => !isIgnored(ignore, file))
    .sort();
}

function cacheKey(build: Build, dockerfile: string, dockerignore: string): string {
  const hash = createHash('sha256');
  const add = (...parts: (string | Buffer)[]) => parts.forEach((p) => hash.update(p).update('\0'));
  add(dockerfile, dockerignore, build.npmCi, process.version);
  // Linked node_modules point into this checkout.
  if (build.npmCi === 'link') add(build.context);
  for (const { instructions } of build.stages)
    for (const { keyword, args } of instructions) {
      if (keyword !== 'COPY') continue;
      const { options, sources } = parseCopy(args);
      if (options.from) continue;
      for (const source of sources)
        for (const file of contextFiles(build.context, build.ignore, source)) {
          const path = join(build.context, file);
          add(file, String(statSync(path).mode), readFileSync(path));
        }
    }
  return hash.digest('hex').slice(0, 16);
}

function copy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true, verbatimSymlinks: true, force: true });
}

function applyCopy(build: Build, stage: Stage, workdir: string, args: string): void {
  const { options, sources, dest } = parseCopy(args);
  const root = build.roots[stage.index]!;
  const target = resolveContainerPath(workdir, dest);
  const intoDir = dest.endsWith('/') || sources.length > 1;
  const copied: string[] = [];
  for (const source of sources) {
    if (options.from) {
      const from = findStage(build.stages, options.from, stage.index);
      if (!from) throw new Error(`COPY --from=${options.from}: no such earlier stage`);
      const abs = join(build.roots[from.index]!, resolveContainerPath('/', source));
      if (!existsSync(abs)) throw new Error(`COPY --from=${options.from} ${source}: not in that stage`);
      // A directory's contents go to the destination, not the directory itself.
      const to = lstatSync(abs).isDirectory() || !intoDir ? target : join(target, basename(abs));
      copy(abs, join(root, to));
      copied.push(to);
      continue;
    }
    const whole = join(build.context, source);
    const isDir = statSync(whole).isDirectory();
    for (const file of contextFiles(build.context, build.ignore, source)) {
      const inside = isDir ? relative(whole, join(build.context, file)) : intoDir ? basename(file) : '';
      const to = join(target, inside);
      copy(join(build.context, file), join(root, to));
      copied.push(to);
    }
  }
  if (options.chown) for (const path of copied) chown(join(root, path), options.chown, true);
}

function chown(path: string, owner: string, recursive: boolean): void {
  const m = /^(\d+)(?::(\d+))?$/.exec(owner);
  if (!m) throw new Error(`chown ${owner}: only numeric uid[:gid] can be reproduced on this machine`);
  // Only root can give files away; elsewhere the container's user is this user anyway (runContainer).
  if (!isRoot) return;
  const [uid, gid] = [Number(m[1]), Number(m[2] ?? m[1])];
  chownSync(path, uid, gid);
  if (recursive && lstatSync(path).isDirectory())
    for (const e of readdirSync(path, { recursive: true, withFileTypes: true }))
      chownSync(join(e.parentPath, e.name), uid, gid);
}

function exec(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(file, args, { cwd, env, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      err
        ? reject(new Error(`${file} ${args.join(' ')} failed:\n${stdout}${stderr}`, { cause: err }))
        : resolve(),
    ),
  );
}

/** npm ci, 'link' mode: the repository's node_modules entries, and links to this stage's workspaces. */
function linkNodeModules(build: Build, cwd: string): void {
  const from = join(build.context, 'node_modules');
  const to = join(cwd, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) if (entry !== '@ff') symlinkSync(join(from, entry), join(to, entry));
  const root = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { workspaces?: string[] };
  for (const folder of root.workspaces ?? []) {
    const manifest = join(cwd, folder, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string };
    mkdirSync(dirname(join(to, name)), { recursive: true });
    symlinkSync(relative(dirname(join(to, name)), join(cwd, folder)), join(to, name));
  }
}

async function applyRun(build: Build, stage: Stage, config: ImageConfig, args: string): Promise<void> {
  const root = build.roots[stage.index]!;
  const cwd = join(root, config.workdir);
  mkdirSync(cwd, { recursive: true });
  // The build's own environment: never this process's (vitest's NODE_OPTIONS carries the source condition).
  const env = {
    PATH: toolPath,
    HOME: process.env.HOME ?? tmpdir(),
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
    ...config.env,
  };
  for (const command of args.split('&&').map((c) => c.trim())) {
    if (/["'`;|<>$(){}\\]/.test(command))
      throw new Error(`RUN ${command}: not reproduced without a container`);
    const [program, ...rest] = command.split(/\s+/);
    const paths = rest
      .filter((a) => !a.startsWith('-'))
      .map((p) => join(root, resolveContainerPath(config.workdir, p)));
    if (program === 'npm' && rest[0] === 'ci') {
      if (build.npmCi === 'link') linkNodeModules(build, cwd);
      else await exec('npm', rest, cwd, env);
    } else if (program === 'node') await exec(process.execPath, rest, cwd, env);
    else if (program === 'mkdir' && rest[0] === '-p')
      for (const p of paths) mkdirSync(p, { recursive: true });
    else if (program === 'chown') {
      const recursive = rest.includes('-R');
      const [owner, ...targets] = rest.filter((a) => a !== '-R');
      for (const p of targets) chown(join(root, resolveContainerPath(config.workdir, p)), owner!, recursive);
    } else throw new Error(`RUN ${command}: not reproduced without a container (teach deploy/image.ts)`);
  }
}

async function stageAll(build: Build): Promise<void> {
  for (const stage of build.stages) {
    const root = build.roots[stage.index]!;
    const parent = findStage(build.stages, stage.from, stage.index);
    if (parent) cpSync(build.roots[parent.index]!, root, { recursive: true, verbatimSymlinks: true });
    else mkdirSync(root, { recursive: true });
    // The stage's settings (WORKDIR, ENV) as they stand at each instruction.
    const partial: Stage = { ...stage, instructions: [] };
    const stagesSoFar = build.stages.map((s) => (s.index === stage.index ? partial : s));
    for (const instruction of stage.instructions) {
      partial.instructions.push(instruction);
      const config = imageConfig(stagesSoFar, stage.index);
      try {
        if (instruction.keyword === 'COPY') applyCopy(build, stage, config.workdir, instruction.args);
        else if (instruction.keyword === 'RUN') await applyRun(build, stage, config, instruction.args);
        else if (instruction.keyword === 'WORKDIR')
          mkdirSync(join(root, config.workdir), { recursive: true });
      } catch (err) {
        const where = `Dockerfile line ${instruction.line} (${instruction.keyword})`;
        throw new Error(`${where}: ${(err as Error).message}`, { cause: err });
      }
    }
  }
}

/** Stages `context`'s Dockerfile (or reuses the cached staging of the same inputs). */
export async function stageImage(context: string, npmCi: NpmCi): Promise<StagedImage> {
  const dockerfile = readFileSync(join(context, 'Dockerfile'), 'utf8');
  const ignorePath = join(context, '.dockerignore');
  const dockerignore = existsSync(ignorePath) ? readFileSync(ignorePath, 'utf8') : '';
  const stages = parseDockerfile(dockerfile);
  const build: Build = { context, ignore: parseDockerignore(dockerignore), npmCi, stages, roots: [] };
  const final = join(tmpdir(), `ff-image-${npmCi}-${cacheKey(build, dockerfile, dockerignore)}`);
  const last = stages.length - 1;
  const result = (built: boolean): StagedImage => ({
    root: join(final, String(last)),
    config: imageConfig(stages),
    stages,
    built,
  });
  if (existsSync(join(final, 'complete'))) {
    // Used now: not stale for removeStale in another run.
    utimesSync(final, new Date(), new Date());
    return result(false);
  }

  removeStale();
  const work = `${final}.${process.pid}.${Date.now()}`;
  build.roots = stages.map((s) => join(work, String(s.index)));
  try {
    await stageAll(build);
    // Only the image is kept; the build stages were its means.
    for (const s of stages)
      if (s.index !== last) rmSync(build.roots[s.index]!, { recursive: true, force: true });
    // The container's user (not root) must be able to reach the image's files, as in a real image.
    chmodSync(work, 0o755);
    writeFileSync(join(work, 'complete'), '');
    renameSync(work, final);
  } catch (err) {
    rmSync(work, { recursive: true, force: true });
    // A concurrent staging of the same inputs finished first: use it.
    if (existsSync(join(final, 'complete'))) return result(false);
    throw err;
  }
  return result(true);
}

// Stagings of older inputs pile up as the sources change (an installed one is ~70 MB). Those made or
// used over an hour ago go: a test uses its staging for minutes, and one may belong to a run beside this.
function removeStale(): void {
  const old = Date.now() - 3600_000;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('ff-image-')) continue;
    const path = join(tmpdir(), name);
    try {
      if (statSync(path).mtimeMs < old) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}

export interface Exec {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Container {
  child: ChildProcess;
  /** The environment the container's processes get. */
  env: Record<string, string>;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
  /**
   * `docker exec`: a command in the container's environment (plus `env`), as its user: the way Docker
   * runs the HEALTHCHECK command.
   */
  exec(command: string[], opts?: { env?: Record<string, string>; timeoutMs?: number }): Promise<Exec>;
  /**
   * Resolves once the image's HEALTHCHECK command passes, as `depends_on: condition: service_healthy`
   * waits; rejects if the container exits first or `timeoutMs` passes. It asks every 100 ms, not every
   * --interval: that only makes the wait shorter.
   */
  healthy(timeoutMs: number): Promise<void>;
  /** `docker stop`: the image's STOPSIGNAL, then SIGKILL after `graceMs`. Resolves with the exit code. */
  stop(graceMs: number): Promise<number | null>;
}

export interface RunOptions {
  /** `-e NAME=value`, over the image's ENV. */
  env?: Record<string, string>;
  /** `-v`: container path → host folder (default: the folder in the staged image). */
  volumes?: Record<string, string>;
}

/** A Docker duration (`10s`, `1m30s`, `500ms`) in milliseconds. */
export function durationMs(text: string): number {
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))
    total += Number(n) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit as 'ms' | 's' | 'm' | 'h'];
  return total;
}

/** The image's USER as a uid/gid this machine can switch to (only root can; others run as themselves). */
function identity(user: string | undefined): { uid?: number; gid?: number } {
  if (!user || !isRoot) return {};
  const m = /^(\d+)(?::(\d+))?$/.exec(user);
  if (!m) throw new Error(`USER ${user}: only numeric uid[:gid] can be reproduced on this machine`);
  return { uid: Number(m[1]), gid: Number(m[2] ?? m[1]) };
}

export function runContainer(image: StagedImage, opts: RunOptions = {}): Container {
  const { config, root } = image;
  const volumes = Object.fromEntries(config.volumes.map((v) => [v, opts.volumes?.[v] ?? join(root, v)]));
  for (const [at, host] of Object.entries(opts.volumes ?? {})) {
    if (!config.volumes.includes(at)) throw new Error(`-v …:${at}: the image declares no such VOLUME`);
    // Docker fills a new, empty named volume from the image: its files, owner and mode.
    const inImage = join(root, at);
    if (readdirSync(host).length > 0 || !existsSync(inImage)) continue;
    cpSync(inImage, host, { recursive: true, verbatimSymlinks: true });
    const { uid, gid, mode } = statSync(inImage);
    chmodSync(host, mode);
    if (isRoot) chownSync(host, uid, gid);
  }
  // A path value inside a volume names the host folder mounted there.
  const mapPath = (value: string) => {
    for (const [at, host] of Object.entries(volumes))
      if (value === at || value.startsWith(`${at}/`)) return host + value.slice(at.length);
    return value;
  };
  const env: Record<string, string> = { PATH: toolPath };
  for (const [k, v] of Object.entries({ ...config.env, ...opts.env })) env[k] = mapPath(v);
  const cwd = join(root, config.workdir);
  const user = identity(config.user);
  const argv = (command: string[]) => {
    const [program, ...args] = command;
    return { program: program === 'node' ? process.execPath : program!, args };
  };
  if (!config.cmd) throw new Error('the image has no CMD');
  const main = argv(config.cmd);
  const child = spawn(main.program, main.args, { cwd, env, ...user, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d));
  child.stderr!.on('data', (d: Buffer) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const exec: Container['exec'] = (command, opts = {}) => {
    const { program, args } = argv(command);
    const options = { cwd, env: { ...env, ...opts.env }, ...user, timeout: opts.timeoutMs ?? 30_000 };
    return new Promise((resolve) =>
      execFile(program, args, options, (e, stdout, stderr) =>
        resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, stdout, stderr }),
      ),
    );
  };
  return {
    child,
    env,
    stdout: () => out,
    stderr: () => err,
    exited,
    exec,
    async healthy(timeoutMs) {
      const check = config.healthcheck;
      if (!check) throw new Error('the image has no HEALTHCHECK');
      const deadline = Date.now() + timeoutMs;
      const timeout = durationMs(check.options.timeout ?? '30s');
      for (;;) {
        const run = await exec(check.command, { timeoutMs: timeout });
        if (run.code === 0) return;
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`the container exited (${child.exitCode ?? child.signalCode})\n${out}\n${err}`);
        if (Date.now() > deadline)
          throw new Error(`the HEALTHCHECK did not pass in ${timeoutMs} ms: ${run.stderr}\n${out}\n${err}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop(graceMs) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill((config.stopSignal ?? 'SIGTERM') as NodeJS.Signals);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
