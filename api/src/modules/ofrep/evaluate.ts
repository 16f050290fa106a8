// The OpenFeature Remote Evaluation Protocol on top of the same compiled ruleset every SDK route uses.
// Everything OpenFeature-specific (targetingKey → key, standard reasons, error codes, metadata names) is
// the engine's mapping (@ff/engine/openfeature); this file only chooses OFREP's success or failure shape.
// No second evaluator, and no check of its own before evaluating: the engine decides what a context
// without a key gets, as it does for every other surface.
import { fromOpenFeatureContext, toOpenFeatureResolution } from '@ff/engine/openfeature';
import type { ErrorCode, Json } from '@ff/engine';
import type { FlagMetadata, OpenFeatureReason } from '@ff/engine/openfeature';
import type { SdkKeyKind } from '../sdk-keys/store.ts';
import type { RulesetEntry } from '../sdk/ruleset.ts';
import type { SdkRulesetFlag } from '../sdk/store.ts';

export interface OfrepSuccess {
  key: string;
  value: Json;
  reason: OpenFeatureReason;
  variant?: string;
  metadata: FlagMetadata;
}

export interface OfrepFailure {
  key: string;
  errorCode: ErrorCode;
  errorDetails: string;
  metadata?: FlagMetadata;
}

export type OfrepResult = { ok: true; value: OfrepSuccess } | { ok: false; value: OfrepFailure };

/** Whether a key of `kind` sees `flag`: server keys see every flag, client keys client-side ones. */
function visible(flag: SdkRulesetFlag | undefined, kind: SdkKeyKind): flag is SdkRulesetFlag {
  return flag !== undefined && (kind === 'server' || flag.clientSide);
}

function evaluate(
  entry: RulesetEntry,
  kind: SdkKeyKind,
  flag: SdkRulesetFlag,
  context: Record<string, unknown>,
): OfrepResult {
  const r = toOpenFeatureResolution(entry.compiled().evaluate(flag.key, context, null), {
    flagVersion: flag.version,
    environmentVersion: entry.version,
    audience: kind,
  });
  const { flagMetadata: metadata } = r;
  if (r.errorCode !== undefined) {
    const errorDetails = r.errorMessage ?? 'evaluation failed';
    return { ok: false, value: { key: flag.key, errorCode: r.errorCode, errorDetails, metadata } };
  }
  const value: OfrepSuccess = { key: flag.key, value: r.value, reason: r.reason, metadata };
  if (r.variant !== undefined) value.variant = r.variant;
  return { ok: true, value };
}

/** One flag for one OpenFeature context, as a key of `kind` may see it. */
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
  return evaluate(entry, kind, flag, fromOpenFeatureContext(context));
}

/** Every flag a key of `kind` sees, each evaluated or failed on its own. */
export function evaluateBulk(
  entry: RulesetEntry,
  kind: SdkKeyKind,
  context: Record<string, unknown> | undefined,
): (OfrepSuccess | OfrepFailure)[] {
  const ctx = fromOpenFeatureContext(context);
  const out: (OfrepSuccess | OfrepFailure)[] = [];
  for (const flag of Object.values(entry.ruleset.flags)) {
    if (visible(flag, kind)) out.push(evaluate(entry, kind, flag, ctx).value);
  }
  return out;
}
