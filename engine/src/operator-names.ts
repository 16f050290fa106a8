// The operator list alone, with no dependencies, so tools that only need the names (the CLI parsing
// `--clause "plan in pro"`) can import `@ff/engine/operators` without loading the evaluator.

/** Every operator a clause may use, as the write schema accepts them. */
export const OPERATORS = [
  'in',
  'notIn',
  'contains',
  'startsWith',
  'endsWith',
  'matches',
  'lt',
  'lte',
  'gt',
  'gte',
  'before',
  'after',
  'semverEq',
  'semverLt',
  'semverGt',
  'segmentMatch',
] as const;

/** A clause operator. */
export type Operator = (typeof OPERATORS)[number];
