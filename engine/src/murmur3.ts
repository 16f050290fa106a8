// MurmurHash3 x86_32 over the UTF-8 bytes of JavaScript strings.
//
// Performance note: bucketing hashes `<salt>:<value>` on every rollout evaluation, so this module
// never builds a Buffer or a concatenated string. It encodes UTF-8 on the fly from charCodeAt and
// feeds bytes into the hash one at a time; the running state lives in module-level variables (the
// hash is synchronous, so no two computations can interleave). `hashParts` hashes several strings
// as if they were concatenated, which lets the evaluator keep `<salt>:` precomputed.

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

let h1 = 0;
let k1 = 0;
let length = 0;

function reset(seed: number): void {
  h1 = seed | 0;
  k1 = 0;
  length = 0;
}

function pushByte(byte: number): void {
  k1 |= byte << ((length & 3) << 3);
  length++;
  if ((length & 3) === 0) {
    let k = Math.imul(k1, C1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2);
    h1 ^= k;
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    k1 = 0;
  }
}

// Lone surrogates are encoded as U+FFFD (EF BF BD), exactly as TextEncoder and Buffer.from do, so
// every port that hashes "the UTF-8 bytes of the string" agrees even on malformed UTF-16 input.
function pushString(s: string): void {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      pushByte(c);
    } else if (c < 0x800) {
      pushByte(0xc0 | (c >> 6));
      pushByte(0x80 | (c & 0x3f));
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        pushByte(0xf0 | (c >> 18));
        pushByte(0x80 | ((c >> 12) & 0x3f));
        pushByte(0x80 | ((c >> 6) & 0x3f));
        pushByte(0x80 | (c & 0x3f));
      } else {
        pushByte(0xef);
        pushByte(0xbf);
        pushByte(0xbd);
      }
    } else {
      pushByte(0xe0 | (c >> 12));
      pushByte(0x80 | ((c >> 6) & 0x3f));
      pushByte(0x80 | (c & 0x3f));
    }
  }
}

function finish(): number {
  if ((length & 3) !== 0) {
    let k = Math.imul(k1, C1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2);
    h1 ^= k;
  }
  let h = h1 ^ length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * MurmurHash3 (x86, 32-bit) of the UTF-8 encoding of `str`.
 *
 * Returns an unsigned 32-bit integer. Lone UTF-16 surrogates are hashed as U+FFFD, the same bytes
 * `new TextEncoder().encode(str)` produces. `murmur3_32('hello', 0) === 0x248bfa47`.
 */
export function murmur3_32(str: string, seed = 0): number {
  reset(seed);
  pushString(str);
  return finish();
}

/**
 * MurmurHash3 (x86, 32-bit) of the UTF-8 encoding of `a + b`, without building the concatenation.
 * `hashParts(a, b, seed) === murmur3_32(a + b, seed)` whenever `a` does not end in a high surrogate
 * that `b` would complete.
 */
export function hashParts(a: string, b: string, seed = 0): number {
  reset(seed);
  pushString(a);
  pushString(b);
  return finish();
}
