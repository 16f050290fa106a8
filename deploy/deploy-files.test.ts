// The deployment files agree with each other and with the build: the Dockerfile, docker-compose.yml,
// deploy/nginx.conf and .dockerignore, read by the same parsers the process tests use
// (compose-shape.http.test.ts runs them; server-image.pkg.test.ts follows the README's docker commands).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, repoRoot, serverEntry } from '../scripts/release/packages.ts';
import { loadCompose, portMapping, startOrder } from './compose.ts';
import { durationMs } from './image.ts';
import {
  commandOf,
  imageConfig,
  isRootUser,
  parseCopy,
  parseDockerfile,
  parseEnv,
  resolveContainerPath,
} from './dockerfile.ts';
import { isIgnored, parseDockerignore } from './dockerignore.ts';
import { listenPorts, rewriteConfig, upstreamServers } from './nginx.ts';

const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');
const stages = parseDockerfile(read('Dockerfile'));
const image = imageConfig(stages);
const compose = loadCompose(join(repoRoot, 'docker-compose.yml'), {});
const nginxConf = read('deploy/nginx.conf');

describe('the Dockerfile', () => {
  it('runs the built JavaScript of the server with plain Node: no TypeScript, no source condition', () => {
    expect(image.cmd).toEqual(['node', '--enable-source-maps', serverEntry]);
    const final = stages.at(-1)!;
    const copies = final.instructions.filter((i) => i.keyword === 'COPY').map((i) => parseCopy(i.args));
    // From the context only manifests; code comes from the build stage's dist/.
    for (const c of copies.filter((c) => !c.options.from))
      expect(c.sources.every((s) => s.endsWith('package.json'))).toBe(true);
    expect(copies.some((c) => c.options.from === 'build' && c.sources.includes('/app/api/dist/'))).toBe(true);
  });

  it('runs as a non-root user, by number', () => {
    expect(isRootUser(image.user)).toBe(false);
    expect(image.user).toMatch(/^[1-9]\d*:\d+$/);
  });

  it('has a HEALTHCHECK that asks /readyz with Node on the image’s PORT, listening beyond localhost', () => {
    expect(image.healthcheck?.command.slice(0, 2)).toEqual(['node', '-e']);
    expect(image.healthcheck?.command[2]).toContain('127.0.0.1:${process.env.PORT}/readyz');
    expect(image.env).toMatchObject({ HOST: '0.0.0.0', PORT: expect.stringMatching(/^\d+$/) });
    expect(image.exposed).toEqual([image.env.PORT]);
  });

  it('keeps the embedded database in a volume', () => {
    expect(image.volumes).toEqual([image.env.FF_DATA_DIR]);
  });

  it('installs only production dependencies into the image', () => {
    const final = stages.at(-1)!;
    const modules = final.instructions
      .filter((i) => i.keyword === 'COPY')
      .map((i) => parseCopy(i.args))
      .find((c) => c.dest.startsWith('node_modules'));
    const from = stages.find((s) => s.name === modules?.options.from)!;
    const ci = from.instructions.find((i) => i.keyword === 'RUN' && i.args.startsWith('npm ci'));
    expect(ci?.args).toContain('--omit=dev');
  });

  it('gives npm ci every workspace’s manifest and the lockfile', () => {
    const manifests = stages.find((s) => s.name === 'manifests')!;
    const copied = manifests.instructions
      .filter((i) => i.keyword === 'COPY')
      .flatMap((i) => parseCopy(i.args).sources);
    const workspaces = readJson(join(repoRoot, 'package.json')).workspaces as string[];
    // A new workspace needs its line there (`COPY <folder>/package.json <folder>/`), or npm ci fails.
    expect(copied.sort(), 'the Dockerfile’s manifests stage copies each workspace’s package.json').toEqual(
      ['package.json', 'package-lock.json', ...workspaces.map((w) => `${w}/package.json`)].sort(),
    );
  });

  it('starts from the Node major the repository runs on', () => {
    const node = readJson(join(repoRoot, 'package.json')).devDependencies!.node!;
    const major = /(\d+)/.exec(node)![1];
    for (const s of stages.filter((s) => !stages.some((p) => p.name === s.from)))
      expect(s.from).toMatch(new RegExp(`^node:${major}(-|$)`));
    expect(read('.nvmrc').trim()).toBe(major);
  });
});

describe('docker-compose.yml', () => {
  const services = Object.values(compose.services);
  const apis = services.filter((s) => s.build !== undefined);
  const postgres = services.find((s) => s.image?.startsWith('postgres:'))!;
  const lb = services.find((s) => s.image?.startsWith('nginx:'))!;

  it('runs two API replicas of the image on the postgres service’s database', () => {
    expect(apis.map((s) => s.build)).toEqual(['.', '.']);
    const env = postgres.environment;
    for (const api of apis) {
      const url = new URL(api.environment.DATABASE_URL!);
      expect(url.hostname).toBe(postgres.name);
      expect([url.username, url.password, url.pathname]).toEqual([
        env.POSTGRES_USER,
        env.POSTGRES_PASSWORD,
        `/${env.POSTGRES_DB}`,
      ]);
      expect(api.environment.FF_BOOTSTRAP_TOKEN).toMatch(/^[\x21-\x7e]{24,256}$/);
    }
  });

  it('starts the replicas one after the other, on healthchecks that exist, and nginx last', () => {
    const order = startOrder(compose).map((s) => s.name);
    expect(order[0]).toBe(postgres.name);
    expect(order.at(-1)).toBe(lb.name);
    for (const s of services)
      for (const [dep, condition] of Object.entries(s.dependsOn)) {
        if (condition !== 'service_healthy') continue;
        const target = compose.services[dep]!;
        // The API's healthcheck is the image's; postgres has one in the compose file.
        if (target.build !== undefined) expect(image.healthcheck).toBeDefined();
        else expect(read('docker-compose.yml')).toMatch(new RegExp(`${dep}:[\\s\\S]*?healthcheck:`));
      }
  });

  it('gives a replica longer to stop than the API’s own drain deadline', () => {
    const deadline = Number(
      /shutdownDeadlineMs = ([\d_]+)/.exec(read('api/src/main.ts'))![1]!.replaceAll('_', ''),
    );
    for (const api of apis) expect(durationMs(api.stopGracePeriod!)).toBeGreaterThan(deadline);
  });

  it('puts nginx, with deploy/nginx.conf, in front of exactly the replicas, on the image’s port', () => {
    expect(lb.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(upstreamServers(nginxConf).sort()).toEqual(apis.map((a) => `${a.name}:${image.env.PORT}`).sort());
    expect(listenPorts(nginxConf)).toEqual([portMapping(lb.ports[0]!).container]);
  });
});

describe('deploy/nginx.conf', () => {
  const stream = /location = \/sdk\/v1\/stream \{([\s\S]*?)\}/.exec(nginxConf)?.[1] ?? '';

  it('streams SSE unbuffered, uncompressed, over HTTP/1.1 keepalive, with reads longer than heartbeats', () => {
    expect(stream).toMatch(/proxy_buffering off;/);
    expect(stream).toMatch(/gzip off;/);
    // Several 15 s heartbeats may go missing before nginx gives up on a stream.
    expect(durationMs(/proxy_read_timeout (\S+);/.exec(stream)![1]!)).toBeGreaterThanOrEqual(60_000);
    expect(nginxConf).toMatch(/proxy_http_version 1\.1;/);
    expect(nginxConf).toMatch(/proxy_set_header Connection '';/);
    expect(nginxConf).toMatch(/upstream ff_api \{[^}]*keepalive \d+;/);
  });

  it('lets idle upstream connections go before the replicas close them', () => {
    const api = Number(
      /keepAliveTimeout = ([\d_]+)/.exec(read('api/src/server.ts'))![1]!.replaceAll('_', ''),
    );
    const upstream = /upstream ff_api \{[^}]*keepalive_timeout (\S+);/.exec(nginxConf)![1]!;
    expect(durationMs(upstream)).toBeLessThan(api);
  });

  it('is rewritten for one machine only in names and ports', () => {
    const rewritten = rewriteConfig(
      nginxConf,
      { 'api-1:4242': '127.0.0.1:5001', 'api-2:4242': '127.0.0.1:5002' },
      { 80: 5000 },
    );
    expect(upstreamServers(rewritten)).toEqual(['127.0.0.1:5001', '127.0.0.1:5002']);
    expect(rewritten).toContain('listen 127.0.0.1:5000;');
    const words = (text: string) =>
      text.replace(/api-\d:4242 resolve|127\.0\.0\.1:500\d|listen \S+;/g, '').split(/\s+/);
    expect(words(rewritten)).toEqual(words(nginxConf));
    expect(() => rewriteConfig(nginxConf, { 'api-1:4242': '127.0.0.1:5001' }, { 80: 5000 })).toThrow(
      /api-2:4242/,
    );
  });
});

describe('the parsers', () => {
  it('reads .dockerignore as Docker does', () => {
    const rules = parseDockerignore(
      '**/node_modules\n.git\n**/*.test.ts\n/dist\n*.md\n!README.md\n# comment\n',
    );
    const cases: [string, boolean][] = [
      ['node_modules', true],
      ['api/node_modules/koa/index.js', true],
      ['.git/HEAD', true],
      ['api/src/app.test.ts', true],
      ['api/src/app.ts', false],
      ['dist/x.js', true],
      ['api/dist/x.js', false],
      ['CHANGELOG.md', true],
      ['README.md', false],
      ['api/README.md', false],
    ];
    for (const [path, ignored] of cases) expect(isIgnored(rules, path), path).toBe(ignored);
  });

  it('reads the Dockerfile’s continuations, ENV pairs, exec forms and paths', () => {
    const [stage] = parseDockerfile(
      'FROM x AS a\nENV A=1 \\\n# dropped\n    B="two words"\nCMD ["node", "m.js"]\n',
    );
    expect(stage!.instructions.map((i) => [i.keyword, i.line])).toEqual([
      ['ENV', 2],
      ['CMD', 5],
    ]);
    expect(parseEnv(stage!.instructions[0]!.args)).toEqual({ A: '1', B: 'two words' });
    expect(parseEnv('LEGACY some value')).toEqual({ LEGACY: 'some value' });
    expect(commandOf('echo hi')).toEqual(['/bin/sh', '-c', 'echo hi']);
    expect(resolveContainerPath('/app', '../data/./x')).toBe('/data/x');
    expect(() => parseDockerfile('FROM x\nADD a b\n')).toThrow(/ADD is not understood/);
    expect(() => parseCopy('src/* dest/')).toThrow(/wildcards/);
    expect(isRootUser(undefined)).toBe(true);
    expect(isRootUser('0:1000')).toBe(true);
    expect(isRootUser('root')).toBe(true);
    expect(isRootUser('1000:1000')).toBe(false);
  });
});
