// Clause values typed from text: the one rule that turns what a person types (the CLI's
// `--clause "plan in pro,42"`, a Terraform `values` list, which is strings) into the JSON values a
// clause holds. Clauses are type-strict ("42" and 42 target different users), so every surface that
// takes text must type it the same way; they all call this. Dependency-free, so the CLI can import
// `@ff/engine/clause-values` without loading the evaluator.
//
// The rule, per operator (`auto`, the default):
// - lt, lte, gt, gte: a number (a text that is not a finite number stays a string, for validation to name);
// - before, after: an integer text is epoch milliseconds (a number), anything else an ISO-8601 string;
// - every other operator (in, notIn, contains, startsWith, endsWith, matches, semver*, segmentMatch):
//   the text, as a string. `in 42` means the string "42", whatever the text looks like.
// To say "the number 42" or "true" to in/notIn, type the values explicitly: `number`, `boolean`, or
// `json` (each text is a JSON value). The CLI takes a JSON array (`plan in [42, "pro"]`), Terraform a
// clause's `value_type`.

import type { Operator } from './operator-names.ts';

/** How clause value texts are typed: by the operator (`auto`) or explicitly. */
export const CLAUSE_VALUE_TYPES = ['auto', 'string', 'number', 'boolean', 'json'] as const;
/** A clause value typing; see {@link CLAUSE_VALUE_TYPES}. */
export type ClauseValueType = (typeof CLAUSE_VALUE_TYPES)[number];

/** What `auto` types a text as for each operator; see the rule above. */
export const OPERATOR_TEXT_TYPE: Readonly<Record<Operator, 'string' | 'number' | 'date'>> = {
  in: 'string',
  notIn: 'string',
  contains: 'string',
  startsWith: 'string',
  endsWith: 'string',
  matches: 'string',
  lt: 'number',
  lte: 'number',
  gt: 'number',
  gte: 'number',
  before: 'date',
  after: 'date',
  semverEq: 'string',
  semverLt: 'string',
  semverGt: 'string',
  segmentMatch: 'string',
};

// JSON's number grammar: what `number` accepts, so " 42", "0x2a", "1e" and "Infinity" stay strings.
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const INTEGER = /^-?(?:0|[1-9]\d*)$/;

function asNumber(text: string): number | string {
  if (!NUMBER.test(text)) return text;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

/**
 * One clause value from its text. A text that does not read as the requested type is returned
 * unchanged (a string), so the configuration's validation reports it where it stands instead of
 * the value silently changing meaning. An unknown operator types as `string`.
 */
export function clauseValueFromText(op: string, text: string, type: ClauseValueType = 'auto'): unknown {
  switch (type) {
    case 'string':
      return text;
    case 'number':
      return asNumber(text);
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'json':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    default: {
      const auto = OPERATOR_TEXT_TYPE[op as Operator] ?? 'string';
      if (auto === 'number') return asNumber(text);
      if (auto === 'date') return INTEGER.test(text) ? asNumber(text) : text;
      return text;
    }
  }
}

/** Clause values from their texts, each typed by {@link clauseValueFromText}. */
export function clauseValuesFromText(
  op: string,
  texts: readonly string[],
  type: ClauseValueType = 'auto',
): unknown[] {
  return texts.map((text) => clauseValueFromText(op, text, type));
}

/** A clause value as text: strings as they are, anything else as JSON (the inverse of the typing). */
export function clauseValueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The narrowest typing that turns the values' texts ({@link clauseValueText}) back into exactly
 * these values: `auto` when the operator's own rule does, else `string`, `number`, `boolean`, `json`.
 * Tools that show clauses as text (Terraform state) use it so that reading a clause back and writing
 * it again sends the same values.
 */
export function clauseValueTypeOf(op: string, values: readonly unknown[]): ClauseValueType {
  if (values.every((v) => Object.is(clauseValueFromText(op, clauseValueText(v), 'auto'), v))) return 'auto';
  // An explicit typing is chosen only when every value has that type (not merely survives it as text).
  for (const type of ['string', 'number', 'boolean'] as const)
    if (
      values.every(
        (v) => typeof v === type && Object.is(clauseValueFromText(op, clauseValueText(v), type), v),
      )
    )
      return type;
  return 'json';
}
