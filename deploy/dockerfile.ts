// The Dockerfile read as Docker reads it, for the tests that check it without a container runtime
// (deploy/image.ts stages it, deploy/*.test.ts run what it describes). It covers the instructions and
// forms our Dockerfile uses and refuses the rest, so a new instruction cannot slip past the tests
// unread: a refusal here is the cue to teach this file, not to work around it.

export interface Instruction {
  keyword: string;
  /** Everything after the keyword, continuation lines joined. */
  args: string;
  /** Where the instruction starts in the file (1-based). */
  line: number;
}

export interface Stage {
  index: number;
  /** The image or the earlier stage it starts from. */
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

export interface Healthcheck {
  /** --interval, --timeout, --start-period, --retries as written. */
  options: Record<string, string>;
  /** The command, in exec form (a shell form is `/bin/sh -c <command>`). */
  command: string[];
}

/** What `docker run` takes from an image: its stage chain's settings, last one wins. */
export interface ImageConfig {
  /** The external image at the bottom of the stage chain (`node:24-alpine`). */
  baseImage: string;
  env: Record<string, string>;
  workdir: string;
  user: string | undefined;
  volumes: string[];
  exposed: string[];
  healthcheck: Healthcheck | undefined;
  cmd: string[] | undefined;
  stopSignal: string | undefined;
}

const supported = new Set([
  'FROM',
  'WORKDIR',
  'COPY',
  'RUN',
  'ENV',
  'USER',
  'VOLUME',
  'EXPOSE',
  'HEALTHCHECK',
  'STOPSIGNAL',
  'CMD',
]);

export class DockerfileError extends Error {}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    // A trailing backslash continues the instruction; comment lines inside it are dropped.
    while (line.endsWith('\\') && i + 1 < lines.length) {
      const next = lines[++i]!;
      if (next.trim().startsWith('#')) continue;
      line = line.slice(0, -1) + next;
    }
    const match = /^(\S+)\s*(.*)$/s.exec(line)!;
    const keyword = match[1]!.toUpperCase();
    const args = match[2]!.trim();
    if (!supported.has(keyword))
      throw new DockerfileError(`line ${start}: ${keyword} is not understood by deploy/dockerfile.ts`);
    if (keyword === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new DockerfileError(`line ${start}: FROM ${args}`);
      stages.push({ index: stages.length, from: from[1]!, name: from[2], instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new DockerfileError(`line ${start}: ${keyword} before FROM`);
    stage.instructions.push({ keyword, args, line: start });
  }
  if (stages.length === 0) throw new DockerfileError('no FROM');
  return stages;
}

/** The earlier stage `ref` (a name or an index) names, if it names one. */
export function findStage(stages: Stage[], ref: string, before = stages.length): Stage | undefined {
  return stages.slice(0, before).find((s) => s.name === ref || String(s.index) === ref);
}

/** Leading `--name=value` options, and what follows them. */
export function splitOptions(args: string): { options: Record<string, string>; rest: string } {
  const options: Record<string, string> = {};
  let rest = args;
  for (;;) {
    const m = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest);
    if (!m) break;
    options[m[1]!] = m[2] ?? 'true';
    rest = rest.slice(m[0].length);
  }
  return { options, rest };
}

/** An exec-form JSON array, or the shell form run by `/bin/sh -c`. */
export function commandOf(form: string): string[] {
  if (form.startsWith('[')) {
    const parsed: unknown = JSON.parse(form);
    if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string'))
      throw new DockerfileError(`not an exec form: ${form}`);
    return parsed;
  }
  return ['/bin/sh', '-c', form];
}

/** ENV's `key=value …` pairs (values may be double-quoted), or the legacy `ENV key value`. */
export function parseEnv(args: string): Record<string, string> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(args)) {
    const m = /^(\S+)\s+(.*)$/s.exec(args);
    if (!m) throw new DockerfileError(`ENV ${args}`);
    return { [m[1]!]: m[2]! };
  }
  const env: Record<string, string> = {};
  const pair = /([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|\S*)\s*/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = pair.exec(args))) {
    const raw = m[2]!;
    env[m[1]!] = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    at = pair.lastIndex;
  }
  if (at !== args.length) throw new DockerfileError(`ENV: cannot read ${args.slice(at)}`);
  for (const value of Object.values(env))
    if (value.includes('$')) throw new DockerfileError(`ENV: substitutions are not read here (${value})`);
  return env;
}

/** COPY's options, sources and destination. */
export function parseCopy(args: string): {
  options: Record<string, string>;
  sources: string[];
  dest: string;
} {
  const { options, rest } = splitOptions(args);
  const parts = rest.startsWith('[') ? commandOf(rest) : rest.split(/\s+/);
  if (parts.length < 2) throw new DockerfileError(`COPY ${args}`);
  if (parts.some((p) => /[*?[$]/.test(p)))
    throw new DockerfileError(`COPY: wildcards and substitutions are not read here (${args})`);
  return { options, sources: parts.slice(0, -1), dest: parts.at(-1)! };
}

/** The settings `docker run` takes from stage `index` (default: the last, the image). */
export function imageConfig(stages: Stage[], index = stages.length - 1): ImageConfig {
  const chain: Stage[] = [];
  for (let stage: Stage | undefined = stages[index]; stage;) {
    chain.unshift(stage);
    stage = findStage(stages, stage.from, stage.index);
  }
  const config: ImageConfig = {
    baseImage: chain[0]!.from,
    env: {},
    workdir: '/',
    user: undefined,
    volumes: [],
    exposed: [],
    healthcheck: undefined,
    cmd: undefined,
    stopSignal: undefined,
  };
  for (const { keyword, args } of chain.flatMap((s) => s.instructions)) {
    if (keyword === 'ENV') Object.assign(config.env, parseEnv(args));
    else if (keyword === 'WORKDIR') config.workdir = resolveContainerPath(config.workdir, args);
    else if (keyword === 'USER') config.user = args;
    else if (keyword === 'VOLUME')
      config.volumes.push(...(args.startsWith('[') ? commandOf(args) : args.split(/\s+/)));
    else if (keyword === 'EXPOSE') config.exposed.push(...args.split(/\s+/));
    else if (keyword === 'STOPSIGNAL') config.stopSignal = args;
    else if (keyword === 'CMD') config.cmd = commandOf(args);
    else if (keyword === 'HEALTHCHECK') {
      if (args === 'NONE') config.healthcheck = undefined;
      else {
        const { options, rest } = splitOptions(args);
        const m = /^CMD\s+(.*)$/s.exec(rest);
        if (!m) throw new DockerfileError(`HEALTHCHECK ${args}`);
        config.healthcheck = { options, command: commandOf(m[1]!) };
      }
    }
  }
  return config;
}

/** A container path (WORKDIR, COPY destination) resolved against the current working directory. */
export function resolveContainerPath(cwd: string, path: string): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** Whether USER names root (absent, `root`, or uid 0, with any group). */
export function isRootUser(user: string | undefined): boolean {
  const name = (user ?? '').split(':')[0]!;
  return name === '' || name === 'root' || /^0+$/.test(name);
}
