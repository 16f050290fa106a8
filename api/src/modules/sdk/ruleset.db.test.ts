// The ruleset cache brings a cached environment up to date change by change (issue 11 item 4): after
// each committed write, fed to the cache as the change bus feeds it, the entry must equal a full read of
// the database (document, body and evaluations), and it must have been patched (the same compiled
// ruleset, swapped in place) unless the change cannot be patched (a flag starting to name a segment),
// where it is read whole again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRuleset } from '@ff/engine';
import type { Knex } from 'knex';
import { createTestDb } from '../../../test/db.ts';
import type { TestDb } from '../../../test/db.ts';
import { seedDemo } from '../../seed/seed.ts';
import type { ChangeSubject } from '../../stream/changes.ts';
import { bumpEnvironments } from '../environments/versions.ts';
import { createRulesetCache } from './ruleset.ts';
import type { RulesetCache } from './ruleset.ts';
import { loadRuleset } from './store.ts';

let t: TestDb;
let cache: RulesetCache;
let projectId: string;
let envId: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  projectId = (await t.db('projects').where({ key: 'demo' }).first('id')).id;
  envId = (await t.db('environments').where({ project_id: projectId, key: 'staging' }).first('id')).id;
  cache = createRulesetCache(t.db, { revalidateMs: 600_000 });
}, 60_000);
afterAll(() => t.destroy());

/** Runs `write` and bumps staging in one transaction, then tells the cache as the bus would. */
async function commit(subjects: ChangeSubject[], write: (trx: Knex.Transaction) => Promise<unknown>) {
  const [bumped] = await t.db.transaction(async (trx) => {
    await write(trx);
    return bumpEnvironments(trx, projectId, subjects, [envId]);
  });
  for (const s of subjects)
    cache.change({ environmentId: envId, version: bumped!.version, ...s, subjects: subjects.length });
  return bumped!.version;
}

// Inside a transaction, every query goes through it: PGlite has one connection.
const flagId = async (db: Knex, key: string) =>
  (await db('flags').where({ project_id: projectId, key }).first('id')).id;
const segmentId = async (key: string) =>
  (await t.db('segments').where({ project_id: projectId, key }).first('id')).id;

async function setConfig(trx: Knex, key: string, edit: (config: Record<string, unknown>) => void) {
  const where = { flag_id: await flagId(trx, key), environment_id: envId };
  const row = await trx('flag_configs').where(where).first('config');
  edit(row.config);
  await trx('flag_configs')
    .where(where)
    .update({ config: JSON.stringify(row.config), version: trx.raw('version + 1') });
}

const contexts = [{ key: 'user-ada' }, { key: 'user-new', emailDomain: 'example.com' }, { key: 'x' }, {}];

/** The cached entry equals a full read; returns its compiled ruleset (to compare identities). */
async function expectFresh(version: number) {
  const entry = await cache.getRuleset(envId);
  const fresh = (await loadRuleset(t.db, envId))!;
  expect(entry.version).toBe(version);
  expect(fresh.version).toBe(version);
  expect(JSON.parse(entry.body)).toEqual(fresh);
  const compiled = entry.compiled();
  const reference = compileRuleset(fresh);
  for (const c of contexts) expect(compiled.evaluateAll(c)).toEqual(reference.evaluateAll(c));
  return compiled;
}

describe('the ruleset cache patches a change in place', () => {
  it('follows flag, segment and definition changes with the same compiled ruleset', async () => {
    const start = await cache.getRuleset(envId);
    const compiled = start.compiled();
    const same = async (version: number) => expect(await expectFresh(version)).toBe(compiled);

    // A kill switch.
    await same(
      await commit([{ kind: 'flag', key: 'new-checkout' }], (trx) =>
        setConfig(trx, 'new-checkout', (c) => (c.on = !c.on)),
      ),
    );
    // Members of a segment the ruleset holds, and its rules (naming no other segment).
    const beta = await segmentId('beta-testers');
    await same(
      await commit([{ kind: 'segment', key: 'beta-testers' }], (trx) =>
        trx('segment_members').insert({ segment_id: beta, kind: 'included', context_key: 'x' }),
      ),
    );
    await same(
      await commit([{ kind: 'segment', key: 'beta-testers' }], (trx) =>
        trx('segments')
          .where({ id: beta })
          .update({
            rules: JSON.stringify([{ id: 'r', clauses: [{ attribute: 'key', op: 'in', values: ['x'] }] }]),
          }),
      ),
    );
    // One commit reaching a flag and a segment: both messages carry its one version.
    await same(
      await commit(
        [
          { kind: 'flag', key: 'max-cart-items' },
          { kind: 'segment', key: 'beta-testers' },
        ],
        async (trx) => {
          await setConfig(trx, 'max-cart-items', (c) => (c.on = !c.on));
          await trx('segment_members').where({ segment_id: beta, context_key: 'user-ada' }).delete();
        },
      ),
    );
    // A definition change (every environment's ruleset carries variations), an archive, a segment
    // no flag names, and an environment's own change (version only).
    await same(
      await commit([{ kind: 'flag', key: 'banner-config' }], (trx) =>
        trx('flags')
          .where({ project_id: projectId, key: 'banner-config' })
          .update({ client_side: trx.raw('not client_side') }),
      ),
    );
    await same(
      await commit([{ kind: 'flag', key: 'checkout-flow' }], (trx) =>
        trx('flags').where({ project_id: projectId, key: 'checkout-flow' }).update({ archived: true }),
      ),
    );
    await same(
      await commit([{ kind: 'segment', key: 'unused' }], (trx) =>
        trx('segments').insert({ project_id: projectId, key: 'unused', name: 'Unused', rules: '[]' }),
      ),
    );
    await same(await commit([{ kind: 'environment', key: 'staging' }], async () => {}));
  });

  it('reads the ruleset whole when a flag starts naming a segment it did not', async () => {
    const before = (await cache.getRuleset(envId)).compiled();
    const version = await commit([{ kind: 'flag', key: 'max-cart-items' }], (trx) =>
      setConfig(trx, 'max-cart-items', (c) => {
        c.rules = [
          {
            id: 'unused',
            clauses: [{ attribute: 'key', op: 'segmentMatch', values: ['unused'] }],
            serve: { variation: 0 },
          },
        ];
      }),
    );
    const after = await expectFresh(version);
    expect(after).not.toBe(before);
    expect((await cache.getRuleset(envId)).ruleset.segments.unused).toBeDefined();
  });

  it('reads the ruleset whole after a gap in the versions it was told of', async () => {
    const before = (await cache.getRuleset(envId)).compiled();
    // A commit whose message never arrives, then one that does.
    await t.db.transaction((trx) => bumpEnvironments(trx, projectId, { kind: 'flag', key: 'x' }, [envId]));
    const version = await commit([{ kind: 'flag', key: 'new-checkout' }], (trx) =>
      setConfig(trx, 'new-checkout', (c) => (c.on = !c.on)),
    );
    expect(await expectFresh(version)).not.toBe(before);
  });
});
