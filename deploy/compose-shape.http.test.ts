// docker-compose.yml's multi-node shape, run without a container runtime: the services come from the
// compose file itself, started in its depends_on order. Postgres is a fresh database on DATABASE_URL's
// server or the machine's (PGlite cannot be shared by processes, so this test never uses it); each API
// replica is the Dockerfile's image staged by deploy/image.ts (its built JavaScript, ENV, WORKDIR, USER and
// CMD) with the service's environment; `service_healthy` waits on the image's HEALTHCHECK command; the
// load balancer is the machine's nginx on the deploy/ config compose mounts (deploy/nginx.ts rewrites
// only names and ports). Then a flag changed through the balancer reaches an SDK whose stream, also
// through the balancer, is held by the other replica.
//
// Compose's own network is the one thing rewritten: every process shares this machine's, so each replica
// gets a free PORT and DATABASE_URL names the test's database; the rest of the environment is the file's.
// nginx is required in CI (.ci/run installs it); elsewhere its absence skips this file, saying so.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@ff/sdk-node';
import type { Client } from '@ff/sdk-node';
import { repoRoot } from '../scripts/release/packages.ts';
import { loadCompose, portMapping, startOrder } from './compose.ts';
import type { Service } from './compose.ts';
import { isRootUser } from './dockerfile.ts';
import { durationMs, runContainer, stageImage } from './image.ts';
import type { Container, StagedImage } from './image.ts';
import { findNginx, rewriteConfig, startNginx, upstreamServers } from './nginx.ts';
import type { Nginx } from './nginx.ts';
import { freePort, freshDatabase, requestCount } from './test-support.ts';

// Interpolated as `docker compose` would in a shell that sets nothing: the file's defaults.
const compose = loadCompose(join(repoRoot, 'docker-compose.yml'), {});
const services = Object.values(compose.services);
const replicas = services.filter((s) => s.build !== undefined);
const database = services.find((s) => s.image?.startsWith('postgres:'));
const balancer = services.find((s) => s.image?.startsWith('nginx:'));
const nginx = findNginx();
const skip = !nginx && !process.env.CI;

const configRoute = '/api/v1/projects/:project/flags/:flag/environments/:env';
const flagKey = 'compose-shape';

describe.skipIf(skip)(
  skip
    ? 'docker-compose.yml as processes: SKIPPED, no nginx on PATH or in /usr/sbin (apt-get install nginx; CI installs it)'
    : 'docker-compose.yml as processes: Postgres, two API replicas from the image, nginx in front',
  () => {
    let image: StagedImage;
    let db: { url: string; drop(): Promise<void> } | undefined;
    let dir: string;
    const running = new Map<string, Container>();
    const urls = new Map<string, string>();
    let lb: Nginx | undefined;
    let lbUrl: string;
    let token: string;
    let sdk: Client | undefined;

    async function start(service: Service): Promise<void> {
      for (const [dep, condition] of Object.entries(service.dependsOn)) {
        expect(['service_started', 'service_healthy']).toContain(condition);
        const container = running.get(dep);
        if (condition === 'service_healthy' && container) await container.healthy(90_000);
      }
      if (service === database) return; // the fresh database stands in for it
      if (service.build !== undefined) {
        const port = await freePort();
        const env = { ...service.environment, DATABASE_URL: db!.url, PORT: String(port) };
        running.set(service.name, runContainer(image, { env }));
        urls.set(service.name, `http://127.0.0.1:${port}`);
        return;
      }
      if (service === balancer) {
        const mount = service.volumes.find((v) => v.endsWith(':/etc/nginx/nginx.conf:ro'));
        if (!mount) throw new Error(`${service.name} mounts no /etc/nginx/nginx.conf`);
        const conf = readFileSync(join(repoRoot, mount.split(':')[0]!), 'utf8');
        const published = portMapping(service.ports[0]!);
        const lbPort = await freePort();
        const servers = Object.fromEntries(
          replicas.map((r) => [
            `${r.name}:${image.config.env.PORT}`,
            urls.get(r.name)!.slice('http://'.length),
          ]),
        );
        lb = startNginx(nginx!, rewriteConfig(conf, servers, { [published.container]: lbPort }), dir);
        lbUrl = `http://127.0.0.1:${lbPort}`;
        return;
      }
      throw new Error(`compose service ${service.name}: the test does not know how to run it`);
    }

    async function api(base: string, method: string, path: string, body?: unknown) {
      const res = await fetch(base + path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
      return JSON.parse(text) as Record<string, unknown>;
    }

    /** Each replica's finished requests with these labels, by service name. */
    async function counts(labels: Record<string, string>): Promise<Map<string, number>> {
      const entries = await Promise.all(
        replicas.map(async (r) => [r.name, await requestCount(urls.get(r.name)!, labels)] as const),
      );
      return new Map(entries);
    }

    beforeAll(async () => {
      expect(replicas.length, 'API services built from the Dockerfile').toBe(2);
      expect(database, 'a postgres service').toBeDefined();
      expect(balancer, 'an nginx service').toBeDefined();
      dir = mkdtempSync(join(tmpdir(), 'ff-compose-'));
      [image, db] = await Promise.all([stageImage(repoRoot, 'link'), freshDatabase()]);
      token = replicas[0]!.environment.FF_BOOTSTRAP_TOKEN!;
      for (const service of startOrder(compose)) await start(service);
      // nginx is up once a request through it is answered.
      const deadline = Date.now() + 120_000;
      for (;;) {
        const res = await fetch(`${lbUrl}/readyz`).catch(() => undefined);
        if (res?.ok) break;
        if (lb!.child.exitCode !== null || Date.now() > deadline)
          throw new Error(`nginx did not come up: ${lb!.stderr()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }, 300_000);

    afterAll(async () => {
      await sdk?.close();
      await lb?.stop();
      await Promise.all([...running.values()].map((c) => c.stop(5_000)));
      await db?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    }, 60_000);

    it('runs the replicas from the built JavaScript, as the image’s non-root USER', () => {
      expect(image.config.cmd!.join(' ')).toMatch(/^node .*\.js$/);
      expect(image.config.cmd!.join(' ')).not.toContain('--conditions');
      expect(isRootUser(image.config.user)).toBe(false);
      const uid = Number(image.config.user!.split(':')[0]);
      for (const container of running.values()) {
        const status = readFileSync(`/proc/${container.child.pid}/status`, 'utf8');
        const real = Number(/^Uid:\s+(\d+)/m.exec(status)![1]);
        // Only root can switch users; anyone else runs the replicas as themselves.
        expect(real).toBe(process.getuid!() === 0 ? uid : process.getuid!());
        expect(real).not.toBe(0);
      }
    });

    it('has the Dockerfile’s HEALTHCHECK pass on each replica, and fail where nothing answers', async () => {
      const check = image.config.healthcheck!;
      for (const container of running.values())
        expect(
          await container.exec(check.command, { timeoutMs: durationMs(check.options.timeout!) }),
        ).toMatchObject({
          code: 0,
        });
      const nothing = await running
        .get(replicas[0]!.name)!
        .exec(check.command, { env: { PORT: String(await freePort()) }, timeoutMs: 10_000 });
      expect(nothing.code).not.toBe(0);
    });

    it('balances over exactly the compose file’s replicas, on the image’s port', () => {
      const conf = readFileSync(join(repoRoot, 'deploy/nginx.conf'), 'utf8');
      expect(upstreamServers(conf).sort()).toEqual(
        replicas.map((r) => `${r.name}:${image.config.env.PORT}`).sort(),
      );
    });

    it('delivers a flag change made through the balancer to an SDK stream held on the other replica', async () => {
      await api(lbUrl, 'POST', '/api/v1/projects/demo/flags', {
        key: flagKey,
        name: 'Compose shape',
        kind: 'boolean',
      });
      const keys = '/api/v1/projects/demo/environments/development/sdk-keys';
      const { key } = await api(lbUrl, 'POST', keys, { kind: 'server', name: 'compose shape' });
      sdk = createClient({ sdkKey: key as string, baseUrl: lbUrl, sendEvents: false });
      expect(await sdk.ready({ timeout: 20_000 })).toMatchObject({ ok: true, source: 'server' });
      const streams = { method: 'GET', route: '/sdk/v1/stream' };
      const patches = { method: 'PATCH', route: configRoute, status: '200' };

      // Toggle through the balancer until each replica has served a change: nginx takes turns, so two
      // changes usually do it. Every change must reach the SDK, wherever its stream is.
      const servedBy: string[] = [];
      for (let i = 0; i < 10 && new Set(servedBy).size < replicas.length; i++) {
        const on = i % 2 === 0;
        const before = await counts(patches);
        let timer: NodeJS.Timeout | undefined;
        const arrived = new Promise<void>((resolve, reject) => {
          const off = sdk!.on('change', ({ flags }) => {
            if (flags.includes(flagKey)) {
              off();
              clearTimeout(timer);
              resolve();
            }
          });
          // Only bounds a failure (generously, for a busy machine): idle, the change arrives in milliseconds.
          timer = setTimeout(() => reject(new Error(`change ${i + 1} did not reach the SDK`)), 120_000);
        });
        await api(lbUrl, 'PATCH', `/api/v1/projects/demo/flags/${flagKey}/environments/development`, {
          actions: [{ kind: on ? 'turnOn' : 'turnOff' }],
        });
        await arrived;
        expect(sdk.evaluate(flagKey, 'someone').reason === 'DISABLED').toBe(!on);
        const after = await counts(patches);
        const served = replicas.filter((r) => after.get(r.name)! > before.get(r.name)!);
        expect(served, 'exactly one replica served the change').toHaveLength(1);
        servedBy.push(served[0]!.name);
      }
      expect(new Set(servedBy).size, `changes served by ${servedBy.join(', ')}`).toBe(replicas.length);

      // A stream counts as a request when it ends: none has ended yet, so the SDK held one stream all
      // along; closing it tells whose it was.
      const open = await counts(streams);
      expect([...open.values()].reduce((a, b) => a + b)).toBe(0);
      await sdk.close();
      let holder: string | undefined;
      const deadline = Date.now() + 120_000;
      while (!holder) {
        const now = await counts(streams);
        holder = replicas.find((r) => now.get(r.name)! > 0)?.name;
        if (!holder && Date.now() > deadline) throw new Error('no replica saw the SDK stream end');
        if (!holder) await new Promise((r) => setTimeout(r, 100));
      }
      const fromOther = servedBy.filter((name) => name !== holder);
      expect(
        fromOther.length,
        `the stream was on ${holder}; changes came from ${servedBy.join(', ')}`,
      ).toBeGreaterThan(0);
    }, 300_000);

    it('stops each replica cleanly on its STOPSIGNAL within the stop_grace_period', async () => {
      await lb!.stop();
      for (const r of [...replicas].reverse()) {
        // Past the grace period stop() kills, and a killed process has no exit code.
        expect(await running.get(r.name)!.stop(durationMs(r.stopGracePeriod ?? '10s'))).toBe(0);
      }
    });
  },
);
