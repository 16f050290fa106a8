import { describe, expect, it } from 'vitest';
import { clientIp, maxUserAgentLength, parseTrustedProxies, storedUserAgent } from './request-source.ts';

const none = parseTrustedProxies('');
const lb = parseTrustedProxies('10.0.0.0/8, 2001:db8::/32,192.0.2.1');

describe('clientIp', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientIp('198.51.100.7', '203.0.113.1', none)).toBe('198.51.100.7');
    expect(clientIp('::ffff:127.0.0.1', '203.0.113.1, 10.0.0.2', none)).toBe('127.0.0.1');
  });

  it('reads X-Forwarded-For right to left past trusted proxies, stopping at the first untrusted address', () => {
    // The client wrote 6.6.6.6 itself; the trusted proxies appended 203.0.113.9 and 10.1.1.1.
    expect(clientIp('10.0.0.5', '6.6.6.6, 203.0.113.9, 10.1.1.1', lb)).toBe('203.0.113.9');
    expect(clientIp('::ffff:10.0.0.5', '203.0.113.9', lb)).toBe('203.0.113.9');
    expect(clientIp('2001:db8::5', '2001:db8::6, [2001:DB9::1]:443', lb)).toBe('2001:db9::1');
    expect(clientIp('192.0.2.1', '203.0.113.9:51234', lb)).toBe('203.0.113.9');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientIp('198.51.100.7', '10.0.0.1, 203.0.113.9', lb)).toBe('198.51.100.7');
  });

  it('gives the furthest address when every hop is trusted, and stops at a value that is not an address', () => {
    expect(clientIp('10.0.0.5', '10.0.0.1, 10.0.0.2', lb)).toBe('10.0.0.1');
    expect(clientIp('10.0.0.5', '203.0.113.9, <script>, 10.0.0.3', lb)).toBe('10.0.0.3');
    expect(clientIp('10.0.0.5', 'unknown', lb)).toBe('10.0.0.5');
  });

  it('uses the peer when there is no header, and null without a peer address', () => {
    expect(clientIp('10.0.0.5', undefined, lb)).toBe('10.0.0.5');
    expect(clientIp('10.0.0.5', '', lb)).toBe('10.0.0.5');
    expect(clientIp(undefined, '203.0.113.9', lb)).toBeNull();
  });

  it('reads at most 32 hops of a header, however long', () => {
    const hops = Array.from({ length: 5000 }, (_, i) => `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`);
    expect(clientIp('10.0.0.5', ['203.0.113.9', ...hops].join(','), lb)).toBe(hops[hops.length - 32]);
  });
});

describe('parseTrustedProxies', () => {
  it('takes addresses and CIDR ranges of both families, IPv4-mapped addresses as IPv4', () => {
    const list = parseTrustedProxies(['::ffff:127.0.0.1', 'fd00::/8']);
    expect(list.check('127.0.0.1', 'ipv4')).toBe(true);
    expect(list.check('fd12::1', 'ipv6')).toBe(true);
    expect(list.check('127.0.0.2', 'ipv4')).toBe(false);
  });

  it.each(['localhost', '10.0.0.0/33', '10.0.0.0/8/1', '2001:db8::/129', '10.0.0.0/x', '1.2.3'])(
    'refuses %s',
    (entry) => {
      expect(() => parseTrustedProxies(`127.0.0.1, ${entry}`)).toThrow(
        new RegExp(`^"${entry.replace(/[./]/g, '\\$&')}"`),
      );
    },
  );
});

describe('storedUserAgent', () => {
  it('keeps a User-Agent as sent, up to 512 characters, without control characters', () => {
    expect(storedUserAgent('ff-cli/1.2.0 ff-client/0.1.0')).toBe('ff-cli/1.2.0 ff-client/0.1.0');
    expect(storedUserAgent('x'.repeat(5000))).toHaveLength(maxUserAgentLength);
    expect(storedUserAgent('curl/8\u0000\u001b[31m')).toBe('curl/8[31m');
  });

  it('is null when absent or blank', () => {
    expect(storedUserAgent(undefined)).toBeNull();
    expect(storedUserAgent('  ')).toBeNull();
  });
});
