import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.ts';
import { assertStorable, isStorable } from './storable-text.ts';

describe('isStorable', () => {
  it.each([
    ['plain', true],
    ['emoji 😀 (a surrogate pair)', true],
    ['controls \u001b\n\t', true],
    ['nul \u0000', false],
    ['lone high \ud800', false],
    ['lone low \udc00 x', false],
    ['reversed \udc00\ud800', false],
  ])('%j → %s', (s, ok) => {
    expect(isStorable(s)).toBe(ok);
  });
});

describe('assertStorable', () => {
  it('passes storable documents', () => {
    expect(() => assertStorable({ a: ['x', { b: 'y' }], n: 1, z: null })).not.toThrow();
  });

  it('names every unstorable string and property name by path', () => {
    let caught: unknown;
    try {
      assertStorable({ name: 'a\u0000', rules: [{ clauses: [{ values: ['ok', { 'k\ud800': 1 }] }] }] });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).errors.map((e) => e.path)).toEqual([
      'body.name',
      'body.rules[0].clauses[0].values[1]',
    ]);
  });
});
