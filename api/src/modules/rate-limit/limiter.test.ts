import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './limiter.ts';
import type { CountStore, RateLimitSettings } from './limiter.ts';

/** The shared table, in memory: what store.ts does in SQL, for limiters standing in for replicas. */
function memoryStore() {
  const rows = new Map<string, number>();
  let failing = false;
  const store: CountStore = {
    async exchange(windowStart, entries) {
      if (failing) throw new Error('database unreachable');
      const out = new Map<string, number>();
      for (const { key, add } of entries) {
        const id = `${key}@${windowStart}`;
        const count = (rows.get(id) ?? 0) + add;
        if (add > 0 || rows.has(id)) rows.set(id, count);
        out.set(key, count);
      }
      return out;
    },
    async prune(before) {
      for (const id of rows.keys()) if (Number(id.split('@')[1]) < before) rows.delete(id);
    },
  };
  return {
    store,
    rows,
    fail: (on: boolean) => (failing = on),
  };
}

const settings = (over: Partial<RateLimitSettings> = {}): RateLimitSettings => ({
  management: 5,
  server: 10,
  client: 0,
  windowSeconds: 60,
  syncMs: 1000,
  ...over,
});

function clock(start = Date.UTC(2026, 0, 1, 12, 0, 0)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

async function takeN(
  l: ReturnType<typeof createRateLimiter>,
  n: number,
  kind = 'management' as const,
  id = 't1',
) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await l.take(kind, id));
  return out;
}

describe('rate limiter, one replica', () => {
  it('admits `limit` requests per window with falling remaining, then refuses until the window ends', async () => {
    const c = clock();
    const l = createRateLimiter({ settings: settings(), store: memoryStore().store, now: c.now });
    c.advance(15_000); // 45 s of the window left
    const admitted = await takeN(l, 5);
    expect(admitted.map((d) => [d!.allowed, d!.remaining])).toEqual([
      [true, 4],
      [true, 3],
      [true, 2],
      [true, 1],
      [true, 0],
    ]);
    expect(admitted[0]).toMatchObject({ limit: 5, resetSeconds: 45 });
    c.advance(44_500);
    expect(await l.take('management', 't1')).toEqual({
      allowed: false,
      limit: 5,
      remaining: 0,
      resetSeconds: 1,
    });
    c.advance(500); // the next window
    expect(await l.take('management', 't1')).toEqual({
      allowed: true,
      limit: 5,
      remaining: 4,
      resetSeconds: 60,
    });
  });

  it('keeps credentials and kinds apart, and does not count refused requests', async () => {
    const l = createRateLimiter({
      settings: settings({ management: 2 }),
      store: memoryStore().store,
      now: clock().now,
    });
    await takeN(l, 5, 'management', 'a');
    expect((await l.take('management', 'b'))!.remaining).toBe(1);
    // A server key with the same id is another credential.
    expect((await l.take('server', 'a'))!.remaining).toBe(9);
    expect((await l.take('management', 'a'))!.allowed).toBe(false);
  });

  it('does not limit a kind whose limit is 0', async () => {
    const l = createRateLimiter({
      settings: settings({ client: 0 }),
      store: memoryStore().store,
      now: clock().now,
    });
    expect(await l.take('client', 'k')).toBeUndefined();
  });

  it('counts concurrent first requests of a window once each (they share one read of the shared count)', async () => {
    const l = createRateLimiter({ settings: settings(), store: memoryStore().store, now: clock().now });
    const all = await Promise.all(Array.from({ length: 8 }, () => l.take('management', 't1')));
    expect(all.filter((d) => d!.allowed)).toHaveLength(5);
  });

  it('fails open when the shared store is down, counting locally, and catches up once it is back', async () => {
    const mem = memoryStore();
    const errors: unknown[] = [];
    const l = createRateLimiter({
      settings: settings(),
      store: mem.store,
      now: clock().now,
      onError: (e) => errors.push(e),
    });
    mem.fail(true);
    expect((await takeN(l, 6)).map((d) => d!.allowed)).toEqual([true, true, true, true, true, false]);
    await l.sync();
    expect(errors).toHaveLength(2);
    mem.fail(false);
    await l.sync();
    expect([...mem.rows.values()]).toEqual([5]);
  });
});

describe('rate limiter, two replicas on one store', () => {
  function replicas(over: Partial<RateLimitSettings> = {}) {
    const mem = memoryStore();
    const c = clock();
    const a = createRateLimiter({
      settings: settings({ management: 10, ...over }),
      store: mem.store,
      now: c.now,
    });
    const b = createRateLimiter({
      settings: settings({ management: 10, ...over }),
      store: mem.store,
      now: c.now,
    });
    return { mem, c, a, b };
  }
  const allowed = (ds: ({ allowed: boolean } | undefined)[]) => ds.filter((d) => d!.allowed).length;

  it('holds the limit exactly when a credential moves to another replica after a sync', async () => {
    const { a, b } = replicas();
    expect(allowed(await takeN(a, 7))).toBe(7);
    await a.sync();
    // B sees the credential for the first time in this window: it reads the shared count first.
    expect(allowed(await takeN(b, 5))).toBe(3);
    await b.sync();
    await a.sync();
    expect(allowed(await takeN(a, 3))).toBe(0);
  });

  it('over-admits at most what the other replica admitted since this one last synced (the stated tolerance)', async () => {
    const { a, b, mem } = replicas();
    // Both see the credential first while the shared count is 0, and admit without hearing of each other.
    expect(allowed(await takeN(a, 4))).toBe(4);
    expect(allowed(await takeN(b, 4))).toBe(4);
    await a.sync(); // shared 4 (A's); A still knows nothing of B
    await b.sync(); // shared 8; B learns of A's 4
    expect(allowed(await takeN(b, 5))).toBe(2); // B: 4 others + 4 mine → 2 more
    expect(allowed(await takeN(a, 10))).toBe(6); // A: 0 others + 4 mine → 6 more
    // A admitted 6 beyond what it could see: exactly B's 4 + 2 it had not synced yet. Total 16 of 10.
    await a.sync();
    await b.sync();
    expect([...mem.rows.values()]).toEqual([16]);
    // Once both have synced, neither admits anything more in this window.
    expect(allowed([...(await takeN(a, 3)), ...(await takeN(b, 3))])).toBe(0);
  });

  it('never lets one replica alone admit more than the limit, whatever the others do', async () => {
    const { a, b } = replicas();
    expect(allowed(await takeN(a, 20))).toBe(10);
    expect(allowed(await takeN(b, 20))).toBe(10);
  });

  it('starts every window from zero on every replica, and prunes windows before the previous one', async () => {
    const { a, b, c, mem } = replicas({ windowSeconds: 10 });
    await takeN(a, 10);
    await a.sync();
    c.advance(10_000);
    expect(allowed(await takeN(b, 10))).toBe(10);
    await b.sync();
    c.advance(10_000);
    await a.sync(); // in the third window: the first is dropped, the second kept
    expect([...mem.rows.values()]).toEqual([10]);
  });

  it('flushes its last counts when stopped', async () => {
    const { a, mem } = replicas();
    a.start();
    await takeN(a, 3);
    await a.stop();
    expect([...mem.rows.values()]).toEqual([3]);
  });
});
