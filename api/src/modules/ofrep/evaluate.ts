// The OpenFeature Remote Evaluation Protocol on top of the same compiled ruleset every SDK route uses:
// OpenFeature's context becomes ff's (targetingKey → key), the engine evaluates, and its result becomes
// OFREP's success or failure shape. No second evaluator.
import type { Json, Serve } from '@ff/engine';
import type { SdkKeyKind } from '../sdk-keys/store.ts';
import type { RulesetEntry } from '../sdk/ruleset.ts';
import type { SdkRulesetFlag } from '../sdk/store.ts';

export type OfrepMetadata = Record<string, string | number | boolean>;

export interface OfrepSuccess {
  key: string;
  value: Json;
  reason: string;
  variant?: string;
  metadata: OfrepMetadata;
}

export interface OfrepFailure {
  key: string;
  errorCode: 'FLAG_NOT_FOUND' | 'TARGETING_KEY_MISSING' | 'INVALID_CONTEXT' | 'PARSE_ERROR' | 'GENERAL';
  errorDetails: string;
}

export type OfrepResult = { ok: true; value: OfrepSuccess } | { ok: false; value: OfrepFailure };

/** OpenFeature's evaluation context as ff's: `targetingKey` is the context `key`. */
export function toFfContext(context: Record<string, unknown> | undefined): Record<string, Json> {
  if (context === undefined) return {};
  const { targetingKey, ...attributes } = context;
  const out = attributes as Record<string, Json>;
  if (typeof targetingKey === 'string' && targetingKey !== '') out.key = targetingKey;
  return out;
}

function bucketsByKey(serve: Serve): boolean {
  return serve.rollout !== undefined && (serve.rollout.bucketBy ?? 'key') === 'key';
}

/**
 * Whether the flag's own targeting in this environment reads the context key: individual targets,
 * segments (their member lists are keys), a clause on `key`, or a rollout bucketed by key. Evaluating
 * such a flag without a key would silently serve everyone the same fallback, so OFREP answers
 * TARGETING_KEY_MISSING instead. A flag that is off, or serves one variation to all, needs no key.
 */
export function needsTargetingKey(flag: SdkRulesetFlag): boolean {
  const c = flag.config;
  if (!c.on) return false;
  if (c.targets.some((t) => t.values.length > 0)) return true;
  if (bucketsByKey(c.fallthrough)) return true;
  return c.rules.some(
    (r) =>
      bucketsByKey(r.serve) || r.clauses.some((cl) => cl.op === 'segmentMatch' || cl.attribute === 'key'),
  );
}

/** Whether a key of `kind` sees `flag`: server keys see every flag, client keys client-side ones. */
function visible(flag: SdkRulesetFlag | undefined, kind: SdkKeyKind): flag is SdkRulesetFlag {
  return flag !== undefined && (kind === 'server' || flag.clientSide);
}

function evaluate(entry: RulesetEntry, flag: SdkRulesetFlag, context: Record<string, Json>): OfrepResult {
  if (typeof context.key !== 'string' && needsTargetingKey(flag)) {
    return {
      ok: false,
      value: {
        key: flag.key,
        errorCode: 'TARGETING_KEY_MISSING',
        errorDetails: `"${flag.key}" targets by key: send the context's targetingKey.`,
      },
    };
  }
  const r = entry.compiled().evaluate(flag.key, context, null);
  if (r.reason === 'ERROR') {
    return {
      ok: false,
      value: { key: flag.key, errorCode: 'GENERAL', errorDetails: r.errorMessage ?? 'evaluation failed' },
    };
  }
  const metadata: OfrepMetadata = { flagVersion: flag.version, environmentVersion: entry.version };
  if (r.ruleId !== undefined) metadata.ruleId = r.ruleId;
  if (r.ruleIndex !== undefined) metadata.ruleIndex = r.ruleIndex;
  const value: OfrepSuccess = { key: flag.key, value: r.value, reason: r.reason, metadata };
  if (r.variant !== undefined) value.variant = r.variant;
  return { ok: true, value };
}

/** One flag for one context, as a key of `kind` may see it. */
export function evaluateOne(
  entry: RulesetEntry,
  kind: SdkKeyKind,
  flagKey: string,
  context: Record<string, unknown> | undefined,
): OfrepResult {
  const flag = Object.hasOwn(entry.ruleset.flags, flagKey) ? entry.ruleset.flags[flagKey] : undefined;
  if (!visible(flag, kind)) {
    return {
      ok: false,
      value: {
        key: flagKey,
        errorCode: 'FLAG_NOT_FOUND',
        errorDetails: `No flag "${flagKey}" for this key.`,
      },
    };
  }
  return evaluate(entry, flag, toFfContext(context));
}

/** Every flag a key of `kind` sees, each evaluated or failed on its own. */
export function evaluateBulk(
  entry: RulesetEntry,
  kind: SdkKeyKind,
  context: Record<string, unknown> | undefined,
): (OfrepSuccess | OfrepFailure)[] {
  const ctx = toFfContext(context);
  const out: (OfrepSuccess | OfrepFailure)[] = [];
  for (const flag of Object.values(entry.ruleset.flags)) {
    if (visible(flag, kind)) out.push(evaluate(entry, flag, ctx).value);
  }
  return out;
}
