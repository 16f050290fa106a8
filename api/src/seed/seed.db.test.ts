import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/db.ts';
import type { TestDb } from '../../test/db.ts';
import { hashSecret } from '../security/secrets.ts';
import { seedDemo } from './seed.ts';

describe('demo seed', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.destroy());

  const bootstrapToken = 'ff_pat_bootstrap-secret-for-tests-0123456789';

  it('seeds an empty database once, storing only hashes of its secrets', async () => {
    const first = await seedDemo(t.db, { bootstrapToken });
    if (!first.seeded) throw new Error('expected the first run to seed');
    expect(first.apiToken).toBe(bootstrapToken);
    expect(first.serverSdkKey).toMatch(/^ff_srv_[A-Za-z0-9_-]{43}$/);
    expect(first.clientSdkKey).toMatch(/^ff_cli_[A-Za-z0-9_-]{43}$/);

    const token = await t.db('api_tokens').first();
    expect(token).toMatchObject({
      kind: 'personal',
      prefix: 'ff_pat_boot',
      hash: hashSecret(bootstrapToken),
    });
    const keys = await t.db('sdk_keys').orderBy('kind').select('kind', 'hash');
    expect(keys).toEqual([
      { kind: 'client', hash: hashSecret(first.clientSdkKey) },
      { kind: 'server', hash: hashSecret(first.serverSdkKey) },
    ]);
    // No plaintext secret anywhere in the credential tables.
    const dump = JSON.stringify([await t.db('api_tokens').select(), await t.db('sdk_keys').select()]);
    for (const s of [bootstrapToken, first.serverSdkKey, first.clientSdkKey]) expect(dump).not.toContain(s);
  });

  it('is a no-op the second time (and concurrently)', async () => {
    const counts = async () =>
      Promise.all(
        ['organizations', 'users', 'flags', 'flag_configs', 'api_tokens', 'sdk_keys'].map((tb) =>
          t.db(tb).count('* as n').first(),
        ),
      );
    const before = await counts();
    const again = await Promise.all([seedDemo(t.db), seedDemo(t.db)]);
    expect(again).toEqual([{ seeded: false }, { seeded: false }]);
    expect(await counts()).toEqual(before);
  });

  it('leaves the demo in place: environments, flags of every kind, configs everywhere, the segment', async () => {
    const envs = await t.db('environments').orderBy('sort_order').select('key', 'protected', 'color');
    expect(envs.map((e) => e.key)).toEqual(['development', 'staging', 'production']);
    expect(envs.map((e) => e.protected)).toEqual([false, false, true]);
    expect(new Set(envs.map((e) => e.color)).size).toBe(3);

    const flags = await t.db('flags').orderBy('key').select('key', 'kind');
    expect(new Set(flags.map((f) => f.kind))).toEqual(new Set(['boolean', 'string', 'number', 'json']));
    expect(await t.db('flag_configs').count('* as n').first()).toEqual({ n: flags.length * 3 });

    const staging = await t
      .db('flag_configs as c')
      .join('flags as f', 'f.id', 'c.flag_id')
      .join('environments as e', 'e.id', 'c.environment_id')
      .where({ 'f.key': 'new-checkout', 'e.key': 'staging' })
      .first('c.config');
    expect(staging.config.fallthrough.rollout.weights[0]).toEqual({ variation: 0, weight: 25_000 });

    const members = await t.db('segment_members').where({ kind: 'included' }).pluck('context_key');
    expect(members.length).toBeGreaterThan(0);
    const owner = await t.db('users').whereRaw('lower(email) = ?', ['owner@demo.local']).first();
    expect(owner.password_hash).toBeNull();
  });
});
