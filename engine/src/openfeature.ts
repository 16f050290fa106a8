// The OpenFeature mapping, once: contexts (targetingKey ↔ key), reasons, error codes and flag metadata
// names. OFREP (api), the sdk-node provider and the browser SDK all answer through it, so the same
// evaluation reads the same on every OpenFeature surface. Dependency-free, like ./operators: a provider
// imports `@ff/engine/openfeature` without loading the evaluator or zod.
//
// Decisions (engine/README.md, "OpenFeature"):
// - An empty `targetingKey` is no targeting key. OpenFeature gives a subject's identity as a non-empty
//   string; `''` is what an unset field serializes to in several languages, not an identity.
// - ff never answers TARGETING_KEY_MISSING. A context without a key evaluates like any other: targets and
//   segment key lists cannot match it, and a rollout whose bucketBy attribute is missing serves its last
//   variation (ARCHITECTURE's rule, pinned by the vectors), exactly as in ff's own SDKs and API.
import { toContext } from './context.ts';
import type { Context } from './context.ts';
import type { ErrorCode, EvaluationResult, Json, Reason } from './types.ts';

/**
 * OpenFeature's standard resolution reasons. A provider in another language maps the reason string to
 * an enum of exactly these, so OpenFeature surfaces send nothing else.
 */
export const OPENFEATURE_REASONS = [
  'STATIC',
  'DEFAULT',
  'TARGETING_MATCH',
  'SPLIT',
  'CACHED',
  'DISABLED',
  'UNKNOWN',
  'STALE',
  'ERROR',
] as const;

/** One of {@link OPENFEATURE_REASONS}. */
export type OpenFeatureReason = (typeof OPENFEATURE_REASONS)[number];

/** OpenFeature's error codes; ff's {@link ErrorCode} is exactly this set. */
export const OPENFEATURE_ERROR_CODES = [
  'PROVIDER_NOT_READY',
  'FLAG_NOT_FOUND',
  'PARSE_ERROR',
  'TYPE_MISMATCH',
  'TARGETING_KEY_MISSING',
  'INVALID_CONTEXT',
  'PROVIDER_FATAL',
  'GENERAL',
] as const satisfies readonly ErrorCode[];

// ff's ErrorCode and OpenFeature's list must stay the same set: `satisfies` above checks one direction,
// this the other (it fails to compile when ErrorCode gains a code OpenFeature does not have).
const _sameErrorCodes: [ErrorCode] extends [(typeof OPENFEATURE_ERROR_CODES)[number]] ? true : never = true;

/**
 * ff's reasons as OpenFeature's. Only `PREREQUISITE_FAILED` differs: a failed prerequisite serves the
 * flag's off variation, which OpenFeature calls `DISABLED`; ff's own reason goes to the flag metadata.
 */
const REASON_MAP: Readonly<Record<Reason, OpenFeatureReason>> = {
  DISABLED: 'DISABLED',
  PREREQUISITE_FAILED: 'DISABLED',
  TARGETING_MATCH: 'TARGETING_MATCH',
  SPLIT: 'SPLIT',
  DEFAULT: 'DEFAULT',
  ERROR: 'ERROR',
};

/**
 * The OpenFeature reason for an ff reason: `PREREQUISITE_FAILED` → `DISABLED`, the others unchanged.
 * A string ff does not know (from a newer server) is `UNKNOWN`, never passed through.
 */
export function toOpenFeatureReason(reason: Reason | string): OpenFeatureReason {
  return Object.hasOwn(REASON_MAP, reason) ? REASON_MAP[reason as Reason] : 'UNKNOWN';
}

/**
 * The names of ff's entries in OpenFeature flag metadata, on every OpenFeature surface (OFREP's
 * `metadata`, the providers' `flagMetadata`). Each is present only when it applies.
 */
export const FLAG_METADATA = {
  /** ff's own reason (`PREREQUISITE_FAILED` where OpenFeature's reason says `DISABLED`). */
  reason: 'ffReason',
  /** The served variation's index in the flag's `variations`. */
  variationIndex: 'variationIndex',
  /** The `id` of the rule that matched. */
  ruleId: 'ruleId',
  /** The position of the rule that matched. */
  ruleIndex: 'ruleIndex',
  /** The first prerequisite that failed (server-side audiences only: it may name a server-only flag). */
  prerequisiteKey: 'prerequisiteKey',
  /** The flag's configuration version in the environment. */
  flagVersion: 'flagVersion',
  /** The environment's version (the ruleset's). */
  environmentVersion: 'environmentVersion',
} as const;

/** OpenFeature flag metadata: string keys to strings, numbers and booleans. */
export type FlagMetadata = Record<string, string | number | boolean>;

/** What {@link toFlagMetadata} and {@link toOpenFeatureResolution} add besides the result itself. */
export interface OpenFeatureMappingOptions {
  /** The flag's configuration version in this environment, when known. */
  flagVersion?: number | undefined;
  /** The environment's (ruleset's) version, when known. */
  environmentVersion?: number | undefined;
  /**
   * `client` for audiences that see only client-side flags (client keys, browsers): leaves out
   * `prerequisiteKey`, which may name a flag they must not see. Default `server`.
   */
  audience?: 'server' | 'client';
}

/** The flag metadata of one evaluation result, under the {@link FLAG_METADATA} names. */
export function toFlagMetadata(
  result: Pick<EvaluationResult, 'reason' | 'variationIndex' | 'ruleId' | 'ruleIndex' | 'prerequisiteKey'>,
  options: OpenFeatureMappingOptions = {},
): FlagMetadata {
  const m: FlagMetadata = { [FLAG_METADATA.reason]: result.reason };
  if (result.variationIndex !== undefined) m[FLAG_METADATA.variationIndex] = result.variationIndex;
  if (result.ruleId !== undefined) m[FLAG_METADATA.ruleId] = result.ruleId;
  if (result.ruleIndex !== undefined) m[FLAG_METADATA.ruleIndex] = result.ruleIndex;
  if (result.prerequisiteKey !== undefined && options.audience !== 'client')
    m[FLAG_METADATA.prerequisiteKey] = result.prerequisiteKey;
  if (options.flagVersion !== undefined) m[FLAG_METADATA.flagVersion] = options.flagVersion;
  if (options.environmentVersion !== undefined)
    m[FLAG_METADATA.environmentVersion] = options.environmentVersion;
  return m;
}

/**
 * One evaluation in OpenFeature's terms (the shape of OpenFeature's `ResolutionDetails`): a standard
 * reason, OpenFeature's error code, and ff's details in `flagMetadata`.
 */
export interface OpenFeatureResolution<T = Json> {
  /** The served value, or the caller's default on `ERROR`. */
  value: T;
  /** The served variation's name. */
  variant?: string;
  /** One of OpenFeature's standard reasons. */
  reason: OpenFeatureReason;
  /** Set when `reason` is `ERROR`. */
  errorCode?: ErrorCode;
  /** Why, when `reason` is `ERROR`. */
  errorMessage?: string;
  /** ff's own reason and details, under the {@link FLAG_METADATA} names. */
  flagMetadata: FlagMetadata;
}

/**
 * An ff evaluation result (the engine's, or an SDK's detail of the same shape) as OpenFeature's
 * resolution: the reason through {@link toOpenFeatureReason}, the error code unchanged (ff's codes are
 * OpenFeature's), ff's reason and details in the metadata.
 */
export function toOpenFeatureResolution<T>(
  result: EvaluationResult<T>,
  options: OpenFeatureMappingOptions = {},
): OpenFeatureResolution<T> {
  const out: OpenFeatureResolution<T> = {
    value: result.value,
    reason: toOpenFeatureReason(result.reason),
    flagMetadata: toFlagMetadata(result, options),
  };
  if (result.variant !== undefined) out.variant = result.variant;
  if (result.errorCode !== undefined) out.errorCode = result.errorCode;
  if (result.errorMessage !== undefined) out.errorMessage = result.errorMessage;
  return out;
}

/** OpenFeature's evaluation context: `targetingKey` identifies the subject, the rest are attributes. */
export interface OpenFeatureContext {
  /** The subject's identity; ff's context `key`. */
  targetingKey?: string;
  [attribute: string]: unknown;
}

/**
 * OpenFeature's evaluation context as ff's. A non-empty string `targetingKey` becomes `key` (over a
 * `key` attribute). An empty, absent or non-string `targetingKey` is no targeting key: it is dropped, and
 * a `key` attribute, if any, stays the context key. Every other attribute passes through. Anything that
 * is not an object is the empty context. Never throws.
 */
export function fromOpenFeatureContext(context: unknown): Context {
  if (context === null || typeof context !== 'object' || Array.isArray(context)) return {};
  const { targetingKey, ...attributes } = context as OpenFeatureContext;
  if (typeof targetingKey === 'string' && targetingKey !== '') attributes.key = targetingKey;
  return attributes;
}

/**
 * An ff context (anything `evaluate` takes: an object, a bare key, or something that means the empty
 * context) as OpenFeature's: a non-empty string `key` becomes `targetingKey`; any other `key` stays an
 * attribute, so {@link fromOpenFeatureContext} gives the same context back (an ff attribute named
 * `targetingKey` is the one thing that does not survive the trip).
 */
export function toOpenFeatureContext(input: unknown): OpenFeatureContext {
  const { key, ...attributes } = toContext(input);
  if (typeof key === 'string' && key !== '') return { ...attributes, targetingKey: key };
  delete attributes.targetingKey;
  return key === undefined ? attributes : { ...attributes, key };
}
