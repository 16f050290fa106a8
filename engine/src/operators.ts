// Clause operators. Each operator compiles its values once into a predicate over ONE attribute
// value; `compileClause` wraps it with the rules every operator shares (missing attributes, arrays,
// negation). The compiler must accept whatever a newer server sends, so nothing here throws:
// unknown operators and unusable values compile to a clause that never matches.

import { RE2JS } from 're2js';
import { getAttribute } from './context.ts';
import type { Context } from './context.ts';
import { toEpochMillis } from './dates.ts';
import { compareSemver, parseSemver } from './semver.ts';
import type { SemVer } from './semver.ts';

/**
 * A predicate over one attribute value: 1 = matches, 0 = comparable but does not match,
 * -1 = the value has a type this operator does not take.
 *
 * Performance note: a small integer instead of an object keeps the hot path allocation-free.
 */
export type Predicate = (value: unknown) => number;

/**
 * What a generated matcher may inline for one clause instead of calling its predicate, for attribute
 * values of ONE type (strings, or numbers for `compare`); values of any other type still go through
 * {@link matchValue}. Each hint is built next to its predicate, from the same values, and is exactly
 * equivalent to it for that type:
 *
 * - `equals`: a string matches when it equals one of `strings` (`in`/`notIn`);
 * - `method`: a string matches when `a[method](s)` holds for one of `strings` (`contains`, …);
 * - `compare`: a finite number `a` matches when `a <op> bound` (non-finite numbers never match).
 */
export type InlineHint =
  | { readonly kind: 'equals'; readonly strings: readonly string[] }
  | {
      readonly kind: 'method';
      readonly method: 'includes' | 'startsWith' | 'endsWith';
      readonly strings: readonly string[];
    }
  | { readonly kind: 'compare'; readonly op: '<' | '<=' | '>' | '>='; readonly bound: number };

/** A clause compiled for evaluation, with the inputs it came from kept for `explain`. */
export interface CompiledClause {
  readonly attribute: string;
  readonly op: string;
  readonly negate: boolean;
  readonly values: readonly unknown[];
  /** False when the operator is unknown or none of the values is usable: the clause never matches. */
  readonly usable: boolean;
  /** Whether the clause matches a context. Never throws. */
  readonly test: (context: Context) => boolean;
  /**
   * For usable attribute clauses (not `segmentMatch`): the operator's predicate and whether the
   * clause inverts it, so a generated matcher can read the attribute itself and call
   * `matchValue(pred, inverted, value)`. `inverted` is `negate` xor (`op` is `notIn`).
   */
  readonly pred: Predicate | undefined;
  readonly inverted: boolean;
  /** An optional shortcut for generated matchers; see {@link InlineHint}. */
  readonly inline: InlineHint | undefined;
}

/** Resolves a segment key to its membership test, or `undefined` when the segment is unknown or broken. */
export type SegmentResolver = (key: string) => ((context: Context) => boolean) | undefined;

/**
 * Compiles `pattern` as an RE2 regular expression (linear-time matching, no backreferences or
 * lookarounds). Returns the compiled pattern, or the syntax error message.
 */
export function compileRegex(pattern: string): RE2JS | string {
  try {
    return RE2JS.compile(pattern);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const never = (): boolean => false;

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function strings(values: readonly unknown[]): string[] {
  return values.filter((v): v is string => typeof v === 'string');
}

function finiteNumbers(values: readonly unknown[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

function stringPredicate(
  values: readonly unknown[],
  test: (a: string, v: string) => boolean,
): Predicate | undefined {
  const vs = strings(values);
  if (vs.length === 0) return undefined;
  return (a) => {
    if (typeof a !== 'string') return -1;
    for (let i = 0; i < vs.length; i++) if (test(a, vs[i] as string)) return 1;
    return 0;
  };
}

// Any of several bounds satisfies a comparison, so only the loosest bound matters: `lt [3, 5]` is `lt 5`.
function numericPredicate(
  values: number[],
  parse: (a: unknown) => number | undefined,
  op: string,
): PredicateWithHint | undefined {
  if (values.length === 0) return undefined;
  let max = -Infinity;
  let min = Infinity;
  for (const v of values) {
    if (v > max) max = v;
    if (v < min) min = v;
  }
  const below = op === 'lt' || op === 'lte' || op === 'before';
  const bound = below ? max : min;
  const cmp =
    op === 'lt' || op === 'before'
      ? (a: number) => a < max
      : op === 'lte'
        ? (a: number) => a <= max
        : op === 'gt' || op === 'after'
          ? (a: number) => a > min
          : (a: number) => a >= min;
  const pred: Predicate = (a) => {
    const n = parse(a);
    if (n === undefined) return -1;
    return cmp(n) ? 1 : 0;
  };
  // lt/lte/gt/gte parse with asFinite: a finite number is compared as is, any other number never matches.
  const hint = COMPARE_HINT[op as keyof typeof COMPARE_HINT];
  return hint === undefined ? { pred } : { pred, inline: { kind: 'compare', op: hint, bound } };
}

const asFinite = (a: unknown): number | undefined =>
  typeof a === 'number' && Number.isFinite(a) ? a : undefined;

function semverPredicate(values: readonly unknown[], op: string): PredicateWithHint | undefined {
  const vs = values.map(parseSemver).filter((v): v is SemVer => v !== undefined);
  if (vs.length === 0) return undefined;
  const loosest = vs.reduce((acc, v) => {
    const c = compareSemver(v, acc);
    return (op === 'semverLt' ? c > 0 : c < 0) ? v : acc;
  });
  const pred: Predicate = (a) => {
    const parsed = parseSemver(a);
    if (parsed === undefined) return -1;
    if (op === 'semverLt') return compareSemver(parsed, loosest) < 0 ? 1 : 0;
    if (op === 'semverGt') return compareSemver(parsed, loosest) > 0 ? 1 : 0;
    for (let i = 0; i < vs.length; i++) if (compareSemver(parsed, vs[i] as SemVer) === 0) return 1;
    return 0;
  };
  return { pred };
}

interface PredicateWithHint {
  readonly pred: Predicate;
  readonly inline?: InlineHint;
}

function withMethodHint(
  values: readonly unknown[],
  method: 'includes' | 'startsWith' | 'endsWith',
  pred: Predicate | undefined,
): PredicateWithHint | undefined {
  return pred && { pred, inline: { kind: 'method', method, strings: strings(values) } };
}

const COMPARE_HINT = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

function predicateFor(op: string, values: readonly unknown[]): PredicateWithHint | undefined {
  switch (op) {
    case 'in':
    case 'notIn': {
      const set = new Set(values.filter(isScalar));
      if (set.size === 0) return undefined;
      const pred: Predicate = (a) => (isScalar(a) ? (set.has(a) ? 1 : 0) : -1);
      // For a string, `set.has(a)` is `a === s` for one of the set's strings.
      const inSet = [...set].filter((v): v is string => typeof v === 'string');
      return { pred, inline: { kind: 'equals', strings: inSet } };
    }
    case 'contains':
      return withMethodHint(
        values,
        'includes',
        stringPredicate(values, (a, v) => a.includes(v)),
      );
    case 'startsWith':
      return withMethodHint(
        values,
        'startsWith',
        stringPredicate(values, (a, v) => a.startsWith(v)),
      );
    case 'endsWith':
      return withMethodHint(
        values,
        'endsWith',
        stringPredicate(values, (a, v) => a.endsWith(v)),
      );
    case 'matches': {
      const patterns = strings(values)
        .map(compileRegex)
        .filter((p): p is RE2JS => typeof p !== 'string');
      if (patterns.length === 0) return undefined;
      const pred: Predicate = (a) => {
        if (typeof a !== 'string') return -1;
        for (let i = 0; i < patterns.length; i++) if ((patterns[i] as RE2JS).test(a)) return 1;
        return 0;
      };
      return { pred };
    }
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return numericPredicate(finiteNumbers(values), asFinite, op);
    case 'before':
    case 'after': {
      const ms = values.map(toEpochMillis).filter((v): v is number => v !== undefined);
      return numericPredicate(ms, toEpochMillis, op);
    }
    case 'semverEq':
    case 'semverLt':
    case 'semverGt':
      return semverPredicate(values, op);
    default:
      return undefined;
  }
}

function unusable(
  attribute: string,
  op: string,
  negate: boolean,
  values: readonly unknown[],
): CompiledClause {
  return { ...base(attribute, op, negate, values, never), usable: false };
}

function base(
  attribute: string,
  op: string,
  negate: boolean,
  values: readonly unknown[],
  test: (context: Context) => boolean,
): CompiledClause {
  return {
    attribute,
    op,
    negate,
    values,
    usable: true,
    test,
    pred: undefined,
    inverted: false,
    inline: undefined,
  };
}

/** A clause that never matches: stands in for malformed input (e.g. a rule whose `clauses` is not a list). */
export const NEVER_CLAUSE: CompiledClause = Object.freeze(unusable('', '', false, []));

/**
 * Compiles one clause from untrusted input. The shared semantics, which every port must copy:
 *
 * - a missing attribute (absent, `null`) never matches, with or without `negate`;
 * - an array attribute matches when any element does; elements of the wrong type are skipped, and
 *   an array with no element of the operator's type (including `[]`) counts as missing;
 * - an attribute of the wrong type never matches, with or without `negate`;
 * - otherwise `negate` inverts the result; `notIn` is exactly `in` negated, so for an array
 *   attribute `notIn` matches when no element is in the list;
 * - `segmentMatch` ignores `attribute` and matches when the context is in any listed segment;
 * - an unknown operator, or values none of which suit the operator, never match.
 */
export function compileClause(raw: unknown, resolveSegment: SegmentResolver): CompiledClause {
  const c = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const attribute = typeof c.attribute === 'string' ? c.attribute : '';
  const op = typeof c.op === 'string' ? c.op : '';
  const values: readonly unknown[] = Array.isArray(c.values) ? c.values : [];
  const negate = (c.negate === true) !== (op === 'notIn');

  if (op === 'segmentMatch') {
    const tests = strings(values)
      .map(resolveSegment)
      .filter((t): t is (context: Context) => boolean => t !== undefined);
    if (tests.length === 0) return unusable(attribute, op, c.negate === true, values);
    // Performance note: one segment, not negated (the usual case), is that segment's own test.
    const test =
      tests.length === 1 && !negate
        ? (tests[0] as (context: Context) => boolean)
        : (context: Context): boolean => {
            for (let i = 0; i < tests.length; i++)
              if ((tests[i] as (context: Context) => boolean)(context)) return !negate;
            return negate;
          };
    return base(attribute, op, c.negate === true, values, test);
  }

  const compiled = attribute === '' ? undefined : predicateFor(op, values);
  if (compiled === undefined) return unusable(attribute, op, c.negate === true, values);
  const { pred, inline } = compiled;
  const test = (context: Context): boolean => {
    const a = getAttribute(context, attribute);
    return a !== undefined && matchValue(pred, negate, a);
  };
  return { ...base(attribute, op, c.negate === true, values, test), pred, inverted: negate, inline };
}

/**
 * The semantics every attribute clause shares, for an attribute value that is present (neither
 * `undefined` nor `null`): arrays match when any element does and count as missing when no element
 * has the operator's type; a value of the wrong type never matches; otherwise `inverted` inverts.
 * Clause `test`s and generated matchers both call this, so the rules live here only.
 */
export function matchValue(pred: Predicate, inverted: boolean, a: unknown): boolean {
  if (Array.isArray(a)) {
    let comparable = false;
    for (let i = 0; i < a.length; i++) {
      const r = pred(a[i]);
      if (r === 1) return !inverted;
      if (r === 0) comparable = true;
    }
    return comparable && inverted;
  }
  const r = pred(a);
  return r >= 0 && (r === 1) !== inverted;
}
