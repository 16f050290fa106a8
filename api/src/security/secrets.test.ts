import { describe, expect, it } from 'vitest';
import {
  describeSecret,
  generateToken,
  hashPassword,
  hashSecret,
  timingSafeEqual,
  verifyPassword,
  verifySecret,
} from './secrets.ts';

describe('secrets', () => {
  it.each([
    ['personal', 'ff_pat_'],
    ['service', 'ff_svc_'],
    ['server', 'ff_srv_'],
    ['client', 'ff_cli_'],
  ] as const)('%s tokens look like %s + 43 base64url characters', (kind, prefix) => {
    const t = generateToken(kind);
    expect(t.secret).toMatch(new RegExp(`^${prefix}[A-Za-z0-9_-]{43}$`));
    expect(t.prefix).toBe(t.secret.slice(0, prefix.length + 4));
    expect(t.hash).toBe(hashSecret(t.secret));
    expect(t.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(generateToken(kind).secret).not.toBe(t.secret);
  });

  it('describes a secret chosen elsewhere', () => {
    expect(describeSecret('ff_pat_abcdefgh')).toMatchObject({ prefix: 'ff_pat_abcd' });
    expect(describeSecret('my-own-bootstrap-secret')).toMatchObject({ prefix: 'my-o' });
  });

  it('verifies secrets against stored hashes', () => {
    const t = generateToken('server');
    expect(verifySecret(t.secret, t.hash)).toBe(true);
    expect(verifySecret(t.secret + 'x', t.hash)).toBe(false);
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
  });

  it('hashes passwords with scrypt and a salt', async () => {
    const h = await hashPassword('correct horse');
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await hashPassword('correct horse')).not.toBe(h);
    expect(await verifyPassword('correct horse', h)).toBe(true);
    expect(await verifyPassword('wrong horse', h)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});
