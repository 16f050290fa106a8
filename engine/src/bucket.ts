// Rollout weights are thousandths of a percent (100000 is everyone): the constant lives in limits.ts.
import { BUCKET_SCALE } from './limits.ts';
import { hashParts } from './murmur3.ts';

export { BUCKET_SCALE };

/**
 * The bucket (0 … 99999) that `value` falls into for a rollout salted with `salt`:
 * `floor(murmur3_32(utf8("<salt>:<value>"), 0) × 100000 / 2^32)`.
 *
 * The product is below 2^53 and the divisor a power of two, so this integer formula is exact in
 * every language; ports must not compute `h / 2^32 × 100000` in a float type narrower than 64 bits.
 */
export function bucketFor(salt: string, value: string): number {
  return bucketForPrefix(salt + ':', value);
}

/**
 * {@link bucketFor} with the `<salt>:` prefix already built.
 *
 * Performance note: the compiler builds the prefix once per rollout, and the hash streams over
 * prefix and value, so a bucket costs no string allocation.
 */
export function bucketForPrefix(prefix: string, value: string): number {
  return Math.floor((hashParts(prefix, value) * BUCKET_SCALE) / 4294967296);
}

/**
 * The string a bucketBy attribute value is hashed as, or `undefined` when it cannot bucket (and the
 * context then gets the rollout's last variation). Strings hash as they are; safe integers hash as
 * their decimal form, so `42` and `"42"` land in the same bucket; every other type (fractional
 * numbers, booleans, arrays, objects, null) counts as missing.
 */
export function bucketableValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}
