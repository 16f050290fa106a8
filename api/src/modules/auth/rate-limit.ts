// Login throttling: failed attempts are counted per account and per client IP in a sliding window, and
// while either count is at its limit every attempt (even one with the right password) is refused with
// 429, so guessing cannot continue against a locked account. The counts live in this process's
// memory: with N replicas behind a load balancer an attacker gets up to N times the budget, which is
// still a few guesses a minute; a shared store (a Postgres table) would make it exact at the price of
// a write per failure. A restart forgets the counts.

export interface LoginLimits {
  /** Failures allowed per account within the window. */
  perAccount: number;
  /** Failures allowed per client IP within the window (an IP may carry many users behind a NAT). */
  perIp: number;
  windowMs: number;
}

export const defaultLoginLimits: LoginLimits = { perAccount: 5, perIp: 20, windowMs: 15 * 60_000 };

export interface LoginLimiter {
  /** Seconds until an attempt for this account from this IP is allowed again; 0 when it is allowed now. */
  retryAfter(account: string, ip: string): number;
  /**
   * Counts an attempt as failed. Call it before checking the password, in the same tick as
   * `retryAfter`: concurrent guesses then see each other's attempts instead of all passing the check
   * while the (slow) password hashes run. `succeed` takes the attempt back.
   */
  fail(account: string, ip: string): void;
  /**
   * A successful sign-in clears the account's failures and takes back the IP's attempt just counted
   * (not its other failures: one good login from a shared IP must not reset a password spray).
   */
  succeed(account: string, ip: string): void;
}

// Keys that never fail again would otherwise stay forever; past this many, expired ones are swept.
const sweepThreshold = 10_000;

export function createLoginLimiter(
  limits: LoginLimits = defaultLoginLimits,
  now = () => Date.now(),
): LoginLimiter {
  // Failure times per key, oldest first, at most `limit` of them (older ones no longer matter).
  const failures = new Map<string, number[]>();

  const recent = (key: string, at: number): number[] => {
    const times = failures.get(key);
    if (!times) return [];
    const kept = times.filter((t) => at - t < limits.windowMs);
    if (kept.length === 0) failures.delete(key);
    else if (kept.length !== times.length) failures.set(key, kept);
    return kept;
  };

  const waitFor = (key: string, limit: number, at: number): number => {
    const times = recent(key, at);
    if (times.length < limit) return 0;
    // Blocked until the oldest failure that keeps the count at the limit leaves the window.
    const oldest = times[times.length - limit]!;
    return Math.max(1, Math.ceil((oldest + limits.windowMs - at) / 1000));
  };

  const record = (key: string, limit: number, at: number) => {
    const times = recent(key, at);
    times.push(at);
    failures.set(key, times.slice(-limit));
  };

  const sweep = (at: number) => {
    if (failures.size < sweepThreshold) return;
    for (const key of [...failures.keys()]) recent(key, at);
  };

  const accountKey = (account: string) => `account:${account.toLowerCase()}`;
  const ipKey = (ip: string) => `ip:${ip}`;

  return {
    retryAfter(account, ip) {
      const at = now();
      return Math.max(
        waitFor(accountKey(account), limits.perAccount, at),
        waitFor(ipKey(ip), limits.perIp, at),
      );
    },
    fail(account, ip) {
      const at = now();
      sweep(at);
      record(accountKey(account), limits.perAccount, at);
      record(ipKey(ip), limits.perIp, at);
    },
    succeed(account, ip) {
      failures.delete(accountKey(account));
      failures.get(ipKey(ip))?.pop();
    },
  };
}
