// Scheduled changes and progressive rollouts from the terminal, run by the API's scheduler (a fast
// scheduler interval, real short step intervals; nothing asserts how long anything took): the canary
// journey 5% → 25% → 100% observed by an sdk-node client, `--at` on the write commands, and
// `ff schedules list|pause|resume|cancel`.
import { bucketFor } from '@ff/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../api/test/api-fixture.ts';
import type { ApiFixture } from '../../api/test/api-fixture.ts';
import { schedulerWorker } from '../../api/src/modules/schedules/worker.ts';
import { createClient } from '../../sdk-node/src/client.ts';
import type { Client } from '../../sdk-node/src/client.ts';
import { ff, tempConfigDir } from './harness.ts';

let fx: ApiFixture;
let env: Record<string, string>;
const clients: Client[] = [];

beforeAll(async () => {
  fx = await startApiFixture({ app: { backgroundWorkers: [{ ...schedulerWorker, everyMs: 50 }] } });
  env = { FF_CONFIG_DIR: tempConfigDir(), FF_API_URL: fx.url, FF_TOKEN: fx.tokens.owner, FF_PROJECT: 'demo' };
}, 120_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await fx?.close();
}, 60_000);

async function createFlag(key: string): Promise<void> {
  const res = await fx.call('owner', 'POST', '/api/v1/projects/demo/flags', {
    body: { key, name: key, kind: 'boolean' },
  });
  expect(res.status).toBe(201);
}

/** Resolves when `predicate` holds, checking on every change event (bounded: 60 s, a failure, not a timing). */
function until(client: Client, predicate: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    if (predicate()) return resolve();
    const timer = setTimeout(() => reject(new Error('not observed within 60 s')), 60_000);
    client.on('change', () => {
      if (predicate()) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

describe('ff schedules and the scheduler', () => {
  it('runs the canary journey 5% → 25% → 100% by itself, and an SDK sees each step', async () => {
    await createFlag('canary');
    // At 0% and on: nobody gets true yet.
    for (const args of [
      ['flags', 'rollout', 'canary', '0'],
      ['flags', 'on', 'canary'],
    ]) {
      const r = await ff([...args, '-e', 'staging'], env);
      expect(r.code, r.stderr).toBe(0);
    }
    const key = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/staging/sdk-keys', {
      body: { kind: 'server', name: 'canary observer' },
    });
    const client = createClient({ sdkKey: key.body.key, baseUrl: fx.url, flushInterval: 60_000 });
    clients.push(client);
    expect((await client.ready()).ok).toBe(true);

    const users = Array.from({ length: 1000 }, (_, i) => `user-${i}`);
    const enabled = () => users.filter((u) => client.isEnabled('canary', { key: u }, false)).length;
    // What each step must give: the engine's bucketing, the one definition.
    const expected = [5, 25, 100].map(
      (pct) => users.filter((u) => bucketFor('canary', u) < pct * 1000).length,
    );
    expect(enabled()).toBe(0);
    const observed: number[] = [];
    client.on('change', (c) => {
      if (!c.flags.includes('canary')) return;
      const n = enabled();
      if (observed.at(-1) !== n) observed.push(n);
    });

    const r = await ff(
      ['flags', 'rollout', 'canary', '--steps', '5,25,100', '--every', '1s', '-e', 'staging', '--json'],
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.steps.map((s: { status: string }) => s.status)).toEqual(['pending', 'pending', 'pending']);

    await until(client, () => observed.at(-1) === users.length);
    expect(observed).toEqual(expected);

    const list = await ff(['schedules', 'list', '--flag', 'canary', '--json'], env);
    expect(list.json).toHaveLength(1);
    expect(list.json[0]).toMatchObject({
      id: r.json.id,
      status: 'completed',
      createdBy: { email: 'owner@demo.local' },
    });
    // Each step in the audit log as the scheduler acting for the person who scheduled it.
    const entries = await fx
      .db('audit_log')
      .where({
        resource_key: 'projects/demo/flags/canary/environments/staging',
        actor_token_name: 'scheduler',
      })
      .orderBy('id');
    expect(entries.map((e) => [e.actor_email, e.action])).toEqual(
      Array.from({ length: 3 }, () => ['owner@demo.local', 'flag_config.change']),
    );
  }, 120_000);

  it('--at schedules a write instead of applying it; list, pause, resume and cancel it', async () => {
    await createFlag('later');
    const at = await ff(['flags', 'on', 'later', '-e', 'staging', '--at', '+2h', '-m', 'launch'], env);
    expect(at.code, at.stderr).toBe(0);
    expect(at.stdout).toMatch(/later in staging: scheduled \(turn on\) at \S+, nothing changed yet/);
    const state = await fx.call('viewer', 'GET', '/api/v1/projects/demo/flags/later/environments/staging');
    expect(state.body.on).toBe(false);

    const list = await ff(['schedules', 'list', '--flag', 'later', '--steps'], env);
    expect(list.stdout).toContain('turnOn');
    expect(list.stdout).toContain('0/1 done');
    const id = (await ff(['schedules', 'list', '--flag', 'later', '--json'], env)).json[0].id as string;

    const paused = await ff(['schedules', 'pause', id, '--json'], env);
    expect(paused.json.status).toBe('paused');
    expect((await ff(['schedules', 'resume', id, '--json'], env)).json.status).toBe('active');
    const cancelled = await ff(['schedules', 'cancel', id, '-m', 'not yet'], env);
    expect(cancelled.code, cancelled.stderr).toBe(0);
    expect(cancelled.stdout).toContain('cancelled');

    const again = await ff(['schedules', 'resume', id], env);
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/cancelled/);
  });

  it('refuses a time without a zone and an unreadable interval in one line', async () => {
    const noZone = await ff(['flags', 'off', 'later', '-e', 'staging', '--at', '2026-12-03T09:00'], env);
    expect(noZone.code).toBe(2);
    expect(noZone.stderr).toMatch(/not a time with a zone/);
    const every = await ff(
      ['flags', 'rollout', 'later', '--steps', '5,50', '--every', 'daily', '-e', 'staging'],
      env,
    );
    expect(every.code).toBe(2);
    expect(every.stderr).toMatch(/"daily" is not a duration/);
  });
});
