import { describe, expect, it } from 'vitest';
import { MAX_CONTEXT_DEPTH, MAX_JSON_DEPTH, VariationSchema, jsonDepth } from '../src/index.ts';

/** `n` arrays inside one another around `inner`. */
const nested = (n: number, inner: unknown = 1): unknown => {
  let v = inner;
  for (let i = 0; i < n; i++) v = [v];
  return v;
};

describe('jsonDepth', () => {
  it.each([
    ['a scalar', 'x', 0],
    ['null', null, 0],
    ['an empty array', [], 1],
    ['an empty object', {}, 1],
    ['an object holding an array', { a: [1] }, 2],
    ['the deepest branch, not the first', { a: 1, b: [{ c: [[]] }], d: [] }, 5],
    ['64 arrays', nested(64), 64],
  ])('%s', (_, value, depth) => {
    expect(jsonDepth(value, 100)).toBe(depth);
  });

  it('stops one level past the limit, however deep the value is', () => {
    expect(jsonDepth(nested(10), 3)).toBe(4);
    // Far deeper than any call stack: counted without recursion.
    expect(jsonDepth(nested(1_000_000), MAX_CONTEXT_DEPTH)).toBe(MAX_CONTEXT_DEPTH + 1);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(jsonDepth(cyclic, 5)).toBe(6);
  });
});

describe('MAX_JSON_DEPTH', () => {
  const variation = (value: unknown) => VariationSchema.safeParse({ name: 'v', value }).success;

  it('is the deepest value a variation may serve', () => {
    expect(variation(nested(MAX_JSON_DEPTH))).toBe(true);
    expect(variation(nested(MAX_JSON_DEPTH, []))).toBe(false);
    expect(variation(nested(MAX_JSON_DEPTH + 1))).toBe(false);
    expect(variation(nested(100_000))).toBe(false);
  });

  it('leaves a context one level for itself', () => {
    expect(MAX_CONTEXT_DEPTH).toBe(MAX_JSON_DEPTH + 1);
    expect(jsonDepth({ key: 'k', deep: nested(MAX_JSON_DEPTH) }, MAX_CONTEXT_DEPTH)).toBe(MAX_CONTEXT_DEPTH);
  });
});
