// The router resolves the rows a path names (project, environment, flag, segment) once, and handlers use
// them: a read of one resource selects each of those rows once per request. A write reads its row again,
// locked, inside its transaction (FOR SHARE / FOR UPDATE): that second select is the write's own and is
// counted as such below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../test/api-fixture.ts';
import type { ApiFixture } from '../../test/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture({ app: { backgroundWorkers: [] } });
}, 60_000);
afterAll(() => fx.close());

type Table = 'projects' | 'environments' | 'flags' | 'segments';

/** The statements that select from each table (by name, not through a join) while `fn` runs. */
async function selectsFrom(fn: () => Promise<unknown>): Promise<Record<Table, string[]>> {
  const seen: Record<Table, string[]> = { projects: [], environments: [], flags: [], segments: [] };
  const listener = (q: { sql?: string }) => {
    const sql = q.sql ?? '';
    if (!/^select\b/i.test(sql)) return;
    for (const table of Object.keys(seen) as Table[]) {
      if (new RegExp(`\\bfrom "${table}"`).test(sql)) seen[table].push(sql);
    }
  };
  fx.db.on('query', listener);
  try {
    await fn();
  } finally {
    fx.db.removeListener('query', listener);
  }
  return seen;
}

const counts = (s: Record<Table, string[]>) =>
  Object.fromEntries(Object.entries(s).map(([t, sqls]) => [t, sqls.length]));

describe('rows the path names are read once per request', () => {
  it.each([
    // A flag and its usage list the project's environments (one select of all of them, not a reload).
    ['a flag', '/api/v1/projects/demo/flags/new-checkout', { environments: 1, flags: 1 }],
    [
      "a flag's configuration",
      '/api/v1/projects/demo/flags/new-checkout/environments/staging',
      { environments: 1, flags: 1 },
    ],
    ["a flag's usage", '/api/v1/projects/demo/flags/new-checkout/usage', { environments: 1, flags: 1 }],
    ['a segment', '/api/v1/projects/demo/segments/beta-testers', { segments: 1 }],
    ["a segment's members", '/api/v1/projects/demo/segments/beta-testers/members', { segments: 1 }],
    [
      "an environment's approval settings",
      '/api/v1/projects/demo/environments/production/approval-settings',
      { environments: 1 },
    ],
  ])('GET %s', async (_what, path, expected) => {
    const seen = await selectsFrom(async () => {
      const res = await fx.call('owner', 'GET', path);
      expect(res.status).toBe(200);
    });
    expect(counts(seen)).toEqual({ projects: 1, environments: 0, flags: 0, segments: 0, ...expected });
  });

  it("a configuration write reads the environment's change control from the row the path resolved", async () => {
    const seen = await selectsFrom(async () => {
      const res = await fx.call(
        'owner',
        'PATCH',
        '/api/v1/projects/demo/flags/new-checkout/environments/staging',
        {
          body: { actions: [{ kind: 'turnOn' }] },
        },
      );
      expect(res.status).toBe(200);
    });
    expect(seen.environments).toHaveLength(1);
    // The router's read, then the write's own: the flag locked for share in the transaction.
    expect(seen.flags).toHaveLength(2);
    expect(seen.flags[1]).toMatch(/for share$/);
  });
});
