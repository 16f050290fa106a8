import { describe, expect, it } from 'vitest';
import { compileRuleset } from '../src/index.ts';
import { compileClause } from '../src/operators.ts';
import { clause, flag, MATCH, rule, ruleset } from './builders.ts';
import { MISSING, operatorCases } from './operator-cases.ts';

const noSegments = () => undefined;

describe('operators (table shared with vectors.json)', () => {
  it.each(
    operatorCases().map(
      (c) =>
        [
          `${c.negate ? 'not ' : ''}${c.op} ${JSON.stringify(c.values)} vs ${c.actual === MISSING ? 'missing' : JSON.stringify(c.actual)}: ${c.note}`,
          c,
        ] as const,
    ),
  )('%s', (_, c) => {
    const attribute = c.attribute ?? 'attr';
    const context: Record<string, unknown> = {
      key: 'k',
      ...(c.actual === MISSING ? {} : { [attribute]: c.actual }),
      ...c.extra,
    };
    expect(compileClause(clause(attribute, c.op, c.values, c.negate), noSegments).test(context)).toBe(
      c.matches,
    );
  });
});

describe('clause compilation tolerates anything', () => {
  it.each([
    ['null', null],
    ['a string', 'in'],
    ['no values', { attribute: 'a', op: 'in' }],
    ['values not a list', { attribute: 'a', op: 'in', values: 'a' }],
    ['no attribute', { op: 'in', values: ['a'] }],
    ['a numeric attribute name', { attribute: 5, op: 'in', values: ['a'] }],
    ['an unknown op', { attribute: 'a', op: 'regexLike', values: ['a'] }],
    ['a non-string op', { attribute: 'a', op: 7, values: ['a'] }],
  ])('%s compiles to a clause that never matches', (_, raw) => {
    const compiled = compileClause(raw, noSegments);
    expect(compiled.usable).toBe(false);
    expect(compiled.test({ key: 'k', a: 'a' })).toBe(false);
  });

  it('an unknown operator in a served ruleset just skips its rule', () => {
    const f = flag(
      'f',
      { rules: [rule('new', [clause('a', 'fancy', ['x'])], 0)], fallthrough: { variation: 1 } },
      { variations: MATCH },
    );
    expect(compileRuleset(ruleset([f])).evaluate('f', { key: 'k', a: 'x' }, 'd')).toMatchObject({
      value: 'no-match',
      reason: 'DEFAULT',
    });
  });

  it('reads only own properties of the context', () => {
    const compiled = compileClause(clause('constructor', 'in', ['x']), noSegments);
    expect(compiled.test({ key: 'k' })).toBe(false);
    const proto = compileClause(clause('toString', 'matches', ['.']), noSegments);
    expect(proto.test({ key: 'k' })).toBe(false);
  });
});

describe('safe regular expressions', () => {
  it('answers a catastrophic pattern against a long input', () => {
    // `^(a+)+$` against 'aaaa…!' has 2^50000 paths for a backtracking engine (native RegExp is
    // deliberately not run here): one would never return. RE2 runs in linear time, so this returns at
    // all; how fast is bench:engine's figure, not an assertion a busy machine could break.
    const test = compileClause(clause('s', 'matches', ['^(a+)+$']), noSegments).test;
    expect(test({ key: 'k', s: `${'a'.repeat(50_000)}!` })).toBe(false);
    expect(test({ key: 'k', s: 'a'.repeat(50_000) })).toBe(true);
  });

  it('rejects backreferences and lookarounds (not RE2) by never matching', () => {
    for (const pattern of ['(a)\\1', '(?=a)a', '(?<!b)a']) {
      expect(compileClause(clause('s', 'matches', [pattern]), noSegments).usable).toBe(false);
    }
  });
});
