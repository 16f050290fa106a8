// Reading a project for the dashboard, through @ff/client only: the caller, environments, every flag
// with its configuration in each environment (pages of 500), archived flags, segments, recent changes,
// and the members. Reads run in parallel; each list pages until its nextCursor is null.
import type { AuditEntry, Environment, FfClient, Flag, SdkKey } from '@ff/client';
import { listSdkKeys } from '../../key-writes.ts';
import type { ChangeRow, Snapshot } from '../state/model.ts';

export function changeRowOf(
  e: Pick<AuditEntry, 'id' | 'action' | 'resource' | 'createdAt'> & {
    actor: { email?: string | null; tokenName?: string | null };
    versions?: ChangeRow['versions'];
  },
): ChangeRow {
  return {
    id: e.id,
    action: e.action,
    resource: e.resource,
    actor: e.actor.email ?? e.actor.tokenName ?? 'someone',
    createdAt: e.createdAt,
    versions: e.versions,
  };
}

async function allFlags(api: FfClient, project: string, archived: boolean): Promise<Flag[]> {
  const out: Flag[] = [];
  let cursor: string | undefined;
  // Bounded: 200 pages of 500 is 100,000 flags.
  for (let page = 0; page < 200; page++) {
    const { data } = await api.listFlags({
      path: { project },
      query: { limit: 500, archived, environments: true, ...(cursor ? { cursor } : {}) },
    });
    out.push(...data.items);
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return out;
}

/**
 * Every environment's SDK keys and their last use, for the Settings page. Listing keys is a project
 * admin's: for anyone else (a 403) both are undefined and the page says why.
 */
export async function loadSdkKeys(
  api: FfClient,
  project: string,
  environments: Environment[],
): Promise<{
  sdkKeys?: Record<string, SdkKey[]> | undefined;
  keyUsage?: Record<string, string | null> | undefined;
}> {
  try {
    const [lists, usage] = await Promise.all([
      Promise.all(environments.map((e) => listSdkKeys(api, project, e.key))),
      api.getSdkKeyUsage({ path: { project } }).catch(() => undefined),
    ]);
    return {
      sdkKeys: Object.fromEntries(environments.map((e, i) => [e.key, lists[i]!])),
      keyUsage: usage && Object.fromEntries(usage.data.items.map((u) => [u.id, u.lastUsedAt])),
    };
  } catch {
    return {};
  }
}

export async function loadSnapshot(api: FfClient, project: string): Promise<Snapshot> {
  const [me, proj, envs, flags, archived, segments, audit, members] = await Promise.all([
    api.getMe(),
    api.getProject({ path: { project } }),
    api.listEnvironments({ path: { project } }),
    allFlags(api, project, false),
    allFlags(api, project, true),
    api.listSegments({ path: { project }, query: { limit: 500 } }),
    api.listAudit({ query: { resource: `projects/${project}`, limit: 100 } }),
    api.listMembers().catch(() => undefined),
  ]);
  // Pages that fill in when their APIs answer (an older server, or a role they refuse): absent otherwise.
  const [insights, stale, experiments, keys] = await Promise.all([
    api.getInsightsSummary({ path: { project } }).catch(() => undefined),
    api.listStaleFlags({ path: { project } }).catch(() => undefined),
    api.listExperiments({ path: { project } }).catch(() => undefined),
    loadSdkKeys(api, project, envs.data.items),
  ]);
  return {
    projectName: proj.data.name,
    environments: envs.data.items,
    flags,
    archived,
    segments: segments.data.items,
    changes: audit.data.items.map(changeRowOf),
    me: { role: me.data.role, email: me.data.user?.email ?? null },
    members: members?.data.items,
    insights: insights?.data,
    stale: stale?.data.items,
    experiments: experiments?.data.items,
    evaluations24h: insights?.data.evaluations.last24h,
    ...keys,
  };
}
