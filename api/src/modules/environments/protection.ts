// Writes that change a protected environment without naming it in their path: a flag's variations,
// client-side visibility or lifecycle, a segment that the environment's rules consult (directly or
// through other segments), a revert of any of these. The route's x-ff-permission judged the path only;
// these guards find the protected environments such a write reaches and refuse it (403, naming them)
// unless the principal may write there. What "reaches" means is the engine's (configReach,
// segmentsInUse, definitionChange); this module only reads their inputs.
//
// What counts: an environment serves its configurations of flags that are not archived. A change shows
// there when it alters the value or name of a variation such a configuration can serve (only the off
// variation while it is off), the flag's clientSide (what client keys see), whether the flag is archived,
// or the rules or members of a segment that a configuration consults while on. Deleting a flag, and
// deleting a segment with force, also rewrite or delete the environment's own configurations, archived
// or off ones included: those are writes to the environment itself. Creating a flag (off everywhere) and
// anything that changes no served value (names, descriptions, tags, new variations) stay open to
// developers.
//
// Concurrency (no check-then-act gap): every guard runs inside the write's own transaction, after the
// write has locked the flag or segment it changes (for update), and reads what the environments use in
// one statement, so one snapshot. A flag's configurations cannot change meanwhile: their writers lock the
// flag for share first. A write that makes a protected environment use the segment later (a
// configuration naming it, a segment's rules naming it, an environment made protected or cloned) either
// committed before that read, which sees it, or commits after this write and reads nothing this write
// changed (configuration writes check that a segment exists, not its rules or members; rules writes
// share-lock the segments they name, so they wait for this write and then read its result): the outcome
// is that of the serial order "this write, then that one", in which this write reached no protected
// environment. Not closed here: the race segments/README.md describes, a configuration written while
// its segment is deleted (the configuration keeps naming it).
import type { Knex } from 'knex';
import { definitionChange, segmentsInUse } from '@ff/engine';
import type { ReachConfig } from '@ff/engine';
import { authorizeProtected } from '../../http/permissions.ts';
import type { Principal } from '../../http/principal.ts';
import type { FlagRow, Variation } from '../flags/store.ts';

/** A flag as far as the protected environments see it. */
export interface FlagFacts {
  key: string;
  variations: readonly Variation[];
  client_side: boolean;
  archived: boolean;
}

/** The flag's configurations in the project's protected environments, in display order. */
async function protectedConfigs(
  db: Knex,
  flagId: string,
): Promise<{ environment: string; config: ReachConfig }[]> {
  return (await db('flag_configs as c')
    .join('environments as e', 'e.id', 'c.environment_id')
    .where({ 'c.flag_id': flagId, 'e.protected': true })
    .orderBy([{ column: 'e.sort_order' }, { column: 'e.key' }])
    .select('e.key as environment', 'c.config')) as { environment: string; config: ReachConfig }[];
}

/**
 * Refuses (403) changing flag `before` into `after` (null: deleting it) where a protected environment
 * would see it, unless `principal` may write there. Call with the flag locked for update.
 */
export async function guardFlagChange(
  trx: Knex,
  principal: Principal,
  projectId: string,
  flag: Pick<FlagRow, 'id'> & FlagFacts,
  after: FlagFacts | null,
): Promise<void> {
  const configs = await protectedConfigs(trx, flag.id);
  const all = configs.map((c) => c.environment);
  if (after === null) {
    authorizeProtected(
      principal,
      projectId,
      all,
      (where) => `Deleting flag "${flag.key}" deletes its configuration in ${where}`,
    );
    return;
  }
  if (after.archived !== flag.archived) {
    authorizeProtected(principal, projectId, all, (where) =>
      after.archived
        ? `Archiving flag "${flag.key}" removes it from ${where}`
        : `Unarchiving flag "${flag.key}" brings it back to ${where}`,
    );
    return;
  }
  if (flag.archived) return; // served nowhere, before and after
  const before = { variations: flag.variations, clientSide: flag.client_side };
  const next = { variations: after.variations, clientSide: after.client_side };
  const changed = new Set<number>();
  const reached: string[] = [];
  let clientSide = false;
  for (const { environment, config } of configs) {
    const change = definitionChange(config, before, next);
    change.variations.forEach((i) => changed.add(i));
    clientSide ||= change.clientSide;
    if (change.variations.length > 0 || change.clientSide) reached.push(environment);
  }
  authorizeProtected(principal, projectId, reached, (where) => {
    const indexes = [...changed].sort((a, b) => a - b);
    const names = indexes.map((i) => `"${flag.variations[i]?.name ?? i}"`).join(', ');
    const what = [
      ...(indexes.length > 0
        ? [
            `Changing the value or name of variation${indexes.length > 1 ? 's' : ''} ${names} of flag "${flag.key}"`,
          ]
        : []),
      ...(clientSide
        ? [`making flag "${flag.key}" ${after.client_side ? 'client-side' : 'server-only'}`]
        : []),
    ].join(' and ');
    return `${what[0]!.toUpperCase()}${what.slice(1)} changes what ${where} serves`;
  });
}

/**
 * The project's protected environments whose evaluation consults segment `key`, in display order: read
 * in one statement, so configurations and segment rules come from one snapshot.
 */
export async function environmentsConsulting(db: Knex, projectId: string, key: string): Promise<string[]> {
  const res = await db.raw(
    `select e.key as environment, e.sort_order, null as segment, c.config as doc
       from flag_configs c
       join flags f on f.id = c.flag_id
       join environments e on e.id = c.environment_id
      where f.project_id = ? and e.protected and not f.archived
     union all
     select null, null, s.key, s.rules from segments s where s.project_id = ?`,
    [projectId, projectId],
  );
  const rows = res.rows as {
    environment: string | null;
    sort_order: number | null;
    segment: string | null;
    doc: unknown;
  }[];
  const rules = new Map<string, unknown>();
  const environments = new Map<string, { order: number; configs: ReachConfig[] }>();
  for (const r of rows) {
    if (r.segment !== null) rules.set(r.segment, r.doc);
    else {
      const env = environments.get(r.environment!) ?? { order: Number(r.sort_order), configs: [] };
      env.configs.push(r.doc as ReachConfig);
      environments.set(r.environment!, env);
    }
  }
  return [...environments]
    .filter(([, env]) => segmentsInUse(env.configs, (k) => rules.get(k)).has(key))
    .sort(([a, x], [b, y]) => x.order - y.order || (a < b ? -1 : 1))
    .map(([environment]) => environment);
}

/**
 * Refuses (403) a change to segment `key` (its rules or members, its deletion or creation: `change`
 * names it, e.g. `Changing the members of segment "s"`) when protected environments consult the
 * segment, unless `principal` may write there. `rewritten` adds protected environments the write changes
 * directly (configurations a forced delete rewrites). Call with the segment locked for update.
 */
export async function guardSegmentChange(
  trx: Knex,
  principal: Principal,
  projectId: string,
  key: string,
  change: string,
  rewritten: readonly string[] = [],
): Promise<void> {
  const consulting = await environmentsConsulting(trx, projectId, key);
  const reached = [...consulting, ...rewritten.filter((e) => !consulting.includes(e))];
  authorizeProtected(
    principal,
    projectId,
    reached,
    (where) => `${change} changes ${where}: its flags' rules use the segment`,
  );
}
