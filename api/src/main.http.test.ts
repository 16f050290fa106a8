import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from './db/knex.ts';
import type { DbSettings } from './db/knex.ts';
import { hashSecret } from './security/secrets.ts';
import { createEmptyPostgresDatabase, onRealPostgres } from '../test/db.ts';
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
    const url = await waitForListening(first);
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
    const url2 = await waitForListening(second);
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
  });

  it('on SIGTERM stops accepting, finishes the in-flight request, and exits 0', async () => {
    const store = await freshStore();
    const p = start(store.env);
    const url = new URL(await waitForListening(p));

    // Hold a request open by uploading its body slowly.
    const body = JSON.stringify({ pad: 'x'.repeat(1000) });
    const req = http.request({
      host: url.hostname,
      port: url.port,
      method: 'POST',
      path: '/healthz',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let data = '';
        res.on('data', (d: Buffer) => (data += d));
        res.on('end', () => resolve({ status: res.statusCode!, body: data }));
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 200));

    p.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    // New connections are refused while the old one drains.
    await expect(fetch(`${url.origin}/healthz`)).rejects.toThrow();
    expect(p.child.exitCode).toBeNull();

    req.end(body.slice(10));
    const res = await response;
    // It reached the app and got a full answer (POST is not allowed on /healthz: a 405 problem).
    expect(res.status).toBe(405);
    expect(JSON.parse(res.body)).toMatchObject({ status: 405, instance: '/healthz' });
    expect(await p.exited).toBe(0);
  });

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
  });

  it.skipIf(onRealPostgres)('refuses a data directory another ff process is using', async () => {
    const store = await freshStore();
    const first = start(store.env);
    await waitForListening(first);
    const second = start(store.env);
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toBe(
      `ff: another ff process (pid ${first.child.pid}) is using ${store.env.FF_DATA_DIR}\n`,
    );
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    // The lock is released on a clean stop: the next start gets the directory.
    const third = start(store.env);
    await waitForListening(third);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  });

  it('refuses a bad setting with one line', async () => {
    const p = start({ PORT: 'eighty' });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/^ff: invalid PORT: .*\(got "eighty"\)\n$/);
  });
});
