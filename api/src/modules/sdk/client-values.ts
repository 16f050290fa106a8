// What a client key sees: its environment's client-side flags evaluated for one context, never their
// rules. Used by POST /sdk/v1/evaluate and by client streams, so both send the very same values.
import { createHash } from 'node:crypto';
import { isExposure } from '@ff/engine';
import type { EvaluationResult, Json } from '@ff/engine';
import type { RulesetEntry } from './ruleset.ts';

/** One client-side flag's value for a context: the engine's result without its message. */
export interface ClientFlagValue {
  value: Json;
  variant?: string;
  variationIndex?: number;
  reason: EvaluationResult['reason'];
  ruleId?: string;
  ruleIndex?: number;
  errorCode?: EvaluationResult['errorCode'];
  /** The value is this context's variant of a running experiment: its first read is an exposure. */
  inExperiment?: true;
}

export interface ClientEvaluation {
  version: number;
  flags: Record<string, ClientFlagValue>;
}

/**
 * The client view of one result. `errorMessage` and `prerequisiteKey` stay on the server: they can name
 * flags that are not client-side.
 */
export function toClientFlagValue(r: EvaluationResult, inExperiment = false): ClientFlagValue {
  const out: ClientFlagValue = { value: r.value, reason: r.reason };
  if (r.variant !== undefined) out.variant = r.variant;
  if (r.variationIndex !== undefined) out.variationIndex = r.variationIndex;
  if (r.ruleId !== undefined) out.ruleId = r.ruleId;
  if (r.ruleIndex !== undefined) out.ruleIndex = r.ruleIndex;
  if (r.errorCode !== undefined) out.errorCode = r.errorCode;
  if (inExperiment) out.inExperiment = true;
  return out;
}

/**
 * Whether `result` of `flag` exposes `context` to the flag's running experiment: the engine's isExposure
 * (served by the split, in the variant the experiment enrolls the context's key in), the same test the
 * event intake applies to the exposure the browser SDK then reports. Performance note: one Map lookup for
 * a flag without a running experiment.
 */
function exposes(entry: RulesetEntry, flag: string, context: unknown, result: EvaluationResult): boolean {
  const split = entry.experiments.get(flag);
  if (split === undefined) return false;
  const key = (context as { key?: unknown } | null)?.key;
  return typeof key === 'string' && isExposure(split, key, result);
}

/** One client-side flag's value for `context`, marked when it is an experiment's variant. */
export function clientValue(entry: RulesetEntry, flag: string, context: unknown): ClientFlagValue {
  const result = entry.compiled().evaluate(flag, context as Record<string, Json>, null);
  return toClientFlagValue(result, exposes(entry, flag, context, result));
}

/**
 * The exposures of a batch that a client key may report: those of client-side flags. A client key never
 * sees another flag, so an exposure of one is made up, and counting it would let anyone holding the
 * page's public key skew a server-side experiment.
 */
export function clientReportable<T extends { flag: string }>(
  entry: RulesetEntry,
  exposures: readonly T[],
): T[] {
  return exposures.filter((x) => entry.ruleset.flags[x.flag]?.clientSide === true);
}

/** Every client-side flag of `entry`, evaluated for `context`. */
export function evaluateForClient(entry: RulesetEntry, context: unknown): ClientEvaluation {
  const results = entry.compiled().evaluateAll(context as Record<string, Json>, (f) => f.clientSide);
  const flags: Record<string, ClientFlagValue> = {};
  for (const key in results) {
    const result = results[key]!;
    flags[key] = toClientFlagValue(result, exposes(entry, key, context, result));
  }
  return { version: entry.version, flags };
}

/**
 * An ETag for values that depend on a context as well as on the environment's version (and on what the
 * key may see): the version, then a digest of both.
 */
export function contextEtag(version: number, audience: string, context: unknown): string {
  const digest = createHash('sha256')
    .update(audience)
    .update('\0')
    .update(JSON.stringify(context ?? null))
    .digest('base64url')
    .slice(0, 16);
  return `"${version}-${digest}"`;
}

/** Whether an If-None-Match header names `etag` (or `*`); weak validators compare as strong ones. */
export function matchesIfNoneMatch(header: string, etag: string): boolean {
  if (header === '') return false;
  for (const part of header.split(',')) {
    const tag = part.trim().replace(/^W\//, '');
    if (tag === etag || tag === '*') return true;
  }
  return false;
}
