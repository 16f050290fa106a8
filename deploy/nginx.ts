// deploy/nginx.conf outside Docker, for deploy/compose-shape.http.test.ts: the machine's nginx (Debian's
// `nginx` package) runs the very file compose mounts, rewritten only where compose's network differs from
// one machine's: the replicas' names become 127.0.0.1 and their ports, the listen port a free one. An
// upstream server's `resolve` goes with its name: it re-resolves a name through Docker's DNS, and an
// address has nothing to resolve (nor does nginx before 1.27.3, which Debian 12 ships, know it).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** nginx on PATH or where Debian installs it (/usr/sbin is not on every user's PATH). */
export function findNginx(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  return dirs
    .filter((dir) => dir.startsWith('/'))
    .map((dir) => join(dir, 'nginx'))
    .find((path) => existsSync(path));
}

const serverLine = /^(\s*server\s+)([^\s;{]+)([^;{]*);/gm;
const listenLine = /^(\s*listen\s+)([^\s;]+)([^;]*);/gm;

/** The addresses of the upstream `server` lines (`api-1:4242`). */
export function upstreamServers(conf: string): string[] {
  return [...conf.matchAll(serverLine)].map((m) => m[2]!);
}

/** The ports the `listen` lines name. */
export function listenPorts(conf: string): number[] {
  return [...conf.matchAll(listenLine)].map((m) => Number(m[2]!.split(':').at(-1)));
}

/**
 * The config with each upstream address replaced by `servers[address]` and each listen port by
 * `listen[port]` (bound to 127.0.0.1). An address or port without a replacement is an error: the file
 * names something the test does not run.
 */
export function rewriteConfig(
  conf: string,
  servers: Record<string, string>,
  listen: Record<number, number>,
): string {
  return conf
    .replace(serverLine, (_, head: string, address: string, params: string) => {
      const to = servers[address];
      if (!to) throw new Error(`nginx.conf: upstream server ${address} is not one of the replicas`);
      const kept = params.split(/\s+/).filter((p) => p !== '' && p !== 'resolve');
      return `${head}${[to, ...kept].join(' ')};`;
    })
    .replace(listenLine, (_, head: string, address: string, params: string) => {
      const port = Number(address.split(':').at(-1));
      const to = listen[port];
      if (!to) throw new Error(`nginx.conf: listen ${address} is not a port compose publishes`);
      return `${head}127.0.0.1:${to}${params};`;
    });
}

export interface Nginx {
  child: ChildProcess;
  stderr(): string;
  exited: Promise<number | null>;
  /** A graceful stop (SIGQUIT), SIGKILL after 5 s. */
  stop(): Promise<void>;
}

/** Runs nginx in the foreground on `conf`, its pid file in `dir`, its error log on stderr. */
export function startNginx(binary: string, conf: string, dir: string): Nginx {
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, conf);
  const child = spawn(
    binary,
    ['-p', dir, '-c', file, '-e', 'stderr', '-g', `daemon off; pid ${join(dir, 'nginx.pid')};`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stderr: () => err,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
