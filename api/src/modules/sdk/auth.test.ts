// The SDK key cache on a fake clock: a lookup is trusted for its TTL and not a millisecond longer, which
// is what bounds how late a revocation takes effect on the SDK routes (the protocol promises within a
// second). The database is stood in for by the lookup itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/knex.ts';
import { UnauthorizedError } from '../../http/errors.ts';
import { authenticateSdkKey } from '../sdk-keys/authenticate.ts';
import type { UsableSdkKey } from '../sdk-keys/store.ts';
import { createSdkKeyCache } from './auth.ts';

vi.mock('../sdk-keys/authenticate.ts', () => ({ authenticateSdkKey: vi.fn() }));
const lookup = vi.mocked(authenticateSdkKey);

const db = {} as Db;
const secret = 'ff_cli_a-key-that-is-about-to-be-revoked';
const key: UsableSdkKey = {
  id: 'key-1',
  kind: 'client',
  environmentId: 'env-1',
  environmentKey: 'staging',
  projectId: 'project-1',
  allowedOrigins: null,
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  lookup.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
  delete process.env.FF_SDK_KEY_TTL_MS;
});

describe('the SDK key cache', () => {
  it('trusts a lookup for its TTL, then asks again: a revoked key is refused from then on', async () => {
    const cache = createSdkKeyCache(db, 500);
    lookup.mockResolvedValue(key);
    expect(await cache.authenticate(secret)).toMatchObject({ keyId: 'key-1', environmentKey: 'staging' });
    lookup.mockResolvedValue(undefined); // revoked in the database
    vi.advanceTimersByTime(499);
    expect(await cache.authenticate(secret)).toMatchObject({ keyId: 'key-1' });
    expect(lookup).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    await expect(cache.authenticate(secret)).rejects.toThrow(UnauthorizedError);
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('takes its TTL from FF_SDK_KEY_TTL_MS, 500 ms by default', async () => {
    for (const [setting, ttl] of [
      [undefined, 500],
      ['250', 250],
    ] as const) {
      if (setting === undefined) delete process.env.FF_SDK_KEY_TTL_MS;
      else process.env.FF_SDK_KEY_TTL_MS = setting;
      const cache = createSdkKeyCache(db);
      lookup.mockReset();
      lookup.mockResolvedValue(key);
      await cache.authenticate(secret);
      vi.advanceTimersByTime(ttl - 1);
      await cache.authenticate(secret);
      expect(lookup, `TTL ${ttl}`).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1);
      await cache.authenticate(secret);
      expect(lookup, `TTL ${ttl}`).toHaveBeenCalledTimes(2);
    }
  });

  it('forgets every lookup at once when told to (a replica that learns of a revocation)', async () => {
    const cache = createSdkKeyCache(db, 60_000);
    lookup.mockResolvedValue(key);
    await cache.authenticate(secret);
    lookup.mockResolvedValue(undefined);
    cache.forget();
    await expect(cache.authenticate(secret)).rejects.toThrow(UnauthorizedError);
  });
});
