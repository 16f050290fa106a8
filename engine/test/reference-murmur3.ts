// A deliberately plain, textbook MurmurHash3 x86_32 over a byte array (TextEncoder, 4-byte
// blocks, tail, finalizer), written independently of src/murmur3.ts so each checks the other.

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

/** Reference murmur3_x86_32 of the UTF-8 bytes of `text`. */
export function referenceMurmur3(text: string, seed = 0): number {
  const data = new TextEncoder().encode(text);
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  const blocks = Math.floor(data.length / 4);
  let h = seed >>> 0;
  for (let b = 0; b < blocks; b++) {
    const i = b * 4;
    let k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    k = Math.imul(k, c1);
    k = rotl(k, 15);
    k = Math.imul(k, c2);
    h ^= k;
    h = rotl(h, 13);
    h = (Math.imul(h, 5) + 0xe6546b64) >>> 0;
  }
  const tail = blocks * 4;
  const rest = data.length & 3;
  if (rest > 0) {
    let k = 0;
    if (rest === 3) k ^= data[tail + 2]! << 16;
    if (rest >= 2) k ^= data[tail + 1]! << 8;
    k ^= data[tail]!;
    k = Math.imul(k, c1);
    k = rotl(k, 15);
    k = Math.imul(k, c2);
    h ^= k;
  }
  h ^= data.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Published MurmurHash3 x86_32 test vectors: [input, seed, hash]. */
export const PUBLISHED_VECTORS: [string, number, number][] = [
  ['', 0, 0],
  ['', 1, 0x514e28b7],
  ['', 0xffffffff, 0x81f16f39],
  ['hello', 0, 0x248bfa47],
  ['abc', 0, 0xb3dd93fa],
  ['aaaa', 0x9747b28c, 0x5a97808a],
  ['Hello, world!', 0x9747b28c, 0x24884cba],
  ['ππππππππ', 0x9747b28c, 0xd58063c1],
  ['The quick brown fox jumps over the lazy dog', 0, 0x2e4ff723],
  ['The quick brown fox jumps over the lazy dog', 0x9747b28c, 0x2fa826cd],
];

/** Reference bucket: floor(hash × 100000 / 2^32), computed with BigInt to be independent of float rounding. */
export function referenceBucket(salt: string, value: string): number {
  return Number((BigInt(referenceMurmur3(`${salt}:${value}`)) * 100000n) >> 32n);
}
