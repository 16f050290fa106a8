// Reads one environment's ruleset (the document GET /sdk/v1/config serves) from the database: its
// version, its flags that are not archived with their configuration there, and the segments those flags
// reference, directly or through other segments, with their member lists.
import type { Knex } from 'knex';
import type { FlagConfig, Segment, SegmentRule, Variation } from '@ff/engine';
import { segmentsNamed } from '@ff/engine/references';
import type { Db } from '../../db/knex.ts';
import { environmentHead } from '../environments/versions.ts';

/** A ruleset flag as served: `@ff/engine`'s RulesetFlag with every optional member the API always sets. */
export interface SdkRulesetFlag {
  key: string;
  kind: 'boolean' | 'string' | 'number' | 'json';
  variations: Variation[];
  clientSide: boolean;
  /** The configuration's version in this environment. */
  version: number;
  config: FlagConfig;
}

export interface SdkSegment {
  key: string;
  included: string[];
  excluded: string[];
  rules: SegmentRule[];
}

/** `@ff/engine`'s Ruleset, with the environment's version always present. */
export interface SdkRuleset {
  version: number;
  flags: Record<string, SdkRulesetFlag>;
  segments: Record<string, SdkSegment>;
}

type FlagRow = Omit<SdkRulesetFlag, 'clientSide'> & { client_side: boolean };

const flagColumns = ['f.key', 'f.kind', 'f.variations', 'f.client_side', 'c.config', 'c.version'];

function flagOf(r: FlagRow): SdkRulesetFlag {
  return {
    key: r.key,
    kind: r.kind,
    variations: r.variations,
    clientSide: r.client_side,
    version: Number(r.version),
    config: r.config,
  };
}

/** The environment's flags that are not archived, joined to their configuration here. */
function flagsQuery(trx: Knex, projectId: string, environmentId: string) {
  return trx('flags as f')
    .join('flag_configs as c', 'c.flag_id', 'f.id')
    .where({ 'f.project_id': projectId, 'c.environment_id': environmentId, 'f.archived': false });
}

/** Fills the member lists of `byId` (segment id → segment), in key order. */
async function fillMembers(trx: Knex, byId: Map<string, SdkSegment>): Promise<void> {
  if (byId.size === 0) return;
  const members = (await trx('segment_members')
    .whereIn('segment_id', [...byId.keys()])
    .orderBy(['segment_id', 'kind', 'context_key'])
    .select('segment_id', 'kind', 'context_key')) as {
    segment_id: string;
    kind: 'included' | 'excluded';
    context_key: string;
  }[];
  for (const m of members) byId.get(m.segment_id)![m.kind].push(m.context_key);
}

async function read(trx: Knex, environmentId: string): Promise<SdkRuleset | undefined> {
  const env = await environmentHead(trx, environmentId);
  if (env === undefined) return undefined;

  const flagRows = (await flagsQuery(trx, env.projectId, environmentId)
    .orderBy('f.key')
    .select(flagColumns)) as FlagRow[];
  const flags: Record<string, SdkRulesetFlag> = {};
  for (const r of flagRows) flags[r.key] = flagOf(r);

  // Every segment's rules are small; read them all and keep the ones reachable from the flags, so a
  // segment that references another one brings that one along.
  const segmentRows = (await trx('segments')
    .where({ project_id: env.projectId })
    .select('id', 'key', 'rules')) as { id: string; key: string; rules: Segment['rules'] }[];
  const byKey = new Map(segmentRows.map((s) => [s.key, s]));
  const wanted = new Set<string>();
  const queue = Object.values(flags).flatMap((f) => segmentsNamed(f.config.rules));
  for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
    const segment = byKey.get(key);
    if (segment === undefined || wanted.has(key)) continue;
    wanted.add(key);
    queue.push(...segmentsNamed(segment.rules));
  }

  const segments: Record<string, SdkSegment> = {};
  const byId = new Map<string, SdkSegment>();
  for (const key of [...wanted].sort()) {
    const s = byKey.get(key)!;
    segments[key] = { key, included: [], excluded: [], rules: s.rules };
    byId.set(s.id, segments[key]);
  }
  await fillMembers(trx, byId);
  return { version: env.version, flags, segments };
}

/** What {@link readEntries} found: each asked-for key with its entry now, undefined when gone. */
export interface ReadEntries {
  flags: Map<string, SdkRulesetFlag | undefined>;
  segments: Map<string, SdkSegment | undefined>;
}

/**
 * Some flags and segments of the environment as it is now, as its ruleset would carry them (a flag that
 * is archived or has no configuration here is undefined), in one consistent snapshot; undefined when the
 * environment does not exist. What patching a cached ruleset reads: the size of the change, not of the
 * project (a segment's members only when asked for that segment).
 */
export async function readEntries(
  db: Db,
  environmentId: string,
  flagKeys: readonly string[],
  segmentKeys: readonly string[],
): Promise<ReadEntries | undefined> {
  return db.transaction(
    async (trx) => {
      const env = await environmentHead(trx, environmentId);
      if (env === undefined) return undefined;
      const out: ReadEntries = { flags: new Map(), segments: new Map() };
      if (flagKeys.length > 0) {
        const rows = (await flagsQuery(trx, env.projectId, environmentId)
          .whereIn('f.key', flagKeys)
          .select(flagColumns)) as FlagRow[];
        for (const key of flagKeys) out.flags.set(key, undefined);
        for (const r of rows) out.flags.set(r.key, flagOf(r));
      }
      if (segmentKeys.length > 0) {
        const rows = (await trx('segments')
          .where({ project_id: env.projectId })
          .whereIn('key', segmentKeys)
          .select('id', 'key', 'rules')) as { id: string; key: string; rules: Segment['rules'] }[];
        for (const key of segmentKeys) out.segments.set(key, undefined);
        const byId = new Map<string, SdkSegment>();
        for (const r of rows) {
          const segment: SdkSegment = { key: r.key, included: [], excluded: [], rules: r.rules };
          out.segments.set(r.key, segment);
          byId.set(r.id, segment);
        }
        await fillMembers(trx, byId);
      }
      return out;
    },
    { isolationLevel: 'repeatable read' },
  );
}

/**
 * The environment's ruleset as one consistent snapshot (a repeatable-read transaction, so no change
 * committed halfway through mixes in), or undefined when the environment does not exist.
 */
export async function loadRuleset(db: Db, environmentId: string): Promise<SdkRuleset | undefined> {
  return db.transaction((trx) => read(trx, environmentId), { isolationLevel: 'repeatable read' });
}
