// Concurrent writers must serialize on the configuration row: none is lost, and each raises the version
// by exactly one. On PGlite (one connection) requests queue anyway; on Postgres (DATABASE_URL) they really
// race, ten at a time on the pool.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx.close());

const flags = '/api/v1/projects/demo/flags';

describe('concurrent writes', () => {
  it('100 concurrent addTargets from two clients: every key lands, version rises by exactly 100', async () => {
    const path = `${flags}/new-checkout/environments/staging`;
    const start = (await fx.call('owner', 'GET', path)).body;
    const n = 100;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        fx.call(i % 2 === 0 ? 'owner' : 'developer', 'PATCH', path, {
          body: { actions: [{ kind: 'addTargets', variation: i % 2, values: [`user-${i}`] }] },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(n).fill(200));
    // Each response is its own version: no two writers saw the same one.
    const versions = results.map((r) => r.body.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: n }, (_, i) => start.version + 1 + i));

    const end = (await fx.call('owner', 'GET', path)).body;
    expect(end.version).toBe(start.version + n);
    const byVariation = (v: number) =>
      end.targets
        .filter((t: { variation: number }) => t.variation === v)
        .flatMap((t: { values: string[] }) => t.values);
    expect(new Set(byVariation(0))).toEqual(
      new Set(Array.from({ length: n / 2 }, (_, i) => `user-${2 * i}`)),
    );
    expect(new Set(byVariation(1))).toEqual(
      new Set(Array.from({ length: n / 2 }, (_, i) => `user-${2 * i + 1}`)),
    );

    const entries = await fx
      .db('audit_log')
      .where({ resource_key: 'projects/demo/flags/new-checkout/environments/staging' })
      .count('* as n')
      .first();
    expect(Number(entries?.n)).toBe(n);
  });

  it('concurrent PUTs with the same If-Match: exactly one wins, the others get 412', async () => {
    const path = `${flags}/banner-config/environments/development`;
    const start = (await fx.call('owner', 'GET', path)).body;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fx.call('owner', 'PUT', path, {
          headers: { 'if-match': `"${start.version}"` },
          body: {
            on: true,
            offVariation: 0,
            targets: [{ variation: 1, values: [`w-${i}`] }],
            fallthrough: { variation: 0 },
          },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(412)]);
    expect((await fx.call('owner', 'GET', path)).body.version).toBe(start.version + 1);
  });

  it('concurrent creates of one key: one 201, the rest 409', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        fx.call('developer', 'POST', flags, { body: { key: 'raced', name: 'Raced', kind: 'boolean' } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(7).fill(409)]);
  });
});
