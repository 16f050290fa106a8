// Write-time schemas. The API validates every flag, configuration and segment with these before
// storing it, so they are strict: unknown operators, wrong value types, invalid RE2 patterns and
// dangling variation indexes are refused with the exact path of the problem. The compiler
// (compile.ts) deliberately does NOT use them: SDKs must keep working when a newer server sends
// something an older engine does not know.

import { z } from 'zod';
import { BUCKET_SCALE, LIMITS, TAG_PATTERN } from './limits.ts';
import { toEpochMillis } from './dates.ts';
import { MAX_JSON_DEPTH } from './json-depth.ts';
import { KEY_PATTERN } from './keys.ts';
import { OPERATORS } from './operator-names.ts';
import { compileRegex } from './operators.ts';
import { parseSemver } from './semver.ts';
import type { Json } from './types.ts';

// The key rule lives in keys.ts (dependency-free, with its words for messages); exported here too.
export { KEY_PATTERN } from './keys.ts';

const Key = z.string().regex(KEY_PATTERN, { message: `must match ${KEY_PATTERN.source}` });
const Index = z.number().int({ message: 'must be a non-negative integer index' }).min(0);

/** `depth`: the objects and arrays around `value`; the recursion stops at MAX_JSON_DEPTH of them. */
function isJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth >= MAX_JSON_DEPTH) return false;
  if (Array.isArray(value)) return value.every((v) => isJson(v, depth + 1));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(value).every((v) => isJson(v, depth + 1));
  }
  return false;
}

/** Any JSON value (finite numbers, plain objects, nesting at most {@link MAX_JSON_DEPTH} deep). */
export const JsonSchema = z.custom<Json>((v) => isJson(v), { message: 'must be a JSON value' });

/** A flag variation: one value the flag can serve. `name` is OpenFeature's `variant`. */
export const VariationSchema = z.object({
  name: z.string().min(1).max(LIMITS.variationName),
  value: JsonSchema,
  description: z.string().max(LIMITS.description).optional(),
});
/** A flag variation. */
export type Variation = z.infer<typeof VariationSchema>;

/** The value type a flag serves. */
export const FlagKindSchema = z.enum(['boolean', 'string', 'number', 'json']);
/** The value type a flag serves. */
export type FlagKind = z.infer<typeof FlagKindSchema>;

/** The fields of a flag definition, shared with the ruleset's flag entries. */
export const flagDefinitionShape = {
  key: Key,
  name: z.string().min(1).max(LIMITS.name).optional(),
  description: z.string().max(LIMITS.resourceDescription).optional(),
  tags: z.array(z.string().min(1).max(LIMITS.tag).regex(TAG_PATTERN)).max(LIMITS.tags).optional(),
  owner: z.string().optional(),
  kind: FlagKindSchema,
  variations: z.array(VariationSchema).min(1).max(LIMITS.variations),
  temporary: z.boolean().optional(),
  clientSide: z.boolean().optional(),
  archived: z.boolean().optional(),
};

/** zod's refinement context (internal to the schema modules). */
export type Ctx = z.core.$RefinementCtx;
/** A path as zod reports it (internal to the schema modules). */
export type Path = (string | number)[];

/** Adds a custom issue at `path` (internal to the schema modules). */
export function issue(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', message, path });
}

/** Checks kind/value agreement and unique names of a flag's variations (internal to the schema modules). */
export function checkVariations(def: { kind: FlagKind; variations: Variation[] }, ctx: Ctx, at: Path): void {
  const { kind, variations } = def;
  if (kind === 'boolean') {
    const values = variations.map((v) => v.value);
    if (variations.length !== 2 || !values.includes(true) || !values.includes(false)) {
      issue(ctx, [...at, 'variations'], 'a boolean flag has exactly two variations, valued true and false');
    }
  }
  const names = new Set<string>();
  variations.forEach((v, i) => {
    if (names.has(v.name))
      issue(ctx, [...at, 'variations', i, 'name'], `duplicate variation name "${v.name}"`);
    names.add(v.name);
    const ok =
      kind === 'json' ||
      (kind === 'boolean' && typeof v.value === 'boolean') ||
      (kind === 'string' && typeof v.value === 'string') ||
      (kind === 'number' && typeof v.value === 'number');
    if (!ok) issue(ctx, [...at, 'variations', i, 'value'], `must be a ${kind} for a ${kind} flag`);
  });
}

/** A flag's definition, shared by all environments. See ARCHITECTURE "Domain". */
export const FlagDefinitionSchema = z
  .object(flagDefinitionShape)
  .superRefine((def, ctx) => checkVariations(def, ctx, []));
/** A flag's definition, shared by all environments. */
export type FlagDefinition = z.infer<typeof FlagDefinitionSchema>;

function checkClauseValues(clause: { op: string; values: Json[] }, ctx: Ctx): void {
  clause.values.forEach((v, i) => {
    const at = ['values', i];
    switch (clause.op) {
      case 'in':
      case 'notIn':
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
          issue(ctx, at, `${clause.op} compares strings, numbers or booleans`);
        }
        return;
      case 'contains':
      case 'startsWith':
      case 'endsWith':
        if (typeof v !== 'string') issue(ctx, at, `${clause.op} takes strings`);
        return;
      case 'matches': {
        if (typeof v !== 'string') return issue(ctx, at, 'matches takes RE2 regular expressions as strings');
        const compiled = compileRegex(v);
        if (typeof compiled === 'string') issue(ctx, at, `invalid RE2 regular expression: ${compiled}`);
        return;
      }
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        if (typeof v !== 'number') issue(ctx, at, `${clause.op} takes numbers`);
        return;
      case 'before':
      case 'after':
        if (toEpochMillis(v) === undefined) {
          issue(
            ctx,
            at,
            `${clause.op} takes ISO-8601 date-times with an offset (or dates) or epoch milliseconds`,
          );
        }
        return;
      case 'semverEq':
      case 'semverLt':
      case 'semverGt':
        if (parseSemver(v) === undefined) issue(ctx, at, `${clause.op} takes semver 2.0.0 strings`);
        return;
      case 'segmentMatch':
        if (typeof v !== 'string' || !KEY_PATTERN.test(v)) issue(ctx, at, 'segmentMatch takes segment keys');
        return;
    }
  });
}

/** One condition of a rule. The operators and their semantics are documented in operators.ts. */
export const ClauseSchema = z
  .strictObject({
    attribute: z.string().min(1).max(LIMITS.attribute),
    op: z.enum(OPERATORS),
    values: z.array(JsonSchema).min(1).max(LIMITS.clauseValues),
    negate: z.boolean().optional(),
  })
  .superRefine(checkClauseValues);
/** One condition of a rule: `attribute op values`, optionally negated. */
export type Clause = z.infer<typeof ClauseSchema>;

/** One entry of a percentage rollout: a variation index and its weight in thousandths of a percent. */
export const WeightedVariationSchema = z.strictObject({
  variation: Index,
  weight: z.number().int().min(0).max(BUCKET_SCALE),
});

/** A percentage rollout. `bucketBy` defaults to `"key"`, `salt` to the flag key. */
export const RolloutSchema = z
  .strictObject({
    bucketBy: z.string().min(1).max(LIMITS.bucketBy).optional(),
    salt: z.string().min(1).max(LIMITS.salt).optional(),
    weights: z.array(WeightedVariationSchema).min(1).max(LIMITS.weights),
  })
  .superRefine((rollout, ctx) => {
    const sum = rollout.weights.reduce((acc, w) => acc + w.weight, 0);
    if (rollout.weights.length > 0 && sum !== BUCKET_SCALE)
      issue(ctx, ['weights'], `weights must sum to ${BUCKET_SCALE}, not ${sum}`);
  });
/** A percentage rollout. */
export type Rollout = z.infer<typeof RolloutSchema>;

/** What a rule or the fallthrough serves: one variation, or a percentage rollout. */
export type Serve = { variation: number; rollout?: never } | { rollout: Rollout; variation?: never };

/** What a rule or the fallthrough serves: exactly one of `variation` and `rollout`. */
export const ServeSchema = z
  .strictObject({ variation: Index.optional(), rollout: RolloutSchema.optional() })
  .superRefine((serve, ctx) => {
    if ((serve.variation === undefined) === (serve.rollout === undefined)) {
      issue(ctx, [], 'serve exactly one of "variation" or "rollout"');
    }
  }) as unknown as z.ZodType<Serve>;

/** A targeting rule: when all clauses match (an empty list matches everyone), serve. */
export const RuleSchema = z.strictObject({
  id: z.string().min(1).max(LIMITS.ruleId),
  description: z.string().max(LIMITS.description).optional(),
  clauses: z.array(ClauseSchema).max(LIMITS.clauses),
  serve: ServeSchema,
});
/** A targeting rule. */
export type Rule = z.infer<typeof RuleSchema>;

/** Individual targets: context keys served one variation. */
export const TargetSchema = z.strictObject({
  variation: Index,
  values: z.array(z.string().min(1).max(LIMITS.targetValue)).max(LIMITS.targetValues),
});
/** Individual targets. */
export type Target = z.infer<typeof TargetSchema>;

/** A prerequisite: flag `flag` must be on and serve variation index `variation`. */
export const PrerequisiteSchema = z.strictObject({ flag: Key, variation: Index });
/** A prerequisite. */
export type Prerequisite = z.infer<typeof PrerequisiteSchema>;

// Rule ids must be unique within a flag or segment: they name the rule in results and audit diffs.
function checkUniqueRuleIds(rules: { id?: string | undefined }[], ctx: Ctx, at: Path): void {
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (rule.id === undefined) return;
    if (seen.has(rule.id)) issue(ctx, [...at, i, 'id'], `duplicate rule id "${rule.id}"`);
    seen.add(rule.id);
  });
}

/**
 * A flag's targeting in one environment. Variations are referenced by index into the flag's
 * `variations`; `validateFlagConfig` checks the indexes against the flag.
 */
export const FlagConfigSchema = z
  .strictObject({
    version: z.number().int().min(0).optional(),
    on: z.boolean(),
    offVariation: Index,
    prerequisites: z.array(PrerequisiteSchema).max(LIMITS.prerequisites).default([]),
    targets: z.array(TargetSchema).max(LIMITS.targets).default([]),
    rules: z.array(RuleSchema).max(LIMITS.rules).default([]),
    fallthrough: ServeSchema,
  })
  .superRefine((config, ctx) => checkUniqueRuleIds(config.rules, ctx, ['rules']));
/** A flag's targeting in one environment. */
export type FlagConfig = z.infer<typeof FlagConfigSchema>;

/** A rule of a segment: it matches when all its clauses match. */
export const SegmentRuleSchema = z.strictObject({
  id: z.string().min(1).max(LIMITS.ruleId).optional(),
  clauses: z.array(ClauseSchema).max(LIMITS.clauses),
});
/** A rule of a segment. */
export type SegmentRule = z.infer<typeof SegmentRuleSchema>;

/**
 * A reusable audience. `excluded` keys never match; otherwise `included` keys match; otherwise the
 * context matches when all clauses of any rule match.
 */
export const SegmentSchema = z
  .object({
    key: Key,
    name: z.string().min(1).max(LIMITS.name).optional(),
    description: z.string().max(LIMITS.resourceDescription).optional(),
    version: z.number().int().min(0).optional(),
    included: z.array(z.string()).default([]),
    excluded: z.array(z.string()).default([]),
    rules: z.array(SegmentRuleSchema).max(LIMITS.segmentRules).default([]),
  })
  .superRefine((segment, ctx) => checkUniqueRuleIds(segment.rules, ctx, ['rules']));
/** A reusable audience. */
export type Segment = z.infer<typeof SegmentSchema>;
