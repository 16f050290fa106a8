// Generated matchers: one JavaScript function per rule list (a flag's rules, a segment's rules) and
// one per rollout attribute, built with `new Function` from the compiled clauses.
//
// Performance note: the closures in operators.ts are created from a handful of function literals, so
// V8 shares their feedback between all clauses of all flags: the attribute load `context[name]`
// and the predicate calls go megamorphic, and one clause costs ~25 ns. A generated function has
// feedback of its own: attributes become named loads at their own sites, calls to predicates are
// monomorphic (so they inline), and simple string and number comparisons are written in place.
//
// What the generated code may do is deliberately narrow, so that the semantics stay in one place:
// - read attributes with readAttributeSource (context.ts), which mirrors getAttribute;
// - for an attribute clause, call matchValue(pred, inverted, value) from operators.ts, except for
//   values of the one type an InlineHint covers, where it writes the hint's comparison in place;
// - for any other clause (segmentMatch, unusable), call the clause's own `test`.
// User values never enter the source: attribute names enter JSON-encoded, everything else (values,
// bounds, predicates) is passed in as arguments. When code generation is unavailable (a CSP,
// `--disallow-code-generation-from-strings`) every builder here returns closures over the same
// compiled clauses instead.

import { deriveEmailDomain, getAttribute, readAttributeSource } from './context.ts';
import type { Context } from './context.ts';
import { matchValue } from './operators.ts';
import type { CompiledClause } from './operators.ts';

/** The index of the first rule whose clauses all match the context, or -1. */
export type RuleMatcher = (context: Context) => number;

/** Reads one attribute of a context, as {@link getAttribute} does. */
export type AttributeReader = (context: Context) => unknown;

// Up to this many strings, `in` is a chain of `===`; beyond it, a Set lookup.
const MAX_CHAINED_EQUALS = 8;
// A rule list with more clauses than this is split into several generated functions, so that each
// stays small enough for V8 to optimise.
const MAX_CLAUSES_PER_FUNCTION = 200;

const HELPERS = ['getPrototypeOf', 'OP', 'hasOwn', 'emailDomain', 'matchValue', 'finite'] as const;
const HELPER_VALUES = [
  Object.getPrototypeOf,
  Object.prototype,
  Object.hasOwn,
  deriveEmailDomain,
  matchValue,
  Number.isFinite,
];

// Set once `new Function` has been refused (an EvalError), so a CSP costs one exception, not one per flag.
let unavailable = false;

/** Compiles `body` with the helpers and `A` (the argument list) in scope, or `undefined` if it cannot. */
function build(body: string, args: readonly unknown[]): unknown {
  if (unavailable) return undefined;
  try {
    const declarations = args.map((_, i) => `const a${i} = A[${i}];`).join('\n');
    const factory = new Function(...HELPERS, 'A', `"use strict";\n${declarations}\n${body}`) as (
      ...p: unknown[]
    ) => unknown;
    return factory(...HELPER_VALUES, args);
  } catch (e) {
    if (e instanceof EvalError) unavailable = true;
    return undefined;
  }
}

/** Source for one clause: jumps to `fail` unless the clause matches `c`. */
function clauseSource(clause: CompiledClause, arg: (value: unknown) => string, fail: string): string {
  const pred = clause.pred;
  if (pred === undefined) return `if (!${arg(clause.test)}(c)) break ${fail};`;
  const inverted = clause.inverted ? 'true' : 'false';
  const generic = `matchValue(${arg(pred)}, ${inverted}, v)`;
  const hint = clause.inline;
  let test = generic;
  if (hint !== undefined) {
    let type: string;
    let matches: string;
    if (hint.kind === 'equals') {
      type = 'string';
      matches =
        hint.strings.length === 0
          ? 'false'
          : hint.strings.length <= MAX_CHAINED_EQUALS
            ? hint.strings.map((s) => `v === ${arg(s)}`).join(' || ')
            : `${arg(new Set(hint.strings))}.has(v)`;
    } else if (hint.kind === 'method') {
      type = 'string';
      matches = hint.strings.map((s) => `v.${hint.method}(${arg(s)})`).join(' || ');
    } else {
      type = 'number';
      matches = `v ${hint.op} ${arg(hint.bound)}`;
    }
    const inline = clause.inverted ? `!(${matches})` : `(${matches})`;
    // A non-finite number is the wrong type for a comparison: it never matches, negated or not.
    const guarded = hint.kind === 'compare' ? `finite(v) && ${inline}` : inline;
    test = `(typeof v === '${type}' ? ${guarded} : ${generic})`;
  }
  return `${readAttributeSource(clause.attribute)}\nif (v === undefined || !${test}) break ${fail};`;
}

function generateMatcher(
  rules: readonly (readonly CompiledClause[])[],
  first: number,
): RuleMatcher | undefined {
  const args: unknown[] = [];
  const arg = (value: unknown) => `a${args.push(value) - 1}`;
  const lines: string[] = [];
  rules.forEach((clauses, r) => {
    lines.push(`r${r}: {`);
    for (const clause of clauses) lines.push(clauseSource(clause, arg, `r${r}`));
    lines.push(`return ${first + r};`, '}');
  });
  const body = `return function matchRules(c) {\nconst proto = getPrototypeOf(c);\nlet v;\n${lines.join('\n')}\nreturn -1;\n};`;
  return build(body, args) as RuleMatcher | undefined;
}

function closureMatcher(rules: readonly (readonly CompiledClause[])[], first: number): RuleMatcher {
  return (context) => {
    for (let r = 0; r < rules.length; r++) {
      const clauses = rules[r] as readonly CompiledClause[];
      let all = true;
      for (let i = 0; all && i < clauses.length; i++) all = (clauses[i] as CompiledClause).test(context);
      if (all) return first + r;
    }
    return -1;
  };
}

/**
 * Builds the matcher for a list of rules (each a list of compiled clauses; an empty list matches
 * everyone). Generated code when `generate` is true and the platform allows it, closures otherwise;
 * both give the same answer for every context.
 */
export function ruleMatcher(rules: readonly (readonly CompiledClause[])[], generate: boolean): RuleMatcher {
  if (rules.length === 0) return () => -1;
  // Split into chunks of whole rules, each within MAX_CLAUSES_PER_FUNCTION (a rule is never split).
  const chunks: RuleMatcher[] = [];
  let start = 0;
  while (start < rules.length) {
    let end = start;
    let clauses = 0;
    while (end < rules.length && (end === start || clauses + rules[end]!.length <= MAX_CLAUSES_PER_FUNCTION))
      clauses += rules[end++]!.length;
    const slice = rules.slice(start, end);
    chunks.push((generate ? generateMatcher(slice, start) : undefined) ?? closureMatcher(slice, start));
    start = end;
  }
  if (chunks.length === 1) return chunks[0]!;
  return (context) => {
    for (let i = 0; i < chunks.length; i++) {
      const r = (chunks[i] as RuleMatcher)(context);
      if (r >= 0) return r;
    }
    return -1;
  };
}

/** A reader for one attribute: generated when `generate` is true and allowed, a getAttribute closure otherwise. */
export function attributeReader(name: string, generate: boolean): AttributeReader {
  const body = `return function read(c) {\nconst proto = getPrototypeOf(c);\nlet v;\n${readAttributeSource(name)}\nreturn v;\n};`;
  const generated = generate ? (build(body, []) as AttributeReader | undefined) : undefined;
  return generated ?? ((context) => getAttribute(context, name));
}
