import { createHash, randomBytes, scrypt, timingSafeEqual as cryptoTimingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

/**
 * Secret formats. The prefix says what a secret is at a glance (and lets secret scanners recognise
 * leaked ones); the body is 32 random bytes in base64url (43 characters).
 *   ff_pat_…  personal API token     ff_svc_…  service API token
 *   ff_srv_…  server SDK key         ff_cli_…  client SDK key
 */
export const secretPrefixes = {
  personal: 'ff_pat_',
  service: 'ff_svc_',
  server: 'ff_srv_',
  client: 'ff_cli_',
} as const;

export type SecretKind = keyof typeof secretPrefixes;

export interface GeneratedSecret {
  /** Shown to the user once, never stored. */
  secret: string;
  /** Stored: SHA-256 hex of the secret. */
  hash: string;
  /** Stored and shown in listings: the type prefix plus the first 4 random characters. */
  prefix: string;
}

export function generateToken(kind: SecretKind): GeneratedSecret {
  return describeSecret(secretPrefixes[kind] + randomBytes(32).toString('base64url'));
}

/** Hash and prefix of a secret chosen elsewhere (e.g. FF_BOOTSTRAP_TOKEN). */
export function describeSecret(secret: string): GeneratedSecret {
  const typePrefix = Object.values(secretPrefixes).find((p) => secret.startsWith(p)) ?? '';
  return { secret, hash: hashSecret(secret), prefix: secret.slice(0, typePrefix.length + 4) };
}

// Plain SHA-256 (no salt, no slow hash) is right for these: they are 256-bit random values, so
// brute force is hopeless, and a deterministic hash lets us find the row with one indexed lookup.
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of two strings (of any length; unequal lengths compare false). */
export function timingSafeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return cryptoTimingSafeEqual(ha, hb) && a.length === b.length;
}

/** True when `secret` hashes to `storedHash`, compared in constant time. */
export function verifySecret(secret: string, storedHash: string): boolean {
  return timingSafeEqual(hashSecret(secret), storedHash);
}

const scryptAsync = promisify(scrypt) as (
  pw: string,
  salt: Buffer,
  len: number,
  opts: object,
) => Promise<Buffer>;
// N=2^15 (OWASP's minimum for scrypt is 2^17 with r=8 p=1 when memory allows; 2^15 keeps login under
// ~100 ms on small machines). Parameters are stored with the hash so they can rise later.
const scryptParams = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** `scrypt$N$r$p$salt$hash`, base64url parts. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, 32, scryptParams);
  const { N, r, p } = scryptParams;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: scryptParams.maxmem,
  });
  return cryptoTimingSafeEqual(key, expected);
}
