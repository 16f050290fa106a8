// Carries out a plan through the generated client. Every write sends If-Match with the version the plan
// read (or the version the previous write of this apply returned), so a resource someone changed since
// the plan is refused with 412 instead of overwritten, and nothing after it runs.
import type { FfClient } from '@ff/client';
import type { FlagConfig } from '@ff/engine';
import { resourcePath } from './diff.ts';
import { applyExperimentChange } from './experiments.ts';
import type { ExperimentChange } from './experiments.ts';
import { applyMetricChange } from './metrics.ts';
import type { Change, MemberLists, Plan } from './diff.ts';
import type { FlagsFile } from './format.ts';

/** The API takes at most this many keys per list and request. */
const MEMBER_CHUNK = 10_000;

export class ApplyError extends Error {
  readonly change: Change;
  readonly applied: number;
  override readonly cause: unknown;
  constructor(change: Change, applied: number, cause: unknown) {
    super((cause as Error)?.message ?? String(cause));
    this.name = 'ApplyError';
    this.change = change;
    this.applied = applied;
    this.cause = cause;
  }
}

export interface ExecuteOptions {
  /** Recorded in the audit entries of the writes that take a comment. */
  comment?: string;
  onApplied?: (change: Change) => void;
}

const ifMatch = (version: number | undefined) =>
  version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } };

function pick<T extends object>(spec: T, fields: readonly string[]): Partial<T> {
  return Object.fromEntries(
    fields.map((f) => [f, (spec as Record<string, unknown>)[f]]).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += MEMBER_CHUNK) out.push(items.slice(i, i + MEMBER_CHUNK));
  return out;
}

/** Applies `plan` (computed from `file`) to its project; returns how many changes were applied. */
export async function executePlan(
  api: FfClient,
  plan: Plan,
  file: FlagsFile,
  options: ExecuteOptions = {},
): Promise<number> {
  const project = plan.project;
  const comment = options.comment;
  const versions = new Map(Object.entries(plan.versions));
  const version = (change: Pick<Change, 'type' | 'key' | 'env'>) => versions.get(resourcePath(change));
  const setVersion = (change: Pick<Change, 'type' | 'key' | 'env'>, v: number) =>
    versions.set(resourcePath(change), v);

  async function changeMembers(
    key: string,
    lists: { add: Partial<MemberLists>; remove: Partial<MemberLists> },
  ) {
    for (const op of ['add', 'remove'] as const)
      for (const list of ['included', 'excluded'] as const)
        for (const part of chunks(lists[op][list] ?? [])) {
          const { data } = await api.changeSegmentMembers({
            path: { project, segment: key },
            ...ifMatch(version({ type: 'segment', key })),
            body: { [op]: { [list]: part }, ...(comment ? { comment } : {}) },
          });
          setVersion({ type: 'segment', key }, data.version);
        }
  }

  async function flagConfig(change: Change) {
    const env = change.env!;
    const config = file.flags[change.key]!.environments![env]! as FlagConfig;
    let current = version(change);
    // An environment created by this apply gave every existing flag a configuration the plan never saw.
    if (current === undefined)
      current = (await api.getFlagConfig({ path: { project, flag: change.key, env } })).data.version;
    const { data } = await api.replaceFlagConfig({
      path: { project, flag: change.key, env },
      headers: { 'If-Match': `"${current}"` },
      body: { ...config, ...(comment ? { comment } : {}) } as never,
    });
    setVersion(change, data.version);
  }

  async function flag(change: Change) {
    const { key } = change;
    const spec = file.flags[key]!;
    if (change.action === 'create') {
      const body = pick(spec, [
        'name',
        'description',
        'kind',
        'variations',
        'tags',
        'temporary',
        'clientSide',
      ]);
      const { data } = await api.createFlag({
        path: { project },
        body: { key, ...body, ...(spec.owner ? { owner: spec.owner } : {}) } as never,
      });
      setVersion(change, data.version);
      for (const [env, c] of Object.entries(data.environments ?? {}))
        setVersion({ type: 'flagConfig', key, env }, c.version);
      return;
    }
    if (change.action === 'delete') {
      // The plan read whether it was archived; a live flag must be archived before it can be deleted.
      let v = version(change);
      if (change.fields.some((f) => f.field === 'archived' && f.before === false))
        v = (await api.archiveFlag({ path: { project, flag: key }, ...ifMatch(v) })).data.version;
      await api.deleteFlag({ path: { project, flag: key }, ...ifMatch(v) });
      return;
    }
    const fields = change.fields.map((f) => f.field);
    if (fields.includes('archived')) {
      const call = spec.archived ? api.archiveFlag.bind(api) : api.unarchiveFlag.bind(api);
      setVersion(
        change,
        (await call({ path: { project, flag: key }, ...ifMatch(version(change)) })).data.version,
      );
    }
    const rest = fields.filter((f) => f !== 'archived');
    if (rest.length > 0) {
      const { data } = await api.updateFlag({
        path: { project, flag: key },
        ...ifMatch(version(change)),
        body: { ...pick(spec, rest), ...(comment ? { comment } : {}) } as never,
      });
      setVersion(change, data.version);
    }
  }

  async function segment(change: Change) {
    const { key } = change;
    if (change.action === 'delete') {
      await api.deleteSegment({ path: { project, segment: key }, ...ifMatch(version(change)) });
      return;
    }
    const spec = file.segments[key]!;
    if (change.action === 'create') {
      const included = spec.included ?? [];
      const excluded = spec.excluded ?? [];
      const body = {
        key,
        ...pick(spec, ['name', 'description', 'rules']),
        included: included.slice(0, MEMBER_CHUNK),
        excluded: excluded.slice(0, MEMBER_CHUNK),
      };
      const { data } = await api.createSegment({ path: { project }, body: body as never });
      setVersion(change, data.version);
      // Lists longer than one request allows go in follow-up requests.
      await changeMembers(key, {
        add: { included: included.slice(MEMBER_CHUNK), excluded: excluded.slice(MEMBER_CHUNK) },
        remove: {},
      });
      return;
    }
    const { data } = await api.updateSegment({
      path: { project, segment: key },
      ...ifMatch(version(change)),
      body: {
        ...pick(
          spec,
          change.fields.map((f) => f.field),
        ),
        ...(comment ? { comment } : {}),
      } as never,
    });
    setVersion(change, data.version);
  }

  async function environment(change: Change) {
    const { key } = change;
    const spec = file.environments[key]!;
    const body = pick(
      spec,
      change.fields.map((f) => f.field),
    );
    const { data } =
      change.action === 'create'
        ? await api.createEnvironment({ path: { project }, body: { key, ...body } as never })
        : await api.updateEnvironment({
            path: { project, env: key },
            ...ifMatch(version(change)),
            body: body as never,
          });
    setVersion(change, data.version);
  }

  let applied = 0;
  for (const change of plan.changes) {
    try {
      if (change.type === 'environment') await environment(change);
      else if (change.type === 'segment') await segment(change);
      else if (change.type === 'segmentMembers') await changeMembers(change.key, change.members!);
      else if (change.type === 'flag') await flag(change);
      else if (change.type === 'metric') {
        const spec = file.metrics![change.key]!;
        setVersion(change, await applyMetricChange(api, project, change, spec, version(change)));
      } else if (change.type === 'experiment') {
        const spec = file.experiments![change.key]!;
        const v = await applyExperimentChange(
          api,
          project,
          change as ExperimentChange,
          spec,
          version(change),
        );
        if (v !== undefined) setVersion(change, v);
      } else await flagConfig(change);
    } catch (error) {
      throw new ApplyError(change, applied, error);
    }
    applied++;
    options.onApplied?.(change);
  }
  return applied;
}
