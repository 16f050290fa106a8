// The one write path of a flag's configuration in one environment, shared by the commands (on, off,
// rollout, rule…, through FlagConfigCommand) and the dashboard (`ff dash`): the actions each change sends,
// and the request that sends them with the configuration's ETag as If-Match, so a concurrent change is a
// 412 (a conflict to show), never silently overwritten.
import type { FfClient, Flag, FlagConfigAction, FlagEnvironment, FlagUpdate } from '@ff/client';
import { usage } from './errors.ts';
import { defaultVariation, totalWeight, variationIndex } from './flag-config.ts';

export interface ConfigTarget {
  project: string;
  flag: string;
  env: string;
}

/** Sends `actions` to the flag's configuration in one environment with If-Match: the ETag read with it. */
export async function sendConfigChange(
  api: FfClient,
  target: ConfigTarget,
  etag: string,
  actions: FlagConfigAction[],
  comment?: string,
): Promise<FlagEnvironment> {
  const { data } = await api.changeFlagConfig({
    path: { project: target.project, flag: target.flag, env: target.env },
    headers: { 'If-Match': etag },
    body: { actions, ...(comment ? { comment } : {}) },
  });
  return data;
}

/** The ETag of a configuration read in a list (its version, as the server sends it). */
export const etagOf = (config: Pick<FlagEnvironment, 'version'>): string => `"${config.version}"`;

export interface RolloutOptions {
  /** The variation rolled out (default: true of a boolean flag). */
  variation?: string | undefined;
  /** The variation everyone else gets (default: the off variation, or the other one). */
  rest?: string | undefined;
  /** Within this rule instead of the fallthrough. */
  rule?: string | undefined;
  bucketBy?: string | undefined;
}

/** `flags rollout KEY PCT`: `weight` (of 100000) to one variation, the rest to another. */
export function rolloutActions(
  flag: Flag,
  config: FlagEnvironment,
  weight: number,
  opts: RolloutOptions = {},
): FlagConfigAction[] {
  const on = defaultVariation(flag, opts.variation, 'rollout');
  let rest: number;
  if (opts.rest !== undefined) rest = variationIndex(flag, opts.rest);
  else if (config.offVariation !== on) rest = config.offVariation;
  else rest = flag.variations.findIndex((_, i) => i !== on);
  if (rest < 0 || rest === on) throw usage('the rest must get another variation', 'pass --rest VARIATION');
  return [
    {
      kind: 'setRollout',
      ...(opts.rule ? { ruleId: opts.rule } : {}),
      ...(opts.bucketBy ? { bucketBy: opts.bucketBy } : {}),
      weights: [
        { variation: on, weight },
        { variation: rest, weight: totalWeight - weight },
      ],
    },
  ];
}

/** `flags rule add KEY --segment S`: a rule matching the segments' members, serving one variation. */
export function segmentRuleActions(
  flag: Flag,
  segments: string[],
  variation?: string,
  index?: number,
): FlagConfigAction[] {
  return [
    {
      kind: 'addRule',
      ...(index !== undefined ? { index } : {}),
      rule: {
        clauses: segments.map((s) => ({ attribute: 'key', op: 'segmentMatch', values: [s] })),
        serve: { variation: defaultVariation(flag, variation, 'a rule') },
      },
    },
  ];
}

/** `flags target KEY --users …`: serve `variation` to these context keys (the API moves them off other targets). */
export function targetActions(variation: number, values: string[]): FlagConfigAction[] {
  return [{ kind: 'addTargets', variation, values }];
}

/** `flags untarget KEY --users …`: drop these context keys from `variation`'s target, or from every target. */
export function untargetActions(values: string[], variation?: number): FlagConfigAction[] {
  return [{ kind: 'removeTargets', values, ...(variation !== undefined ? { variation } : {}) }];
}

/** A prerequisite: `prerequisite` must serve its `variation` (index) before this flag is evaluated further. */
export function prerequisiteActions(prerequisite: string, variation: number): FlagConfigAction[] {
  return [{ kind: 'addPrerequisite', flag: prerequisite, variation }];
}

export function removePrerequisiteActions(prerequisite: string): FlagConfigAction[] {
  return [{ kind: 'removePrerequisite', flag: prerequisite }];
}

/**
 * `flags update KEY …` and the dashboard's definition and variation forms: a flag's definition changed
 * (every environment at once) with If-Match from the version the caller read. Variations are
 * positional: configurations name them by index, so the server refuses (409) dropping one that a
 * configuration or another flag's prerequisite still uses.
 */
export async function updateFlagDefinition(
  api: FfClient,
  project: string,
  flag: Pick<Flag, 'key' | 'version'>,
  body: FlagUpdate,
): Promise<Flag> {
  const { data } = await api.updateFlag({
    path: { project, flag: flag.key },
    headers: { 'If-Match': `"${flag.version}"` },
    body,
  });
  return data;
}

/** `flags serve KEY VARIATION`: everyone not matched by a target or rule gets one variation. */
export function serveActions(variation: number): FlagConfigAction[] {
  return [{ kind: 'setFallthrough', serve: { variation } }];
}

/** `flags variants KEY a=50 b=50`: split the fallthrough (or a rule's serve) by weights of 100000. */
export function splitActions(
  weights: { variation: number; weight: number }[],
  opts: { rule?: string | undefined; bucketBy?: string | undefined } = {},
): FlagConfigAction[] {
  return [
    {
      kind: 'setRollout',
      ...(opts.rule ? { ruleId: opts.rule } : {}),
      ...(opts.bucketBy ? { bucketBy: opts.bucketBy } : {}),
      weights,
    },
  ];
}
