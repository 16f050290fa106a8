import { describe, expect, it } from 'vitest';
import { pgArray } from './pg-array.ts';

describe('pgArray', () => {
  it.each([
    [[], '{}'],
    [['a', 'b c'], '{"a","b c"}'],
    [['{,}', 'NULL', ''], '{"{,}","NULL",""}'],
    [['say "hi"', 'back\\slash'], '{"say \\"hi\\"","back\\\\slash"}'],
    [[1, 2.5, -0, 1e21, null, undefined], '{1,2.5,0,1e+21,NULL,NULL}'],
  ] as const)('%j → %s', (values, literal) => {
    expect(pgArray(values)).toBe(literal);
  });
});
