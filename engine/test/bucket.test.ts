import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketableValue, bucketFor, murmur3_32 } from '../src/index.ts';
import { PUBLISHED_VECTORS, referenceBucket, referenceMurmur3 } from './reference-murmur3.ts';

describe('murmur3_32', () => {
  it.each(PUBLISHED_VECTORS)('%j with seed %i', (input, seed, hash) => {
    expect(murmur3_32(input, seed)).toBe(hash);
    expect(referenceMurmur3(input, seed)).toBe(hash);
  });

  it('agrees with the byte-array reference on any string, including astral and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 0, max: 0xffffffff }), (s, seed) => {
        expect(murmur3_32(s, seed)).toBe(referenceMurmur3(s, seed));
      }),
      { numRuns: 2000 },
    );
  });

  it('hashes a lone surrogate as U+FFFD, like TextEncoder', () => {
    expect(murmur3_32('a\ud800b')).toBe(murmur3_32('a\ufffdb'));
    expect(murmur3_32('\udc00')).toBe(murmur3_32('\ufffd'));
  });
});

describe('bucketFor', () => {
  it.each([
    ['flag', 'user-1'],
    ['new-checkout', 'ζήτα'],
    ['', ''],
    ['sälz', '😀'],
  ])('bucketFor(%j, %j) matches the BigInt reference', (salt, value) => {
    expect(bucketFor(salt, value)).toBe(referenceBucket(salt, value));
  });

  it('stays within 0 … 99999 and matches the reference for random input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (salt, value) => {
        const b = bucketFor(salt, value);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(100000);
        expect(b).toBe(referenceBucket(salt, value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('bucketableValue', () => {
  it.each([
    ['user', 'user'],
    ['', ''],
    [42, '42'],
    [-7, '-7'],
    [0, '0'],
    [1.5, undefined],
    [Number.MAX_SAFE_INTEGER + 2, undefined],
    [true, undefined],
    [null, undefined],
    [undefined, undefined],
    [['a'], undefined],
    [{ id: 'a' }, undefined],
  ])('%j → %j', (input, expected) => {
    expect(bucketableValue(input)).toBe(expected);
  });
});
