// Shapes shared by the compiler, the evaluator and the explainer. Kept apart from schema.ts so that
// code which only evaluates never needs zod's types.

/** Any JSON value: what a variation may serve and what a clause may compare against. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Why an evaluation produced its value, in OpenFeature's vocabulary plus one reason of ff's own,
 * `PREREQUISITE_FAILED`. OpenFeature surfaces send the standard reason that `toOpenFeatureReason`
 * (`@ff/engine/openfeature`) gives (`DISABLED` for it) and carry this one in the flag metadata.
 *
 * - `DISABLED`: the flag is off in this environment; the off variation is served.
 * - `PREREQUISITE_FAILED`: a prerequisite flag is off or serves another variation; the off variation is served.
 * - `TARGETING_MATCH`: an individual target or a rule serving one variation matched.
 * - `SPLIT`: a rule or the fallthrough served a percentage rollout.
 * - `DEFAULT`: no target or rule matched; the fallthrough served one variation.
 * - `ERROR`: the caller's default value is returned; `errorCode` says why.
 */
export type Reason = 'DISABLED' | 'PREREQUISITE_FAILED' | 'TARGETING_MATCH' | 'SPLIT' | 'DEFAULT' | 'ERROR';

/**
 * OpenFeature error codes. The engine itself produces `FLAG_NOT_FOUND` (unknown key) and `GENERAL`
 * (a malformed flag: a variation index out of range, a prerequisite cycle or a chain deeper than
 * {@link MAX_PREREQUISITE_DEPTH}). The others are for SDK layers that wrap the engine.
 */
export type ErrorCode =
  | 'PROVIDER_NOT_READY'
  | 'FLAG_NOT_FOUND'
  | 'PARSE_ERROR'
  | 'TYPE_MISMATCH'
  | 'TARGETING_KEY_MISSING'
  | 'INVALID_CONTEXT'
  | 'PROVIDER_FATAL'
  | 'GENERAL';

/**
 * The result of evaluating one flag for one context. Never thrown, always returned.
 *
 * Successful results are frozen objects built once at compile time and shared between calls: do not
 * mutate them (a JSON variation's value is deep-frozen for the same reason).
 */
export interface EvaluationResult<T = Json> {
  /** The served variation's value, or the caller's default when `reason` is `ERROR`. */
  readonly value: T;
  /** Index of the served variation in the flag's `variations`; absent on `ERROR`. */
  readonly variationIndex?: number;
  /** Name of the served variation (OpenFeature's `variant`); absent on `ERROR`. */
  readonly variant?: string;
  /** Why this value was served. */
  readonly reason: Reason;
  /** Set only when `reason` is `ERROR`. */
  readonly errorCode?: ErrorCode;
  /** A human-readable explanation of an `ERROR`. */
  readonly errorMessage?: string;
  /** The `id` of the rule that matched (`TARGETING_MATCH` or `SPLIT` from a rule). */
  readonly ruleId?: string;
  /** The position of the rule that matched in the flag's `rules`. */
  readonly ruleIndex?: number;
  /** The key of the first prerequisite that failed (`PREREQUISITE_FAILED`). */
  readonly prerequisiteKey?: string;
}

/**
 * Prerequisite chains longer than this many links make the flag at their head evaluate to
 * `ERROR`/`GENERAL`, as do prerequisite cycles. Segment references nest at most this deep too.
 */
export const MAX_PREREQUISITE_DEPTH = 16;
