// Small value helpers shared by the client, the test client and the OpenFeature provider.
import type { EvaluationResult } from '@ff/engine';
import type { ClientFlagValue, ClientStatus, EvaluationDetail, Json } from './types.ts';

/** The JSON type of a value: arrays and objects apart, `null` its own type. */
export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Whether a served value has the type of the caller's default (the TYPE_MISMATCH check). */
export function sameJsonType(value: unknown, expected: unknown): boolean {
  return jsonType(value) === jsonType(expected);
}

/** The key of a context, as tracked events record it: a bare string, or `context.key`, or `''`. */
export function contextKey(context: unknown): string {
  if (typeof context === 'string') return context;
  if (context !== null && typeof context === 'object' && Object.hasOwn(context, 'key')) {
    const key = (context as { key: unknown }).key;
    if (typeof key === 'string') return key;
  }
  return '';
}

/** An evaluation result as browsers receive it: without the error message (and prerequisite key). */
export function toClientValue(result: EvaluationResult, inExperiment = false): ClientFlagValue {
  const out: { -readonly [K in keyof ClientFlagValue]: ClientFlagValue[K] } = {
    value: result.value,
    reason: result.reason,
  };
  if (result.variant !== undefined) out.variant = result.variant;
  if (result.variationIndex !== undefined) out.variationIndex = result.variationIndex;
  if (result.ruleId !== undefined) out.ruleId = result.ruleId;
  if (result.ruleIndex !== undefined) out.ruleIndex = result.ruleIndex;
  if (result.errorCode !== undefined) out.errorCode = result.errorCode;
  if (inExperiment) out.inExperiment = true;
  return out;
}

/** A detail serving `fallback` (or `null`) for the error `why`. */
export function fallbackDetail(
  flagKey: string,
  fallback: Json | undefined,
  why: Pick<EvaluationResult, 'reason' | 'errorCode' | 'errorMessage'>,
): EvaluationDetail {
  const detail: EvaluationDetail = { flagKey, value: fallback ?? null, reason: why.reason };
  return {
    ...detail,
    ...(why.errorCode === undefined ? {} : { errorCode: why.errorCode }),
    ...(why.errorMessage === undefined ? {} : { errorMessage: why.errorMessage }),
  };
}

/** Why a client in `status` has no ruleset to evaluate with (the error of a fallback). */
export function notReady(
  status: ClientStatus,
): Pick<EvaluationResult, 'reason' | 'errorCode' | 'errorMessage'> {
  if (status === 'initializing')
    return { reason: 'ERROR', errorCode: 'PROVIDER_NOT_READY', errorMessage: 'no ruleset yet' };
  if (status === 'failed')
    return { reason: 'ERROR', errorCode: 'PROVIDER_FATAL', errorMessage: 'the SDK key was refused' };
  return { reason: 'ERROR', errorCode: 'FLAG_NOT_FOUND', errorMessage: 'no ruleset available' };
}
