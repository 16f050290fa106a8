// Every constant and bound of ff's flag model, in one dependency-free module (`@ff/engine/limits`): the
// key rule, the weight total, the default boolean variations, and the bounds on every list and string
// the engine's schemas accept. The schemas are built from these, openapi.yaml and
// schemas/flags.schema.json are tested against the schemas, and the API, the CLI, the SDK and the
// Terraform provider import them instead of restating them, so a bound changes in one place.

export { KEY_PATTERN, KEY_RULE, KEY_SHAPE, keyProblem } from './keys.ts';
export { MAX_CONTEXT_DEPTH, MAX_JSON_DEPTH } from './json-depth.ts';
export { MAX_PREREQUISITE_DEPTH } from './types.ts';

/** The longest key of a flag, segment, project or environment (the bound `KEY_PATTERN` states). */
export const MAX_KEY_LENGTH = 128;

/**
 * Rollout weights are thousandths of a percent: they sum to this (100000 is everyone), and a bucket is
 * a number below it.
 */
export const BUCKET_SCALE = 100_000;

/** The variations a boolean flag gets when none are given: `on` serves true, `off` serves false. */
export const DEFAULT_BOOLEAN_VARIATIONS: readonly Readonly<{ name: string; value: boolean }>[] =
  Object.freeze([Object.freeze({ name: 'on', value: true }), Object.freeze({ name: 'off', value: false })]);

/** The bounds on lists and strings of flag definitions, configurations and segments. */
export const LIMITS = Object.freeze({
  /** Variations of a flag. */
  variations: 100,
  /** Characters of a variation name. */
  variationName: 128,
  /** Characters of a variation's or a rule's description. */
  description: 1000,
  /** Prerequisites of one configuration. */
  prerequisites: 50,
  /** Targets of one configuration. */
  targets: 100,
  /** Context keys of one target. */
  targetValues: 10_000,
  /** Characters of one targeted context key. */
  targetValue: 512,
  /** Rules of one configuration. */
  rules: 500,
  /** Characters of a rule id (flag and segment rules). */
  ruleId: 128,
  /** Clauses of one rule. */
  clauses: 100,
  /** Characters of a clause attribute. */
  attribute: 200,
  /** Values of one clause. */
  clauseValues: 10_000,
  /** Weights of one rollout. */
  weights: 100,
  /** Characters of a rollout's `bucketBy` and of its `salt`. */
  bucketBy: 200,
  salt: 200,
  /** Rules of one segment. */
  segmentRules: 100,
  /** Characters of a flag's or segment's name (at least one). */
  name: 200,
  /** Characters of a flag's or segment's description. */
  resourceDescription: 2000,
  /** Tags of one flag. */
  tags: 50,
  /** Characters of one tag (at least one, matching {@link TAG_PATTERN}). */
  tag: 64,
});

/** What a flag's tag looks like: a letter or digit, then letters, digits and `. _ : / -`. */
export const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
