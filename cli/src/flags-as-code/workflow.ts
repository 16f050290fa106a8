// The steps `ff plan` and `ff apply` share: read the file and the remote, compute the plan, and for a
// saved plan (`ff plan --out`), tell whether it still holds: the remote must be at the versions the
// plan was computed from, and the file must still ask for the same changes.
import { readFileSync } from 'node:fs';
import type { FfClient } from '@ff/client';
import { canonicalJson } from '@ff/engine/canonical-json';
import { computePlan } from './diff.ts';
import type { Plan } from './diff.ts';
import { parseFlagsFile } from './format.ts';
import type { FlagsFile } from './format.ts';
import { readRemote } from './remote.ts';
import type { Progress, RemoteState } from './remote.ts';

export const SAVED_PLAN_FORMAT = 1;

export interface SavedPlan extends Plan {
  format: typeof SAVED_PLAN_FORMAT;
  prune: boolean;
}

export interface Planned {
  file: FlagsFile;
  remote: RemoteState;
  plan: Plan;
}

/** Reads `path` (`-` for stdin), the project it names (or `project`), and plans. */
export async function planFile(
  api: FfClient,
  path: string,
  options: { project?: string; prune?: boolean; progress?: Progress },
): Promise<Planned> {
  const progress = options.progress ?? (() => {});
  const text = readFileSync(path === '-' ? 0 : path, 'utf8');
  progress(`Parsing ${path === '-' ? 'stdin' : path}`);
  const file = await parseFlagsFile(text);
  if (options.project) file.project = options.project;
  const remote = await readRemote(api, file.project, progress);
  progress('Comparing');
  return { file, remote, plan: computePlan(file, remote, { prune: options.prune }) };
}

export function savePlan(plan: Plan, prune: boolean): string {
  const saved: SavedPlan = { format: SAVED_PLAN_FORMAT, prune, ...plan };
  return JSON.stringify(saved, null, 2) + '\n';
}

/** Why a saved plan no longer applies, one line per reason; empty when it still does. */
export function stalePlanReasons(saved: SavedPlan, fresh: Plan): string[] {
  if (saved.format !== SAVED_PLAN_FORMAT)
    return [`the saved plan has format ${String(saved.format)}, not ${SAVED_PLAN_FORMAT}`];
  if (saved.project !== fresh.project)
    return [`the saved plan is for project ${saved.project}, not ${fresh.project}`];
  const reasons: string[] = [];
  const paths = new Set([...Object.keys(saved.versions), ...Object.keys(fresh.versions)]);
  for (const path of [...paths].sort()) {
    const before = saved.versions[path];
    const now = fresh.versions[path];
    if (before === now) continue;
    if (before === undefined) reasons.push(`${path} was created remotely (version ${now})`);
    else if (now === undefined) reasons.push(`${path} was deleted remotely`);
    else reasons.push(`${path} changed remotely (version ${before} → ${now})`);
  }
  if (reasons.length === 0 && canonicalJson(saved.changes) !== canonicalJson(fresh.changes)) {
    reasons.push('the flags file asks for other changes than when the plan was made');
  }
  return reasons;
}
