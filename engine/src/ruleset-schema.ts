// Schemas and checks that span documents: variation indexes against a flag, prerequisites and
// segment references against what exists, reference cycles, and the ruleset itself.

import { z } from 'zod';
import { chainDepths, segmentReferences } from './graph.ts';
import { checkVariations, FlagConfigSchema, flagDefinitionShape, issue, SegmentSchema } from './schema.ts';
import type { Clause, Ctx, FlagConfig, Path, Segment, Serve } from './schema.ts';
import { MAX_PREREQUISITE_DEPTH } from './types.ts';

function serveIndexes(serve: Serve): { index: number; path: Path }[] {
  if (serve.rollout === undefined) return [{ index: serve.variation, path: ['variation'] }];
  return serve.rollout.weights.map((w, i) => ({
    index: w.variation,
    path: ['rollout', 'weights', i, 'variation'],
  }));
}

/** Checks every variation index of `config` against a flag with `count` variations. */
export function checkIndexes(config: FlagConfig, count: number, ctx: Ctx, at: Path): void {
  const check = (index: number, path: Path): void => {
    if (index >= count)
      issue(ctx, [...at, ...path], `variation index ${index} is out of range (the flag has ${count})`);
  };
  check(config.offVariation, ['offVariation']);
  config.targets.forEach((t, i) => check(t.variation, ['targets', i, 'variation']));
  config.rules.forEach((r, i) =>
    serveIndexes(r.serve).forEach((s) => check(s.index, ['rules', i, 'serve', ...s.path])),
  );
  serveIndexes(config.fallthrough).forEach((s) => check(s.index, ['fallthrough', ...s.path]));
}

/** What cross-document references can be checked against: known flags and segments, by key. */
export interface References {
  /** Flags that prerequisites may name, with their variations (for index checks). */
  flags?: Record<string, { variations: readonly unknown[] }>;
  /** Segments that `segmentMatch` clauses may name. */
  segments?: Record<string, unknown>;
}

function checkSegmentRefs(clauses: Clause[], refs: References, ctx: Ctx, at: Path): void {
  if (refs.segments === undefined) return;
  const segments = refs.segments;
  clauses.forEach((c, i) => {
    if (c.op !== 'segmentMatch') return;
    c.values.forEach((v, j) => {
      if (typeof v === 'string' && !Object.hasOwn(segments, v)) {
        issue(ctx, [...at, i, 'values', j], `unknown segment "${v}"`);
      }
    });
  });
}

/** Checks that prerequisites and segmentMatch clauses of `config` name things that exist. */
export function checkConfigReferences(
  config: FlagConfig,
  key: string | undefined,
  refs: References,
  ctx: Ctx,
  at: Path,
): void {
  config.prerequisites.forEach((p, i) => {
    if (p.flag === key)
      return issue(ctx, [...at, 'prerequisites', i, 'flag'], 'a flag cannot be its own prerequisite');
    if (refs.flags === undefined) return;
    const target = Object.hasOwn(refs.flags, p.flag) ? refs.flags[p.flag] : undefined;
    if (target === undefined)
      return issue(ctx, [...at, 'prerequisites', i, 'flag'], `unknown flag "${p.flag}"`);
    if (p.variation >= target.variations.length) {
      issue(
        ctx,
        [...at, 'prerequisites', i, 'variation'],
        `variation index ${p.variation} is out of range for "${p.flag}"`,
      );
    }
  });
  config.rules.forEach((r, i) => checkSegmentRefs(r.clauses, refs, ctx, [...at, 'rules', i, 'clauses']));
}

/** A flag as it appears in a ruleset: its definition plus its configuration in the ruleset's environment. */
export const RulesetFlagSchema = z
  .object({ ...flagDefinitionShape, version: z.number().int().min(0).optional(), config: FlagConfigSchema })
  .superRefine((flag, ctx) => {
    checkVariations(flag, ctx, []);
    checkIndexes(flag.config, flag.variations.length, ctx, ['config']);
  });
/** A flag as it appears in a ruleset. */
export type RulesetFlag = z.infer<typeof RulesetFlagSchema>;

function checkRuleset(
  ruleset: { flags: Record<string, RulesetFlag>; segments: Record<string, Segment> },
  ctx: Ctx,
): void {
  const refs: References = { flags: ruleset.flags, segments: ruleset.segments };
  for (const [key, flag] of Object.entries(ruleset.flags)) {
    if (flag.key !== key) issue(ctx, ['flags', key, 'key'], `must equal its key in "flags" ("${key}")`);
    checkConfigReferences(flag.config, key, refs, ctx, ['flags', key, 'config']);
  }
  for (const [key, segment] of Object.entries(ruleset.segments)) {
    if (segment.key !== key)
      issue(ctx, ['segments', key, 'key'], `must equal its key in "segments" ("${key}")`);
    segment.rules.forEach((r, i) =>
      checkSegmentRefs(r.clauses, refs, ctx, ['segments', key, 'rules', i, 'clauses']),
    );
  }
  const flagDepths = chainDepths(Object.keys(ruleset.flags), (k) =>
    ruleset.flags[k]!.config.prerequisites.map((p) => p.flag),
  );
  for (const [key, depth] of flagDepths) {
    if (depth > MAX_PREREQUISITE_DEPTH)
      issue(ctx, ['flags', key, 'config', 'prerequisites'], depthMessage('prerequisites', depth));
  }
  const segmentDepths = chainDepths(Object.keys(ruleset.segments), (k) =>
    segmentReferences(ruleset.segments[k]!),
  );
  for (const [key, depth] of segmentDepths) {
    if (depth > MAX_PREREQUISITE_DEPTH)
      issue(ctx, ['segments', key, 'rules'], depthMessage('segment references', depth));
  }
}

function depthMessage(what: string, depth: number): string {
  return depth === Infinity
    ? `${what} lead into a cycle`
    : `${what} nest ${depth} deep, more than the limit of ${MAX_PREREQUISITE_DEPTH}`;
}

/**
 * The document the API's SDK config endpoint serves and SDKs compile: every flag of one
 * environment (definition + that environment's config) and every segment, each keyed by its key.
 * `version` is the environment's version (it rises on every change).
 */
export const RulesetSchema = z
  .object({
    version: z.number().int().min(0).optional(),
    flags: z.record(z.string(), RulesetFlagSchema).default({}),
    segments: z.record(z.string(), SegmentSchema).default({}),
  })
  .superRefine(checkRuleset);
/** The document SDKs compile: one environment's flags and segments. */
export type Ruleset = z.infer<typeof RulesetSchema>;
