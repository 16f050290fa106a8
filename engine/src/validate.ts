// The validation entry points the API calls before storing anything. They return results rather
// than throwing, with one issue per problem and a path a client can point at.

import type { z } from 'zod';
import { checkConfigReferences, checkIndexes, RulesetSchema } from './ruleset-schema.ts';
import type { References, Ruleset } from './ruleset-schema.ts';
import { FlagConfigSchema, FlagDefinitionSchema, SegmentSchema } from './schema.ts';
import type { FlagConfig, FlagDefinition, Segment } from './schema.ts';

/**
 * One validation problem. `path` is a JavaScript-style accessor from the validated document's root:
 * `.name` for identifier-like property names, `[3]` for array indexes and `["new-checkout"]` (a JSON
 * string) for any other property name, without a leading dot, e.g. `rules[2].clauses[0].op` or
 * `flags["new-checkout"].config.fallthrough.rollout.weights`. The root itself is `""`.
 */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

/** The outcome of a validation: the parsed value (defaults applied) or every issue found. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path (as zod reports it) in the accessor style described on {@link ValidationIssue}. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment))
      out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

function result<T>(parsed: z.ZodSafeParseResult<T>): ValidationResult<T> {
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  };
}

/** Validates a flag definition (key, kind, variations and their agreement). */
export function validateFlagDefinition(input: unknown): ValidationResult<FlagDefinition> {
  return result(FlagDefinitionSchema.safeParse(input));
}

/**
 * Validates a flag's configuration for one environment against the flag it belongs to: shape,
 * operators and their values (RE2 syntax for `matches`), weights summing to 100000, unique rule
 * ids, and every variation index within `flag.variations`. With `refs`, also checks that
 * prerequisites and `segmentMatch` clauses name existing flags and segments.
 */
export function validateFlagConfig(
  input: unknown,
  flag: { key?: string; variations: readonly unknown[] },
  refs: References = {},
): ValidationResult<FlagConfig> {
  const schema = FlagConfigSchema.superRefine((config, ctx) => {
    checkIndexes(config, flag.variations.length, ctx, []);
    checkConfigReferences(config, flag.key, refs, ctx, []);
  });
  return result(schema.safeParse(input));
}

/** Validates a segment: shape, clause operators and values, unique rule ids. */
export function validateSegment(input: unknown): ValidationResult<Segment> {
  return result(SegmentSchema.safeParse(input));
}

/**
 * Validates a whole ruleset: every flag and segment as above, plus keys matching their record
 * keys, prerequisites and segment references that exist, and no reference cycles or chains deeper
 * than {@link MAX_PREREQUISITE_DEPTH}.
 */
export function validateRuleset(input: unknown): ValidationResult<Ruleset> {
  return result(RulesetSchema.safeParse(input));
}
