// Insights: usage summaries, series, stale flags and credential usage of a project. The service turns
// store rows into the API's shapes; the rules live in stale.ts (and the engine), the SQL in store.ts.
import type { Knex } from 'knex';
import type { SingleVariationConfig } from '@ff/engine';
import type { ProjectRow } from '../projects/store.ts';
import { environmentRefs } from '../environments/store.ts';
import type { FlagRow } from '../flags/store.ts';
import { referenceCounts } from '../code-references/store.ts';
import { connectionsFreshMs } from './connections.ts';
import { readSettings } from './settings.ts';
import { staleFlags } from './stale.ts';
import type { StaleFlag, StaleInputFlag } from './stale.ts';
import {
  credentialCounts,
  evaluationTotals,
  flagFirstLast,
  flagSeries,
  lastEvaluated,
  neverEvaluated,
  openStreams,
  topFlags,
} from './store.ts';

const dayMs = 86_400_000;
const hourMs = 3_600_000;
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Longest range of a series: 31 days of hours (744 points), 400 days. */
export const maxRangeMs = { hour: 31 * dayMs, day: 400 * dayMs } as const;
const defaultRangeMs = { hour: 7 * dayMs, day: 90 * dayMs } as const;

export interface UsageQuery {
  granularity?: 'hour' | 'day' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  environment?: string | undefined;
}

export function createInsightsService(db: Knex) {
  async function staleInputs(
    project: ProjectRow,
    envs: { id: string; key: string }[],
  ): Promise<StaleInputFlag[]> {
    const flags = (await db('flags')
      .where({ project_id: project.id })
      .orderBy('key')
      .select('id', 'key', 'temporary', 'archived', 'created_at', 'updated_at', 'variations')) as {
      id: string;
      key: string;
      temporary: boolean;
      archived: boolean;
      created_at: Date;
      updated_at: Date;
      variations: { name: string }[] | string;
    }[];
    const envKey = new Map(envs.map((e) => [e.id, e.key]));
    const configs = (await db('flag_configs as c')
      .join('flags as f', 'f.id', 'c.flag_id')
      .where('f.project_id', project.id)
      .select('c.flag_id', 'c.environment_id', 'c.config', 'c.updated_at')) as {
      flag_id: string;
      environment_id: string;
      config: SingleVariationConfig | string;
      updated_at: Date;
    }[];
    const byFlag = new Map<string, StaleInputFlag['configs']>();
    for (const c of configs) {
      const environment = envKey.get(c.environment_id);
      if (environment === undefined) continue;
      const list = byFlag.get(c.flag_id) ?? [];
      const config =
        typeof c.config === 'string' ? (JSON.parse(c.config) as SingleVariationConfig) : c.config;
      list.push({ environment, config, updatedAt: new Date(c.updated_at) });
      byFlag.set(c.flag_id, list);
    }
    const last = await lastEvaluated(
      db,
      envs.map((e) => e.id),
    );
    return flags.map((f) => {
      const variations =
        typeof f.variations === 'string' ? (JSON.parse(f.variations) as { name: string }[]) : f.variations;
      return {
        key: f.key,
        temporary: f.temporary,
        archived: f.archived,
        createdAt: new Date(f.created_at),
        updatedAt: new Date(f.updated_at),
        variationNames: variations.map((v) => v.name),
        configs: byFlag.get(f.id) ?? [],
        lastEvaluatedAt: last.get(f.key),
      };
    });
  }

  async function stale(
    project: ProjectRow,
    now: Date,
  ): Promise<{ staleAfterDays: number; items: StaleFlag[] }> {
    const settings = await readSettings(db, project.id);
    const envs = await environmentRefs(db, project.id);
    // Code references (issue 14 #3) once a repository was pushed: "stale but still referenced".
    const repositories = await db('code_reference_repositories')
      .where({ project_id: project.id })
      .first('id');
    const refs = repositories === undefined ? undefined : await referenceCounts(db, project.id);
    const items = staleFlags(
      await staleInputs(project, envs),
      envs.map((e) => e.key),
      settings.staleAfterDays,
      now,
      refs,
    );
    return { staleAfterDays: settings.staleAfterDays, items };
  }

  return {
    stale: async (project: ProjectRow, now: Date) => {
      const { staleAfterDays, items } = await stale(project, now);
      return {
        staleAfterDays,
        items: items.map((i) => ({ ...i, lastEvaluatedAt: iso(i.lastEvaluatedAt) })),
      };
    },

    async summary(project: ProjectRow, now: Date, top: number, days: number) {
      const envs = await environmentRefs(db, project.id);
      const envIds = envs.map((e) => e.id);
      const [counts] = (await db('flags')
        .where({ project_id: project.id })
        .select(
          db.raw('count(*) filter (where not archived) as flags'),
          db.raw('count(*) filter (where archived) as archived'),
        )) as { flags: unknown; archived: unknown }[];
      const [segments] = (await db('segments').where({ project_id: project.id }).count({ n: '*' })) as {
        n: unknown;
      }[];
      const streams = await openStreams(db, envIds, now, connectionsFreshMs);
      const staleList = await stale(project, now);
      return {
        project: project.key,
        flags: Number(counts?.flags ?? 0),
        archivedFlags: Number(counts?.archived ?? 0),
        segments: Number(segments?.n ?? 0),
        environments: envs.length,
        evaluations: await evaluationTotals(db, envIds, now),
        topFlags: (await topFlags(db, envIds, now, top, days)).map((t) => ({
          ...t,
          lastEvaluatedAt: iso(t.lastEvaluatedAt),
        })),
        neverEvaluated: await neverEvaluated(db, project.id, envIds),
        connections: envs.map((e) => ({ environment: e.key, streams: streams.get(e.id) ?? 0 })),
        staleFlags: staleList.items.length,
        staleButReferenced: staleList.items.filter((i) => (i.references ?? 0) > 0).length,
        generatedAt: now.toISOString(),
      };
    },

    /** `flagRow` is the flag the request resolved (scope.flag). */
    async flagUsage(
      project: ProjectRow,
      flagRow: Pick<FlagRow, 'key' | 'variations'>,
      q: UsageQuery,
      now: Date,
    ) {
      const flag = flagRow.key;
      const granularity = q.granularity ?? 'day';
      const to = q.to !== undefined ? new Date(q.to) : now;
      let from =
        q.from !== undefined ? new Date(q.from) : new Date(to.getTime() - defaultRangeMs[granularity]);
      if (to.getTime() - from.getTime() > maxRangeMs[granularity])
        from = new Date(to.getTime() - maxRangeMs[granularity]);
      // Whole hours (days): the one `from` falls in counts.
      const unit = granularity === 'hour' ? hourMs : dayMs;
      from = new Date(Math.floor(from.getTime() / unit) * unit);
      const all = await environmentRefs(db, project.id);
      const envs = q.environment === undefined ? all : all.filter((e) => e.key === q.environment);
      const envIds = envs.map((e) => e.id);
      const variations = flagRow.variations;
      const rows = from <= to ? await flagSeries(db, envIds, flag, granularity, from, to) : [];
      const firstLast = await flagFirstLast(db, envIds, flag);
      const keyOf = new Map(envs.map((e) => [e.id, e.key]));
      const series = new Map<
        string,
        {
          environment: string;
          variation: number | null;
          variationName: string | null;
          total: number;
          points: { time: string; count: number }[];
        }
      >();
      const totals = new Map<string, number>();
      for (const r of rows) {
        const id = `${r.environment_id}\0${r.variation}`;
        let s = series.get(id);
        if (s === undefined) {
          const variation = r.variation < 0 ? null : r.variation;
          s = {
            environment: keyOf.get(r.environment_id)!,
            variation,
            variationName: variation === null ? null : (variations[variation]?.name ?? null),
            total: 0,
            points: [],
          };
          series.set(id, s);
        }
        s.total += r.count;
        s.points.push({ time: r.at.toISOString(), count: r.count });
        totals.set(r.environment_id, (totals.get(r.environment_id) ?? 0) + r.count);
      }
      return {
        flag,
        // The route resolved the flag (404 otherwise); usage rows outlive a deleted flag, but not its URL.
        exists: true,
        granularity,
        from: from.toISOString(),
        to: to.toISOString(),
        environments: envs.map((e) => ({
          environment: e.key,
          total: totals.get(e.id) ?? 0,
          firstEvaluatedAt: iso(firstLast.get(e.id)?.first),
          lastEvaluatedAt: iso(firstLast.get(e.id)?.last),
        })),
        series: [...series.values()],
      };
    },

    async sdkKeyUsage(project: ProjectRow, now: Date) {
      const keys = (await db('sdk_keys as k')
        // environments joined: each key's environment and display order in the same statement.
        .join('environments as e', 'e.id', 'k.environment_id')
        .where('e.project_id', project.id)
        .orderBy([{ column: 'e.sort_order' }, { column: 'k.created_at' }])
        .select('k.id', 'k.kind', 'k.name', 'k.prefix', 'k.revoked_at', 'e.key as environment')) as {
        id: string;
        kind: 'server' | 'client';
        name: string;
        prefix: string;
        revoked_at: Date | null;
        environment: string;
      }[];
      const counts = await credentialCounts(
        db,
        keys.map((k) => k.id),
        now,
      );
      return {
        items: keys.map((k) => ({
          id: k.id,
          kind: k.kind,
          name: k.name,
          prefix: k.prefix,
          environment: k.environment,
          revoked: k.revoked_at !== null,
          ...usageOf(counts.get(k.id)),
        })),
      };
    },

    async apiTokenUsage(organizationId: string, now: Date) {
      const tokens = (await db('api_tokens')
        .where({ organization_id: organizationId })
        .orderBy('created_at')
        .select('id', 'kind', 'name', 'prefix', 'revoked_at', 'last_used_at')) as {
        id: string;
        kind: 'personal' | 'service';
        name: string;
        prefix: string;
        revoked_at: Date | null;
        last_used_at: Date | null;
      }[];
      const counts = await credentialCounts(
        db,
        tokens.map((t) => t.id),
        now,
      );
      return {
        items: tokens.map((t) => {
          const u = usageOf(counts.get(t.id));
          // Tokens also keep their own last_used_at (minute precision, older than these counts).
          const last = [u.lastUsedAt, iso(t.last_used_at)]
            .filter((x): x is string => x !== null)
            .sort()
            .at(-1);
          return {
            id: t.id,
            kind: t.kind,
            name: t.name,
            prefix: t.prefix,
            revoked: t.revoked_at !== null,
            ...u,
            lastUsedAt: last ?? null,
          };
        }),
      };
    },
  };
}

function usageOf(
  c: { lastUsedAt: Date | null; requests24h: number; requests7d: number; requests30d: number } | undefined,
) {
  return {
    lastUsedAt: iso(c?.lastUsedAt),
    requests24h: c?.requests24h ?? 0,
    requests7d: c?.requests7d ?? 0,
    requests30d: c?.requests30d ?? 0,
  };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
