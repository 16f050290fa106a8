import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from './rate-limit.ts';

function limiter(limits = { perAccount: 3, perIp: 5, windowMs: 60_000 }) {
  let now = 1_000_000;
  const l = createLoginLimiter(limits, () => now);
  return { l, advance: (ms: number) => (now += ms) };
}

describe('login limiter', () => {
  it('blocks an account at its limit until the oldest failure leaves the window', () => {
    const { l, advance } = limiter();
    for (let i = 0; i < 3; i++) {
      expect(l.retryAfter('a@x', '1.1.1.1')).toBe(0);
      l.fail('a@x', '1.1.1.1');
      advance(10_000);
    }
    // Failures at 0 s, 10 s, 20 s; now 30 s: the first leaves the window at 60 s.
    expect(l.retryAfter('a@x', '2.2.2.2')).toBe(30);
    expect(l.retryAfter('A@X', '2.2.2.2')).toBe(30);
    expect(l.retryAfter('b@x', '1.1.1.1')).toBe(0);
    advance(30_000);
    expect(l.retryAfter('a@x', '2.2.2.2')).toBe(0);
  });

  it('blocks an IP at its limit across accounts', () => {
    const { l } = limiter();
    for (let i = 0; i < 5; i++) l.fail(`user${i}@x`, '1.1.1.1');
    expect(l.retryAfter('fresh@x', '1.1.1.1')).toBe(60);
    expect(l.retryAfter('fresh@x', '9.9.9.9')).toBe(0);
  });

  it("takes back a successful attempt and clears the account, but keeps the IP's other failures", () => {
    const { l } = limiter();
    l.fail('a@x', '1.1.1.1');
    l.fail('a@x', '1.1.1.1');
    l.fail('b@x', '1.1.1.1');
    l.fail('a@x', '1.1.1.1'); // the attempt that turns out right
    l.succeed('a@x', '1.1.1.1');
    expect(l.retryAfter('a@x', '2.2.2.2')).toBe(0);
    for (let i = 0; i < 2; i++) l.fail('c@x', '1.1.1.1');
    // 3 earlier failures + 2 = 5: the IP is now at its limit.
    expect(l.retryAfter('d@x', '1.1.1.1')).toBeGreaterThan(0);
  });

  it('reports at least one second while blocked', () => {
    const { l, advance } = limiter({ perAccount: 1, perIp: 10, windowMs: 1000 });
    l.fail('a@x', 'ip');
    advance(999);
    expect(l.retryAfter('a@x', 'ip')).toBe(1);
  });
});
