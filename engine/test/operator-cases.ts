// The operator table: every row states, by hand, whether one clause matches one attribute value.
// It feeds both operators.test.ts and the cross-language vectors, so the expectations here are the
// contract, reasoned from ARCHITECTURE "Clauses" and engine/README.md, never recorded from the engine.

import type { Json } from '../src/index.ts';

/** Marks an attribute that is absent from the context. */
export const MISSING = Symbol('missing');

/** One row: `attribute op values` (negated if asked) against `actual` should give `matches`. */
export interface OperatorCase {
  readonly op: string;
  readonly values: Json[];
  readonly actual: Json | typeof MISSING;
  readonly negate: boolean;
  readonly matches: boolean;
  readonly note: string;
  /** The attribute name; `attr` unless the row is about a special attribute. */
  readonly attribute?: string;
  /** Extra context attributes (e.g. `email` for `emailDomain` rows). */
  readonly extra?: Record<string, Json>;
}

type Row = [op: string, values: Json[], actual: Json | typeof MISSING, matches: boolean, note: string];

const T = true;
const F = false;

// [op, values, attribute value, matches (not negated), note]
const rows: Row[] = [
  // in: strict equality on strings, numbers, booleans
  ['in', ['a', 'b'], 'a', T, 'string in list'],
  ['in', ['a', 'b'], 'c', F, 'string not in list'],
  ['in', ['a'], 'A', F, 'case-sensitive'],
  ['in', [''], '', T, 'empty string equals empty string'],
  ['in', [1, 2], 1, T, 'number in list'],
  ['in', [1.5], 1.5, T, 'fractional number'],
  ['in', [1], '1', F, 'no string/number coercion (string attribute)'],
  ['in', ['1'], 1, F, 'no string/number coercion (number attribute)'],
  ['in', [true], true, T, 'boolean'],
  ['in', [true], 'true', F, 'no string/boolean coercion'],
  ['in', [false], 0, F, 'no number/boolean coercion'],
  ['in', ['a'], ['x', 'a'], T, 'array attribute: any element'],
  ['in', ['a'], ['x', 'y'], F, 'array attribute: no element'],
  ['in', ['a'], ['x', 1, 'a'], T, 'mixed-type array attribute'],
  ['in', ['a'], [], F, 'empty array counts as missing'],
  ['in', ['a'], [['a']], F, 'nested array is the wrong type'],
  ['in', ['a'], { a: 'a' }, F, 'object attribute is the wrong type'],
  ['in', ['a'], null, F, 'null attribute is missing'],
  ['in', ['a'], MISSING, F, 'missing attribute'],
  // notIn: exactly `in` negated
  ['notIn', ['a', 'b'], 'c', T, 'string not in list'],
  ['notIn', ['a', 'b'], 'a', F, 'string in list'],
  ['notIn', ['a'], 'A', T, 'case-sensitive'],
  ['notIn', ['1'], 1, T, 'type-strict: 1 is not "1"'],
  ['notIn', ['a'], ['x', 'y'], T, 'array attribute: no element in list'],
  ['notIn', ['a'], ['x', 'a'], F, 'array attribute: an element is in the list'],
  ['notIn', ['a'], [], F, 'empty array counts as missing'],
  ['notIn', ['a'], { a: 1 }, F, 'object attribute is the wrong type'],
  ['notIn', ['a'], null, F, 'null attribute is missing'],
  ['notIn', ['a'], MISSING, F, 'missing attribute never matches'],
  // contains / startsWith / endsWith
  ['contains', ['lo w'], 'hello world', T, 'substring'],
  ['contains', ['xyz', 'ell'], 'hello', T, 'any value'],
  ['contains', ['hello'], 'Hello', F, 'case-sensitive'],
  ['contains', [''], 'hello', T, 'empty substring'],
  ['contains', ['2'], 123, F, 'number attribute is the wrong type'],
  ['contains', ['y'], ['abc', 'xyz'], T, 'array attribute'],
  ['contains', [1], '1', F, 'non-string values are unusable'],
  ['contains', ['a'], MISSING, F, 'missing attribute'],
  ['startsWith', ['prefix'], 'prefix-x', T, 'prefix'],
  ['startsWith', ['prefix'], 'x-prefix', F, 'not a prefix'],
  ['startsWith', ['prefix'], 'Prefix-x', F, 'case-sensitive'],
  ['startsWith', ['1'], 12, F, 'number attribute is the wrong type'],
  ['startsWith', ['b'], ['a1', 'b1'], T, 'array attribute'],
  ['startsWith', ['a'], MISSING, F, 'missing attribute'],
  ['endsWith', ['.png', '.jpg'], 'file.jpg', T, 'any suffix'],
  ['endsWith', ['.png'], 'file.PNG', F, 'case-sensitive'],
  ['endsWith', ['.png'], 'file.png.txt', F, 'not a suffix'],
  ['endsWith', ['e'], true, F, 'boolean attribute is the wrong type'],
  ['endsWith', ['a'], MISSING, F, 'missing attribute'],
  // matches: RE2 syntax, unanchored search, case-sensitive
  ['matches', ['^[a-z]+\\d+$'], 'abc123', T, 'anchored pattern'],
  ['matches', ['b'], 'abc', T, 'unanchored search'],
  ['matches', ['^b'], 'abc', F, 'anchor respected'],
  ['matches', ['abc'], 'ABC', F, 'case-sensitive'],
  ['matches', ['(?i)abc'], 'ABC', T, 'RE2 inline flag'],
  ['matches', ['\\d+'], 123, F, 'number attribute is the wrong type'],
  ['matches', ['(a)\\1'], 'aa', F, 'invalid RE2 (backreference) never matches'],
  ['matches', ['(a)\\1', 'x'], 'x', T, 'valid patterns still apply'],
  [
    'matches',
    ['^(a+)+$'],
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaa!',
    F,
    'catastrophic for backtracking, linear in RE2',
  ],
  ['matches', ['^ba'], ['foo', 'bar'], T, 'array attribute'],
  ['matches', ['^.$'], 'é', T, 'one code point'],
  ['matches', ['^.$'], '😀', T, 'astral character is one code point'],
  ['matches', ['.'], MISSING, F, 'missing attribute'],
  // numeric comparisons
  ['lt', [10], 5, T, '5 < 10'],
  ['lt', [10], 10, F, '10 < 10 is false'],
  ['lte', [10], 10, T, '10 <= 10'],
  ['lte', [10], 11, F, '11 <= 10 is false'],
  ['gt', [10], 11, T, '11 > 10'],
  ['gt', [10], 10, F, '10 > 10 is false'],
  ['gte', [10], 10, T, '10 >= 10'],
  ['gte', [10], 9.999, F, '9.999 >= 10 is false'],
  ['lt', [0], -1.5, T, 'negative fractional'],
  ['lt', [3, 7], 5, T, 'any value: 5 < 7'],
  ['gt', [3, 7], 5, T, 'any value: 5 > 3'],
  ['lt', [10], '5', F, 'numeric string is the wrong type'],
  ['lt', ['10'], 5, F, 'string values are unusable'],
  ['lt', [10], true, F, 'boolean is the wrong type'],
  ['lt', [10], [20, 5], T, 'array attribute: any element'],
  ['lt', [10], [20, 30], F, 'array attribute: no element'],
  ['gt', [1e20], 1e21, T, 'large numbers'],
  ['gte', [0], 0, T, 'zero'],
  ['lt', [10], MISSING, F, 'missing attribute'],
  ['gte', [10], MISSING, F, 'missing attribute'],
  // dates: ISO-8601 with offset, date-only (UTC midnight), epoch milliseconds
  ['before', ['2024-06-01T00:00:00Z'], '2024-01-01T00:00:00Z', T, 'earlier ISO date-time'],
  ['after', ['2024-06-01T00:00:00Z'], '2024-01-01T00:00:00Z', F, 'earlier is not after'],
  ['after', ['2024-01-01T00:00:00Z'], '2024-06-01T00:00:00Z', T, 'later ISO date-time'],
  ['before', ['2024-01-02'], 1704067200000, T, 'epoch ms attribute vs date-only value'],
  ['before', [1704067200001], '2024-01-01T00:00:00Z', T, 'ISO attribute vs epoch ms value'],
  ['before', [1704067200000], '2024-01-01T00:00:00Z', F, 'equal instants are not before'],
  ['after', [1704067200000], '2024-01-01T00:00:00Z', F, 'equal instants are not after'],
  [
    'before',
    ['2024-01-01T00:00:00Z'],
    '2024-01-01T01:00:00+02:00',
    T,
    'offset applied (23:00Z the day before)',
  ],
  ['after', ['2024-01-01T00:00:00Z'], '2023-12-31T19:30:00-05:00', T, 'negative offset applied (00:30Z)'],
  ['after', ['2023-12-31T23:59:59.999Z'], '2024-01-01', T, 'date-only is midnight UTC'],
  ['after', ['2024-01-01T00:00:00Z'], '2024-01-01T00:00:00.5Z', T, 'fractional seconds'],
  ['before', ['2025-01-01'], '2024-01-01T00:00:00', F, 'local time without offset is not a date'],
  ['before', ['2025-01-01'], '2024-02-30', F, 'February 30 is not a date'],
  ['before', ['2025-01-01'], 'not a date', F, 'garbage string'],
  ['before', ['2025-01-01'], true, F, 'boolean is the wrong type'],
  ['after', ['2025-01-01'], ['2020-01-01', '2030-01-01'], T, 'array attribute'],
  ['before', ['2025-01-01'], MISSING, F, 'missing attribute'],
  ['after', ['2025-01-01'], MISSING, F, 'missing attribute'],
  // semver (semver.org precedence)
  ['semverEq', ['1.2.3'], '1.2.3', T, 'equal'],
  ['semverEq', ['1.2.3'], '1.2.3+build.7', T, 'build metadata ignored'],
  ['semverEq', ['1.2.3'], '1.2.3-rc.1', F, 'pre-release differs'],
  ['semverEq', ['1.2.3'], 'v1.2.3', F, 'no v prefix'],
  ['semverEq', ['1.2.0'], '1.2', F, 'minor and patch required'],
  ['semverEq', ['1.2.3'], '01.2.3', F, 'no leading zeros'],
  ['semverEq', ['1.2.3'], 123, F, 'number is the wrong type'],
  ['semverLt', ['1.2.4'], '1.2.3', T, 'patch'],
  ['semverLt', ['1.2.3'], '1.2.3', F, 'equal is not less'],
  ['semverLt', ['1.2.3'], '1.2.3-alpha', T, 'pre-release before release'],
  ['semverLt', ['1.0.0-alpha.1'], '1.0.0-alpha', T, 'shorter pre-release first'],
  ['semverLt', ['1.0.0-alpha.beta'], '1.0.0-alpha.1', T, 'numeric identifier before alphanumeric'],
  ['semverLt', ['1.0.0-beta'], '1.0.0-alpha.beta', T, 'alphanumeric identifiers in ASCII order'],
  ['semverLt', ['1.0.0-beta.2'], '1.0.0-beta', T, 'beta < beta.2'],
  ['semverLt', ['1.0.0-beta.11'], '1.0.0-beta.2', T, 'numeric identifiers compare as numbers'],
  ['semverLt', ['1.0.0-rc.1'], '1.0.0-beta.11', T, 'beta.11 < rc.1'],
  ['semverLt', ['1.0.0'], '1.0.0-rc.1', T, 'rc.1 < release'],
  ['semverLt', ['1.0.0-a'], '1.0.0-1', T, 'numeric before alphanumeric'],
  ['semverGt', ['1.0.0-rc.1'], '1.0.0', T, 'release after its pre-release'],
  ['semverGt', ['10.0.0'], '2.0.0', F, 'numeric, not lexical'],
  ['semverGt', ['9.99.99'], '10.0.0', T, 'numeric major'],
  ['semverGt', ['1.2.3'], '1.2.3', F, 'equal is not greater'],
  ['semverGt', ['9999999999999999999.0.0'], '99999999999999999999.0.0', T, 'beyond 2^53'],
  ['semverGt', ['1.0.0'], ['0.9.0', '2.0.0'], T, 'array attribute'],
  ['semverLt', ['1.0.0'], 'garbage', F, 'not a version'],
  ['semverLt', ['2.0.0'], MISSING, F, 'missing attribute'],
  // operators this engine does not know
  ['startsWithIgnoreCase', ['a'], 'abc', F, 'unknown operator never matches'],
  ['', ['a'], 'a', F, 'empty operator never matches'],
];

/**
 * The full table: every row as written, plus its negation. Negation inverts the result except where
 * the clause cannot apply (missing attribute, wrong type, unknown operator, unusable values): those
 * never match, negated or not.
 */
export function operatorCases(): OperatorCase[] {
  const out: OperatorCase[] = [];
  for (const [op, values, actual, matches, note] of rows) {
    out.push({ op, values, actual, negate: false, matches, note });
    out.push({
      op,
      values,
      actual,
      negate: true,
      matches: applies(op, values, actual) ? !matches : false,
      note,
    });
  }
  return out.concat(specialAttributeCases());
}

// Whether the clause can apply at all, by the documented rules (reasoned per row type, not computed
// by the engine): the attribute is present with at least one value of the operator's type, the
// operator is known, and at least one value is usable.
function applies(op: string, values: Json[], actual: Json | typeof MISSING): boolean {
  if (actual === MISSING || actual === null) return false;
  const elements = Array.isArray(actual) ? actual : [actual];
  const strings = (v: unknown) => typeof v === 'string';
  const numbers = (v: unknown) => typeof v === 'number';
  const scalars = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  const isDate = (v: unknown) =>
    typeof v === 'number' || (typeof v === 'string' && DATE_SHAPE.test(v) && v !== '2024-02-30');
  const isSemver = (v: unknown) => typeof v === 'string' && SEMVER_SHAPE.test(v);
  const kinds: Record<string, [(v: unknown) => boolean, (v: unknown) => boolean]> = {
    in: [scalars, scalars],
    notIn: [scalars, scalars],
    contains: [strings, strings],
    startsWith: [strings, strings],
    endsWith: [strings, strings],
    matches: [strings, (v) => strings(v) && v !== '(a)\\1'],
    lt: [numbers, numbers],
    lte: [numbers, numbers],
    gt: [numbers, numbers],
    gte: [numbers, numbers],
    before: [isDate, isDate],
    after: [isDate, isDate],
    semverEq: [isSemver, isSemver],
    semverLt: [isSemver, isSemver],
    semverGt: [isSemver, isSemver],
  };
  const kind = kinds[op];
  if (kind === undefined) return false;
  return elements.some(kind[0]) && values.some(kind[1]);
}

// Shapes good enough for the handful of literals in the table above (checked row by row).
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;
const SEMVER_SHAPE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

function specialAttributeCases(): OperatorCase[] {
  const c = (
    attribute: string,
    op: string,
    values: Json[],
    extra: Record<string, Json>,
    negate: boolean,
    matches: boolean,
    note: string,
  ): OperatorCase => ({ attribute, op, values, actual: MISSING, extra, negate, matches, note });
  return [
    c('key', 'in', ['user-1'], { key: 'user-1' }, false, true, 'key is the context key'),
    c('key', 'startsWith', ['user-'], { key: 'user-1' }, false, true, 'key with a string operator'),
    c('key', 'in', ['user-2'], { key: 'user-1' }, true, true, 'negated key'),
    c('emailDomain', 'in', ['example.com'], { email: 'ann@example.com' }, false, true, 'derived from email'),
    c(
      'emailDomain',
      'in',
      ['example.com'],
      { email: 'ann@Example.com' },
      false,
      false,
      'kept as written: case-sensitive',
    ),
    c('emailDomain', 'in', ['c.com'], { email: 'odd@b@c.com' }, false, true, 'after the last @'),
    c(
      'emailDomain',
      'endsWith',
      ['.org'],
      { email: 'x@mail.example.org' },
      false,
      true,
      'with a string operator',
    ),
    c(
      'emailDomain',
      'in',
      ['example.com'],
      { email: 'no-at-sign' },
      false,
      false,
      'email without @: missing',
    ),
    c(
      'emailDomain',
      'in',
      ['example.com'],
      { email: 'no-at-sign' },
      true,
      false,
      'missing even when negated',
    ),
    c('emailDomain', 'in', ['example.com'], {}, false, false, 'no email: missing'),
    c('emailDomain', 'in', ['example.com'], { email: 42 }, false, false, 'non-string email: missing'),
    c(
      'emailDomain',
      'in',
      ['given.com'],
      { email: 'a@b.com', emailDomain: 'given.com' },
      false,
      true,
      'explicit emailDomain wins',
    ),
  ];
}
