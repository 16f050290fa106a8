import { expect, test } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

test('sorts object keys at every depth, keeps array order, spells like jsonencode (no spaces)', () => {
  expect(canonicalJson({ b: 1, a: [{ d: true, c: null }, 'x'], c: { z: 1, y: { w: 2, v: 3 } } })).toBe(
    '{"a":[{"c":null,"d":true},"x"],"b":1,"c":{"y":{"v":3,"w":2},"z":1}}',
  );
  expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  expect(canonicalJson('text')).toBe('"text"');
  expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
});
