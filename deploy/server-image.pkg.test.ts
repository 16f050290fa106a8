// The README's install block for the server ("Install", the `docker build` one), followed line by line
// as far as it goes without a Docker engine:
//   docker build -t T .   the Dockerfile's stages staged into folders by deploy/image.ts, every `npm ci`
//                         really run from the lockfile (the image's own production-only install too)
//                         and the build really compiled;
//   docker run … T        the image's CMD with its ENV, WORKDIR and USER (when this runs as root), the
//                         line's -e settings, and a wait for its HEALTHCHECK as Docker reports healthy;
//   curl URL              a request to that URL;
//   docker logs NAME      the container's output.
// What one machine cannot give a container is rewritten, and only that: DATABASE_URL names a fresh
// database (on DATABASE_URL's server or the machine's) instead of the README's example host, and the
// container's port is a free one, which the published port of `-p` then stands for.
// A line or option this file does not know fails the test: the README changed, so must this.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson, repoRoot } from '../scripts/release/packages.ts';
import { isRootUser } from './dockerfile.ts';
import { durationMs, runContainer, stageImage } from './image.ts';
import type { Container, StagedImage } from './image.ts';
import { freePort, freshDatabase } from './test-support.ts';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const install = readme.slice(readme.indexOf('## Install'), readme.indexOf('## Settings'));
const blocks = [...install.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const block = blocks.filter((b) => b.includes('docker build'));

/** The block's commands: continuation lines joined, comments and blank lines dropped, split into words. */
function commands(text: string): string[][] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '')
    .map((line) => {
      if (/["'`$|;&<>]/.test(line))
        throw new Error(`README: cannot follow \`${line}\` (quotes or shell syntax)`);
      return line.split(/\s+/);
    });
}

describe('the README’s server install block, followed without Docker', () => {
  const images = new Map<string, StagedImage>();
  const containers = new Map<string, { container: Container; ports: Map<number, number> }>();
  let db: { url: string; drop(): Promise<void> } | undefined;
  const done: string[] = [];
  let readyBody: unknown;
  let logs = '';

  async function dockerBuild(args: string[]): Promise<void> {
    let tag: string | undefined;
    const rest: string[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '-t' || args[i] === '--tag') tag = args[++i];
      else if (args[i]!.startsWith('-'))
        throw new Error(`docker build ${args[i]}: not followed by this test`);
      else rest.push(args[i]!);
    }
    expect(rest, 'docker build takes one context').toHaveLength(1);
    // The README's commands run in the repository's folder.
    images.set(tag!, await stageImage(resolve(repoRoot, rest[0]!), 'install'));
  }

  async function dockerRun(args: string[]): Promise<void> {
    const env: Record<string, string> = {};
    const published: [number, number][] = [];
    let name: string | undefined;
    let i = 0;
    for (; i < args.length && args[i]!.startsWith('-'); i++) {
      const flag = args[i]!;
      if (flag === '-d' || flag === '--detach') continue;
      const value = args[++i]!;
      if (flag === '--name') name = value;
      else if (flag === '-e' || flag === '--env') {
        const [k, ...v] = value.split('=');
        env[k!] = v.join('=');
      } else if (flag === '-p' || flag === '--publish') {
        const [host, container] = value.split(':').map(Number);
        published.push([host!, container!]);
      } else throw new Error(`docker run ${flag}: not followed by this test`);
    }
    const image = images.get(args[i]!);
    if (!image) throw new Error(`docker run ${args[i]}: no image of that tag was built above`);
    expect(args.slice(i + 1), 'docker run with the image’s own CMD').toEqual([]);
    if (env.DATABASE_URL !== undefined) {
      expect(new URL(env.DATABASE_URL).protocol).toBe('postgres:');
      db = await freshDatabase();
      env.DATABASE_URL = db.url;
    }
    const port = await freePort();
    const ports = new Map<number, number>();
    for (const [host, container] of published) {
      expect(String(container), `-p ${host}:${container} publishes the port the image listens on`).toBe(
        image.config.env.PORT,
      );
      ports.set(host, port);
    }
    const container = runContainer(image, { env: { ...env, PORT: String(port) } });
    containers.set(name ?? args[i]!, { container, ports });
    // A user waits for `docker ps` to say healthy: the HEALTHCHECK's --start-period and --retries.
    const check = image.config.healthcheck!.options;
    await container.healthy(
      durationMs(check['start-period']!) + Number(check.retries) * durationMs(check.interval!),
    );
  }

  async function curl(args: string[]): Promise<void> {
    const url = new URL(args.find((a) => !a.startsWith('-'))!);
    expect(['localhost', '127.0.0.1']).toContain(url.hostname);
    const to = [...containers.values()].map((c) => c.ports.get(Number(url.port))).find((p) => p);
    if (!to) throw new Error(`curl ${url}: no container publishes port ${url.port}`);
    url.hostname = '127.0.0.1';
    url.port = String(to);
    const res = await fetch(url);
    // -f: an HTTP error status fails the command.
    if (args.some((a) => /^-[a-zA-Z]*f/.test(a))) expect(res.status, `curl ${url}`).toBeLessThan(400);
    readyBody = await res.json();
  }

  beforeAll(async () => {
    expect(block, 'one sh block with `docker build` in the README’s Install').toHaveLength(1);
    for (const [program, verb, ...args] of commands(block[0]!)) {
      expect(program).not.toBe('sudo');
      const line = [program, verb, ...args].join(' ');
      if (program === 'docker' && verb === 'build') await dockerBuild(args);
      else if (program === 'docker' && verb === 'run') await dockerRun(args);
      else if (program === 'curl') await curl([verb!, ...args]);
      else if (program === 'docker' && verb === 'logs') {
        const c = containers.get(args[0]!);
        if (!c) throw new Error(`${line}: no such container`);
        logs = c.container.stdout() + c.container.stderr();
      } else throw new Error(`README: \`${line}\` is not followed by this test`);
      done.push(line);
    }
  }, 900_000);

  afterAll(async () => {
    await Promise.all([...containers.values()].map(({ container }) => container.stop(15_000)));
    await db?.drop();
  }, 60_000);

  it('builds, runs, answers /readyz and shows the owner’s token, as the README says', async () => {
    expect(done.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      'docker build',
      'docker run',
      'curl -fsS',
      'docker logs',
    ]);
    expect(readyBody).toEqual({ status: expect.any(String) });
    const token = /API token \(.*owner\)\s+(ff_pat_\S+)/.exec(logs)?.[1];
    expect(token, logs).toBeDefined();
    const { container, ports } = [...containers.values()][0]!;
    const res = await fetch(`http://127.0.0.1:${[...ports.values()][0]}/api/v1/projects`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('"demo"');
    expect(container.child.exitCode).toBeNull();
  });

  it('runs on plain Node, of the base image’s major, as a user other than root', () => {
    const image = [...images.values()][0]!;
    expect(image.config.baseImage).toMatch(new RegExp(`^node:${process.versions.node.split('.')[0]}-`));
    expect(isRootUser(image.config.user)).toBe(false);
    const { container } = [...containers.values()][0]!;
    const uid = Number(
      /^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${container.child.pid}/status`, 'utf8'))![1],
    );
    if (process.getuid!() === 0) expect(uid).toBe(Number(image.config.user!.split(':')[0]));
    expect(container.env.NODE_OPTIONS).toBeUndefined();
  });

  it('holds JavaScript, no TypeScript sources, and no development dependency', () => {
    const image = [...images.values()][0]!;
    const app = join(image.root, image.config.workdir);
    const files = readdirSync(app, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(app, join(e.parentPath, e.name)));
    const ours = files.filter((f) => !f.startsWith('node_modules/'));
    expect(ours.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(ours.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(50);
    // The lockfile marks what only development needs; none of it may be installed.
    const lock = readJson<{ packages: Record<string, { dev?: boolean }> }>(
      join(repoRoot, 'package-lock.json'),
    );
    const installed = Object.keys(lock.packages).filter(
      (path) => path.startsWith('node_modules/') && existsSync(join(app, path, 'package.json')),
    );
    expect(installed).toContain('node_modules/koa');
    expect(installed.filter((path) => lock.packages[path]!.dev)).toEqual([]);
  });

  it('keeps the embedded database in its volume, written by its user, without DATABASE_URL', async () => {
    const image = [...images.values()][0]!;
    const [volume] = image.config.volumes;
    const data = mkdtempSync(join(tmpdir(), 'ff-volume-'));
    try {
      const port = await freePort();
      const embedded = runContainer(image, { env: { PORT: String(port) }, volumes: { [volume!]: data } });
      await embedded.healthy(120_000);
      expect(embedded.env.FF_DATA_DIR).toBe(data);
      expect(await embedded.stop(15_000), embedded.stderr()).toBe(0);
      expect(readdirSync(data)).toContain('PG_VERSION');
      if (process.getuid!() === 0)
        expect(statSync(join(data, 'PG_VERSION')).uid).toBe(Number(image.config.user!.split(':')[0]));
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  it('passes its HEALTHCHECK and stops cleanly on its STOPSIGNAL', async () => {
    const image = [...images.values()][0]!;
    const { container } = [...containers.values()][0]!;
    expect((await container.exec(image.config.healthcheck!.command)).code).toBe(0);
    expect(await container.stop(15_000)).toBe(0);
  });
});
