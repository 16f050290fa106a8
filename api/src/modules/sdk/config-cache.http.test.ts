// A 304 of GET /sdk/v1/config comes from memory: once the key and the ruleset are known, requests run no
// query at all. Both caches trust their entries long here, so timing cannot blur the count; the bus
// (or, without it, the periodic version check) is what makes them notice changes. The rate limiter's
// queries are not per request (one read per key and window, one exchange per sync): a day's window and
// an hour between syncs keep them out of the count too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { defaultRateLimits } from '../rate-limit/limiter.ts';
import { rulesetCache } from './ruleset.ts';
import { countQueries, createKey, withKey } from './test-helpers.ts';

process.env.FF_SDK_KEY_TTL_MS = '600000';
process.env.FF_RULESET_REVALIDATE_MS = '600000';

let fx: ApiFixture;
let server: string;
let client: string;
beforeAll(async () => {
  fx = await startApiFixture({
    app: {
      rateLimits: { ...defaultRateLimits, windowSeconds: 86_400, syncMs: 3_600_000 },
      backgroundWorkers: [], // their passes query on timers, not for the requests counted here
    },
  });
  server = (await createKey(fx, 'staging', 'server')).secret;
  client = (await createKey(fx, 'staging', 'client')).secret;
}, 60_000);
afterAll(() => fx.close());

describe('SDK routes served from memory', () => {
  it('answers config 304s, full configs and evaluations without a single query once warm', async () => {
    const first = await withKey(fx, server, 'GET', '/sdk/v1/config');
    expect(first.status).toBe(200);
    await withKey(fx, client, 'POST', '/sdk/v1/evaluate', { body: { context: { key: 'warm' } } });
    const etag = first.headers.get('etag')!;

    const queries = await countQueries(fx, async () => {
      for (let i = 0; i < 20; i++) {
        const res = await withKey(fx, server, 'GET', '/sdk/v1/config', {
          headers: { 'if-none-match': etag },
        });
        expect(res.status).toBe(304);
      }
      expect((await withKey(fx, server, 'GET', '/sdk/v1/config')).status).toBe(200);
      const evaluated = await withKey(fx, client, 'POST', '/sdk/v1/evaluate', {
        body: { context: { key: 'user-ada' } },
      });
      expect(evaluated.status).toBe(200);
      const ofrep = await withKey(fx, server, 'POST', '/ofrep/v1/evaluate/flags/max-cart-items', {
        body: { context: { targetingKey: 'user-ada' } },
      });
      expect(ofrep.status).toBe(200);
    });
    expect(queries).toBe(0);
  });

  it('serves the new version once the bus announces it, then from memory again', async () => {
    const env = await fx.db('environments').where({ key: 'staging' }).first('id', 'version');
    const change = await fx.call(
      'developer',
      'PATCH',
      '/api/v1/projects/demo/flags/new-checkout/environments/staging',
      {
        body: { actions: [{ kind: 'turnOn' }] },
      },
    );
    expect(change.status).toBe(200);
    // The bus patches the cached ruleset when the commit's notification arrives; should it not have
    // arrived yet, this is what any replica does on learning of a newer version (it reads it whole).
    rulesetCache(fx.db).invalidate(env.id, env.version + 1);

    const res = await withKey(fx, server, 'GET', '/sdk/v1/config', {
      headers: { 'if-none-match': `"${env.version}"` },
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(env.version + 1);
    expect(res.body.flags['new-checkout'].config.on).toBe(true);

    const after = await countQueries(fx, async () => {
      const again = await withKey(fx, server, 'GET', '/sdk/v1/config', {
        headers: { 'if-none-match': res.headers.get('etag')! },
      });
      expect(again.status).toBe(304);
    });
    expect(after).toBe(0);
  });

  it('builds a ruleset once for many concurrent misses', async () => {
    const env = await fx.db('environments').where({ key: 'staging' }).first('id', 'version');
    await fx.db('environments').where({ id: env.id }).increment('version', 1);
    rulesetCache(fx.db).invalidate(env.id, env.version + 1);
    let flagReads = 0;
    const listener = (q: { sql: string }) => {
      if (/from "flags"/.test(q.sql)) flagReads += 1;
    };
    fx.db.on('query', listener);
    try {
      const all = await Promise.all(
        Array.from({ length: 20 }, () => withKey(fx, server, 'GET', '/sdk/v1/config')),
      );
      expect(all.every((r) => r.status === 200 && r.body.version === env.version + 1)).toBe(true);
    } finally {
      fx.db.removeListener('query', listener);
    }
    expect(flagReads).toBe(1);
  });
});
