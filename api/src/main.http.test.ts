import http from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest';
import { ConfigStore } from '../../cli/src/config.ts';
import { createDb, describeDb } from './db/knex.ts';
import type { DbSettings } from './db/knex.ts';
import { hashSecret } from './security/secrets.ts';
import { createEmptyPostgresDatabase, createTestDb, onRealPostgres } from '../test/db.ts';
import { spawnMain, waitForListening } from '../test/spawn.ts';
import type { SpawnedMain } from '../test/spawn.ts';

// These run `node api/src/main.ts` as a child process, as `npm start` does: on a temp FF_DATA_DIR
// (PGlite), or on a fresh empty database when DATABASE_URL is set.
const cleanups: (() => Promise<void> | void)[] = [];
const running: SpawnedMain[] = [];
afterEach(async () => {
  for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  for (const c of cleanups.splice(0)) await c();
});

async function freshStore(): Promise<{ env: Record<string, string>; settings: DbSettings }> {
  if (onRealPostgres) {
    const db = await createEmptyPostgresDatabase();
    cleanups.push(db.drop);
    return { env: { DATABASE_URL: db.url }, settings: { databaseUrl: db.url } };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ff-main-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { env: { FF_DATA_DIR: dir }, settings: { dataDir: dir } };
}

// Performance note: a first start on an empty PGlite directory spends ~4.5 s of CPU creating the cluster
// and running every migration, three times what a start on a migrated directory costs. The tests of the
// first start itself (seeding, a failed migration, a failed listen) start on an empty store; the others
// (shutdown, the directory lock, the CLI profile) on a copy of a migrated one, made once per file from
// global-setup's template, which main.ts then seeds as on any first start. On PostgreSQL, a copy of the
// template database.
let templateDir: Promise<string> | undefined;
afterAll(async () => {
  if (templateDir) rmSync(await templateDir, { recursive: true, force: true });
});

async function migratedStore(): Promise<{ env: Record<string, string>; settings: DbSettings }> {
  if (onRealPostgres) {
    const t = await createTestDb();
    cleanups.push(t.destroy);
    return { env: { DATABASE_URL: t.settings.databaseUrl! }, settings: t.settings };
  }
  templateDir ??= (async () => {
    const template = inject('ffTemplate');
    if (template.kind !== 'pglite') throw new Error('global-setup made no PGlite template');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ff-main-template-'));
    const db = createDb({ dataDir: dir, loadDataDir: new Blob([readFileSync(template.dumpFile)]) });
    await db.raw('select 1');
    await db.destroy();
    return dir;
  })();
  const from = await templateDir;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ff-main-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(from, dir, { recursive: true });
  return { env: { FF_DATA_DIR: dir }, settings: { dataDir: dir } };
}

function start(env: Record<string, string>): SpawnedMain {
  const p = spawnMain({ PORT: '0', ...env });
  running.push(p);
  return p;
}

describe('npm start (api/src/main.ts)', () => {
  it('seeds on first start, prints the secrets once, and keeps the data across a restart', async () => {
    const store = await freshStore();
    const bootstrap = 'ff_pat_bootstrap-from-the-environment-123';
    const first = start({ ...store.env, FF_BOOTSTRAP_TOKEN: bootstrap });
    const url = await waitForListening(first, slowStart);
    const text = first.stdout();
    expect(text).toContain(`API token (owner@demo.local, owner)`);
    expect(text).toContain(bootstrap);
    expect(text).toMatch(/Server SDK key .* ff_srv_\S{43}/);
    expect(text).toMatch(/Client SDK key .* ff_cli_\S{43}/);
    // The printed next steps work as printed.
    expect(text).toContain(`export FF_TOKEN=${bootstrap}`);
    expect(text).toContain(`curl -H "Authorization: Bearer $FF_TOKEN" ${url}/api/v1/projects/demo/flags`);
    const flags = await fetch(`${url}/api/v1/projects/demo/flags`, {
      headers: { authorization: `Bearer ${bootstrap}` },
    });
    expect(flags.status).toBe(200);
    expect(text).toContain(`curl ${url}/readyz`);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = start({ ...store.env, FF_BOOTSTRAP_TOKEN: 'ff_pat_a-different-one-is-ignored-now' });
    const url2 = await waitForListening(second, slowStart);
    expect(second.stdout()).toMatch(
      /^ff listening on http:\S+ · data: .* · demo seeded earlier; secrets were shown on first run\n$/,
    );
    expect(second.stdout()).not.toContain('ff_pat_');
    expect((await fetch(`${url2}/readyz`)).status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const db = createDb(store.settings);
    try {
      expect(await db('organizations').count('* as n').first()).toEqual({ n: 1 });
      expect(await db('api_tokens').pluck('hash')).toEqual([hashSecret(bootstrap)]);
      expect(await db('flags').count('* as n').first()).toEqual({ n: 4 });
    } finally {
      await db.destroy();
    }
  }, 240_000);

  it('on SIGTERM stops accepting, finishes the in-flight request, and exits 0', async () => {
    const store = await migratedStore();
    const p = start(store.env);
    const url = new URL(await waitForListening(p, slowStart));

    // Hold a request open by uploading its body slowly. With `Expect: 100-continue` the server says when
    // it has taken the request: from then on it is in flight, and a drain must wait for it.
    const body = JSON.stringify({ pad: 'x'.repeat(1000) });
    const req = http.request({
      host: url.hostname,
      port: url.port,
      method: 'POST',
      path: '/healthz',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        expect: '100-continue',
      },
    });
    const taken = new Promise<void>((resolve) => req.once('continue', () => resolve()));
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let data = '';
        res.on('data', (d: Buffer) => (data += d));
        res.on('end', () => resolve({ status: res.statusCode!, body: data }));
      });
      req.on('error', reject);
    });
    req.flushHeaders();
    await taken;
    req.write(body.slice(0, 10));

    p.child.kill('SIGTERM');
    // New connections are refused while the old one drains (from the moment the signal is handled).
    await vi.waitFor(() => expect(fetch(`${url.origin}/healthz`)).rejects.toThrow(), {
      timeout: 20_000,
      interval: 20,
    });
    expect(p.child.exitCode).toBeNull();

    req.end(body.slice(10));
    const res = await response;
    // It reached the app and got a full answer (POST is not allowed on /healthz: a 405 problem).
    expect(res.status).toBe(405);
    expect(JSON.parse(res.body)).toMatchObject({ status: 405, instance: '/healthz' });
    expect(await p.exited).toBe(0);
  }, 240_000);

  it('refuses to start with one line when the database is unreachable', async () => {
    const p = start({ DATABASE_URL: 'postgres://ff:sekret@127.0.0.1:1/x' });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toBe(
      'ff: cannot connect to database at postgres://ff:***@127.0.0.1:1/x (ECONNREFUSED)\n',
    );
    expect(p.stdout()).toBe('');
  });

  it('refuses to start with one line when a migration fails', async () => {
    const store = await freshStore();
    const db = createDb(store.settings);
    // A table in the way of the first migration.
    await db.raw('create table organizations (x int)');
    await db.destroy();
    const p = start(store.env);
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/^ff: database migration failed \(.*organizations.*already exists.*\)\n$/);
  }, 240_000);

  it.skipIf(onRealPostgres)(
    'refuses a data directory another ff process is using',
    async () => {
      const store = await migratedStore();
      const first = start(store.env);
      await waitForListening(first, slowStart);
      const second = start(store.env);
      expect(await second.exited).toBe(1);
      expect(second.stderr()).toBe(
        `ff: another ff process (pid ${first.child.pid}) is using ${store.env.FF_DATA_DIR}\n`,
      );
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      // The lock is released on a clean stop: the next start gets the directory.
      const third = start(store.env);
      await waitForListening(third, slowStart);
      third.child.kill('SIGTERM');
      expect(await third.exited).toBe(0);
    },
    240_000,
  );

  it('a first start that cannot listen seeds nothing, so the next start shows the secrets', async () => {
    const store = await freshStore();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = String((blocker.address() as net.AddressInfo).port);
    const bootstrap = 'ff_pat_bootstrap-shown-on-the-real-first-start';
    try {
      const refused = start({ ...store.env, PORT: port, FF_BOOTSTRAP_TOKEN: bootstrap });
      expect(await refused.exited).toBe(1);
      expect(refused.stderr()).toBe(`ff: cannot listen on 127.0.0.1:${port} (EADDRINUSE)\n`);
      expect(refused.stdout()).toBe('');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    const db = createDb(store.settings);
    try {
      expect(await db('organizations').count('* as n').first()).toEqual({ n: 0 });
    } finally {
      await db.destroy();
    }

    const next = start({ ...store.env, PORT: port, FF_BOOTSTRAP_TOKEN: bootstrap });
    await waitForListening(next, 90_000);
    expect(next.stdout()).toContain('First start: a demo organization was created.');
    expect(next.stdout()).toContain(`export FF_TOKEN=${bootstrap}`);
    next.child.kill('SIGTERM');
    expect(await next.exited).toBe(0);
  }, 240_000);

  it('refuses a bad setting with one line', async () => {
    const p = start({ PORT: 'eighty' });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/^ff: invalid PORT: .*\(got "eighty"\)\n$/);
  });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function tempConfigDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ff-main-cli-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// Each test starts the server two or three times; on a busy 2-core machine one start can take 20 s.
const slowStart = 90_000;
const slowTest = 240_000;

describe("npm start and the CLI's local profile", () => {
  const tokenA = 'ff_pat_first-server-bootstrap-token-0001';
  const tokenB = 'ff_pat_second-server-bootstrap-token-002';

  it(
    'saves it when there is none; another database at the same URL leaves it alone and says how to add one',
    async () => {
      const config = tempConfigDir();
      const port = String(await freePort());
      const a = await migratedStore();
      const first = start({ ...a.env, PORT: port, FF_CONFIG_DIR: config, FF_BOOTSTRAP_TOKEN: tokenA });
      const url = await waitForListening(first, slowStart);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.stdout()).toContain(`CLI: profile "local" saved in ${config}; try \`npx ff flags list\``);
      const store = new ConfigStore(config);
      const saved = store.read();
      expect(saved).toEqual({
        currentProfile: 'local',
        profiles: { local: { apiUrl: url, project: 'demo', database: describeDb(a.settings) } },
      });
      expect(store.token('local')).toBe(tokenA);

      // Another database (DATABASE_URL or FF_DATA_DIR) served at the same URL: not the same server.
      const b = await migratedStore();
      const second = start({ ...b.env, PORT: port, FF_CONFIG_DIR: config, FF_BOOTSTRAP_TOKEN: tokenB });
      expect(await waitForListening(second, slowStart)).toBe(url);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      expect(second.stdout()).toContain(
        `CLI: profile "local" in ${config} is for another server (${url}, ${describeDb(a.settings)}); left as it is.`,
      );
      expect(second.stdout()).toContain(
        `npx ff login --profile local-2 --api-url ${url} --token ${tokenB} -p demo\n  npx ff flags list --profile local-2\n`,
      );
      expect(store.read()).toEqual(saved);
      expect(store.token('local')).toBe(tokenA);
    },
    slowTest,
  );

  it(
    'replaces it for the same server and database started over, never one made with ff login',
    async () => {
      const config = tempConfigDir();
      const port = String(await freePort());
      const url = `http://127.0.0.1:${port}`;
      const a = await migratedStore();
      const store = new ConfigStore(config);
      store.write({
        currentProfile: 'work',
        profiles: { local: { apiUrl: url, project: 'demo', database: describeDb(a.settings) }, work: {} },
      });
      store.setToken('local', 'ff_pat_from-before-the-data-was-deleted');
      const p = start({ ...a.env, PORT: port, FF_CONFIG_DIR: config, FF_BOOTSTRAP_TOKEN: tokenA });
      await waitForListening(p, slowStart);
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.stdout()).toContain('CLI: profile "local" saved');
      expect(store.token('local')).toBe(tokenA);
      expect(store.read().currentProfile).toBe('work');

      // A `local` profile the user made (no database recorded) is theirs, even at this URL.
      const b = await migratedStore();
      store.write({ profiles: { local: { apiUrl: url } } });
      store.setToken('local', 'ff_pat_users-own-token-for-this-url-00');
      const q = start({ ...b.env, PORT: port, FF_CONFIG_DIR: config, FF_BOOTSTRAP_TOKEN: tokenB });
      await waitForListening(q, slowStart);
      q.child.kill('SIGTERM');
      expect(await q.exited).toBe(0);
      expect(q.stdout()).toContain('left as it is');
      expect(store.read()).toEqual({ profiles: { local: { apiUrl: url } } });
      expect(store.token('local')).toBe('ff_pat_users-own-token-for-this-url-00');
    },
    slowTest,
  );

  it(
    'writes no profile for an in-memory database (it is gone when the process stops)',
    async () => {
      const config = tempConfigDir();
      const p = start({ FF_DATA_DIR: 'memory://', FF_CONFIG_DIR: config });
      await waitForListening(p, slowStart);
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.stdout()).not.toContain('CLI: profile');
      expect(new ConfigStore(config).read()).toEqual({ profiles: {} });
    },
    slowTest,
  );
});
