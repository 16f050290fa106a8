// @ff/engine: ff's pure evaluation core. Data in, result out: no network, no clock, no database.
// See engine/README.md for the model, the semantics every port must copy, and the test vectors.

export { compileRuleset, CompiledRuleset } from './compile.ts';
export type { CompileOptions, FlagFilter, FlagInfo } from './compile.ts';
export { toContext, getAttribute } from './context.ts';
export type { Context, ContextInput } from './context.ts';
export type { ClauseExplanation, Explanation, ExplainStep } from './explain.ts';
export { bucketFor, bucketableValue, BUCKET_SCALE } from './bucket.ts';
export { enrolledVariant, experimentRollout, experimentWeights, isExposure } from './experiments.ts';
export type { ExperimentSplit } from './experiments.ts';
export { EXPERIMENT_STATUSES, experimentPath, experimentStep } from './experiment-lifecycle.ts';
export type {
  ExperimentAction,
  ExperimentRefusal,
  ExperimentState,
  ExperimentStatus,
} from './experiment-lifecycle.ts';
export { murmur3_32 } from './murmur3.ts';
export { compareSemver, parseSemver } from './semver.ts';
export type { SemVer } from './semver.ts';
export { toEpochMillis } from './dates.ts';
export { OPERATORS } from './operator-names.ts';
export type { Operator } from './operator-names.ts';
export {
  FLAG_METADATA,
  OPENFEATURE_ERROR_CODES,
  OPENFEATURE_REASONS,
  fromOpenFeatureContext,
  toFlagMetadata,
  toOpenFeatureContext,
  toOpenFeatureReason,
  toOpenFeatureResolution,
} from './openfeature.ts';
export type {
  FlagMetadata,
  OpenFeatureContext,
  OpenFeatureMappingOptions,
  OpenFeatureReason,
  OpenFeatureResolution,
} from './openfeature.ts';
export {
  ClauseSchema,
  FlagConfigSchema,
  FlagDefinitionSchema,
  FlagKindSchema,
  JsonSchema,
  KEY_PATTERN,
  PrerequisiteSchema,
  RolloutSchema,
  RuleSchema,
  SegmentRuleSchema,
  SegmentSchema,
  ServeSchema,
  TargetSchema,
  VariationSchema,
  WeightedVariationSchema,
} from './schema.ts';
export type {
  Clause,
  FlagConfig,
  FlagDefinition,
  FlagKind,
  Prerequisite,
  Rollout,
  Rule,
  Segment,
  SegmentRule,
  Serve,
  Target,
  Variation,
} from './schema.ts';
export { RulesetFlagSchema, RulesetSchema } from './ruleset-schema.ts';
export { applyChange, changedFlags, Dependents, patchRuleset } from './patch.ts';
export { readRuleset, readRulesetFlag, readSegment } from './read.ts';
export type { RulesetChange } from './patch.ts';
export type { References, Ruleset, RulesetFlag } from './ruleset-schema.ts';
export {
  formatPath,
  validateFlagConfig,
  validateFlagDefinition,
  validateRuleset,
  validateSegment,
} from './validate.ts';
export type { ValidationIssue, ValidationResult } from './validate.ts';
export { KEY_RULE, keyProblem } from './keys.ts';
export { MAX_PREREQUISITE_DEPTH } from './types.ts';
export { MAX_CONTEXT_DEPTH, MAX_JSON_DEPTH, jsonDepth } from './json-depth.ts';
export type { ErrorCode, EvaluationResult, Json, Reason } from './types.ts';
export { reachable } from './graph.ts';
export { configReach, definitionChange, segmentsInUse } from './reach.ts';
export { singleVariation } from './single-variation.ts';
export type { SingleVariationConfig } from './single-variation.ts';
export type { ConfigReach, DefinitionChange, ReachConfig, ReachDefinition } from './reach.ts';
export {
  CLAUSE_VALUE_TYPES,
  OPERATOR_TEXT_TYPE,
  clauseValueFromText,
  clauseValueText,
  clauseValueTypeOf,
  clauseValuesFromText,
} from './clause-values.ts';
export type { ClauseValueType } from './clause-values.ts';
export {
  CONFIG_FIELDS,
  configField,
  configFieldsThatDiffer,
  normalizeClauses,
  normalizeConfig,
  normalizeConfigField,
  normalizeRules,
  normalizeServe,
  sameConfig,
  sameJson,
} from './config-equality.ts';
export type { ConfigField } from './config-equality.ts';
export {
  chainDepths,
  chainIssues,
  dependentsOf,
  prerequisiteFlags,
  segmentReferences,
  segmentsNamed,
} from './graph.ts';
export type { ChainIssue } from './graph.ts';
export { DEFAULT_BOOLEAN_VARIATIONS, LIMITS, MAX_KEY_LENGTH, TAG_PATTERN } from './limits.ts';
export { canonicalJson } from './canonical-json.ts';
