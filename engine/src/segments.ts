// Segment compilation: key lists become Sets, rules become clause lists, and references between
// segments are resolved once, with cycles and over-deep nesting cut off at compile time.

import { ruleMatcher } from './codegen.ts';
import { readKey } from './context.ts';
import type { Context } from './context.ts';
import { chainDepths, segmentReferences } from './graph.ts';
import { compileClause, NEVER_CLAUSE } from './operators.ts';
import type { CompiledClause, SegmentResolver } from './operators.ts';
import { MAX_PREREQUISITE_DEPTH } from './types.ts';

/** Why a context is or is not in a segment: `EXCLUDED`, `INCLUDED`, `NO_MATCH`, or the index (>= 0) of the matching rule. */
export const SEGMENT_EXCLUDED = -3;
/** See {@link SEGMENT_EXCLUDED}. */
export const SEGMENT_INCLUDED = -2;
/** See {@link SEGMENT_EXCLUDED}. */
export const SEGMENT_NO_MATCH = -1;

/** A segment ready for evaluation. */
export interface CompiledSegment {
  readonly key: string;
  readonly included: ReadonlySet<string>;
  readonly excluded: ReadonlySet<string>;
  readonly rules: readonly { readonly id: string | undefined; readonly clauses: readonly CompiledClause[] }[];
  /**
   * Membership with its reason as a number (see {@link SEGMENT_EXCLUDED}).
   * Performance note: a number rather than an object, so membership tests allocate nothing.
   */
  readonly membership: (context: Context) => number;
  /** Whether the context is in the segment. */
  readonly test: (context: Context) => boolean;
}

/** All segments of a ruleset, compiled; `resolve` is what `segmentMatch` clauses use. */
export interface CompiledSegments {
  readonly byKey: ReadonlyMap<string, CompiledSegment>;
  readonly resolve: SegmentResolver;
  /** The segments as given, by key (what {@link recompileSegment} starts from). */
  readonly source: ReadonlyMap<string, Record<string, unknown>>;
}

function stringSet(list: unknown): Set<string> {
  return new Set(Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : []);
}

/**
 * Compiles every segment. A segment whose references lead into a cycle or nest deeper than
 * {@link MAX_PREREQUISITE_DEPTH} is broken: `segmentMatch` treats it like an unknown segment
 * (the reference does not match). Never throws; malformed parts are dropped.
 */
export function compileSegments(raw: unknown, generate = true): CompiledSegments {
  const source = new Map<string, Record<string, unknown>>();
  if (raw !== null && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) {
      if (value !== null && typeof value === 'object') source.set(key, value as Record<string, unknown>);
    }
  }
  return build(source, generate, undefined);
}

/**
 * The segments of `previous` with one replaced (`raw` an object), added, or removed (`raw` undefined):
 * exactly what {@link compileSegments} would build from the changed list. Only that segment and those
 * whose rules reach it are compiled again; `changed` lists their keys (present or not), for the caller
 * to recompile what names them.
 */
export function recompileSegment(
  previous: CompiledSegments,
  key: string,
  raw: unknown,
  generate = true,
): { segments: CompiledSegments; changed: Set<string> } {
  const source = new Map(previous.source);
  if (raw !== null && typeof raw === 'object') source.set(key, raw as Record<string, unknown>);
  else source.delete(key);
  // Only the changed segment's own references differ, so what reaches it is the same before and after;
  // a segment that does not reach it keeps its depth and the compiled segments it captured.
  const changed = new Set([key]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [k, seg] of source) {
      if (changed.has(k)) continue;
      if (segmentReferences(seg).some((r) => changed.has(r))) {
        changed.add(k);
        grew = true;
      }
    }
  }
  return { segments: build(source, generate, { previous, changed }), changed };
}

function build(
  source: ReadonlyMap<string, Record<string, unknown>>,
  generate: boolean,
  reuse: { previous: CompiledSegments; changed: ReadonlySet<string> } | undefined,
): CompiledSegments {
  const depths = chainDepths([...source.keys()], (k) => segmentReferences(source.get(k)!));
  const byKey = new Map<string, CompiledSegment>();

  const resolveSegment = (key: string): CompiledSegment | undefined => {
    const existing = byKey.get(key);
    if (existing !== undefined) return existing;
    const seg = source.get(key);
    const depth = depths.get(key);
    if (seg === undefined || depth === undefined || depth > MAX_PREREQUISITE_DEPTH) return undefined;
    const kept = reuse !== undefined && !reuse.changed.has(key) ? reuse.previous.byKey.get(key) : undefined;
    if (kept !== undefined) {
      byKey.set(key, kept);
      return kept;
    }
    // Depth-bounded and acyclic, so this recursion through `resolve` terminates.
    const compiled = compileSegment(key, seg, resolve, generate);
    byKey.set(key, compiled);
    return compiled;
  };
  const resolve: SegmentResolver = (key) => resolveSegment(key)?.test;
  for (const key of source.keys()) resolveSegment(key);
  return { byKey, resolve, source };
}

function compileSegment(
  key: string,
  seg: Record<string, unknown>,
  resolve: SegmentResolver,
  generate: boolean,
): CompiledSegment {
  const included = stringSet(seg.included);
  const excluded = stringSet(seg.excluded);
  const rules = (Array.isArray(seg.rules) ? seg.rules : []).map((r: unknown) => {
    const rule = (r !== null && typeof r === 'object' ? r : {}) as Record<string, unknown>;
    const clauses = Array.isArray(rule.clauses)
      ? rule.clauses.map((c: unknown) => compileClause(c, resolve))
      : [NEVER_CLAUSE];
    return { id: typeof rule.id === 'string' ? rule.id : undefined, clauses };
  });
  const matchRules = ruleMatcher(
    rules.map((r) => r.clauses),
    generate,
  );
  const keyed = included.size > 0 || excluded.size > 0;
  const membership = (context: Context): number => {
    const k = keyed ? readKey(context) : undefined;
    if (typeof k === 'string') {
      if (excluded.size > 0 && excluded.has(k)) return SEGMENT_EXCLUDED;
      if (included.has(k)) return SEGMENT_INCLUDED;
    }
    // -1 when no rule matches, which is SEGMENT_NO_MATCH.
    return matchRules(context);
  };
  const test = (context: Context): boolean => {
    const m = membership(context);
    return m === SEGMENT_INCLUDED || m >= 0;
  };
  return { key, included, excluded, rules, membership, test };
}
