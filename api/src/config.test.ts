import { describe, expect, it } from 'vitest';
import { loadSettings } from './config.ts';
import { defaultRateLimits } from './modules/rate-limit/limiter.ts';

describe('settings', () => {
  it('has defaults for a laptop', () => {
    expect(loadSettings({})).toEqual({
      port: 4242,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: '.ff/data',
      bootstrapToken: undefined,
      logLevel: 'info',
      trustedProxies: [],
      corsOrigins: ['*'],
      webhookAllowPrivate: false,
      rateLimits: { management: 6000, server: 60_000, client: 600_000, windowSeconds: 60, syncMs: 1000 },
    });
    expect(loadSettings({}).rateLimits).toEqual(defaultRateLimits);
  });

  it('reads every variable, treating empty values as unset', () => {
    expect(
      loadSettings({
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://u:p@db:5432/ff',
        FF_DATA_DIR: '',
        FF_BOOTSTRAP_TOKEN: 'ff_pat_0123456789abcdefghijklmn',
        LOG_LEVEL: 'debug',
        FF_TRUSTED_PROXIES: ' 10.0.0.0/8, 192.0.2.1 ,2001:db8::/32',
        FF_RATE_LIMIT_MANAGEMENT: '100',
        FF_RATE_LIMIT_SERVER_SDK: '0',
        FF_RATE_LIMIT_CLIENT_SDK: '5000',
        FF_RATE_LIMIT_WINDOW_SECONDS: '3600',
        FF_RATE_LIMIT_SYNC_MS: '250',
        FF_CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
        FF_WEBHOOK_ALLOW_PRIVATE: '1',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u:p@db:5432/ff',
      dataDir: '.ff/data',
      bootstrapToken: 'ff_pat_0123456789abcdefghijklmn',
      logLevel: 'debug',
      trustedProxies: ['10.0.0.0/8', '192.0.2.1', '2001:db8::/32'],
      corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
      webhookAllowPrivate: true,
      rateLimits: { management: 100, server: 0, client: 5000, windowSeconds: 3600, syncMs: 250 },
    });
  });

  it.each([
    [{ PORT: '70000' }, /^invalid PORT: .*\(got "70000"\)$/],
    [{ LOG_LEVEL: 'loud' }, /^invalid LOG_LEVEL/],
    [
      { FF_CORS_ORIGINS: 'https://app.example.com/' },
      /^invalid FF_CORS_ORIGINS: .*did you mean "https:\/\/app.example.com"/,
    ],
    [{ FF_CORS_ORIGINS: 'app.example.com' }, /^invalid FF_CORS_ORIGINS: "app.example.com" is not an origin/],
    [{ DATABASE_URL: 'mysql://u:secret@h/d' }, /^invalid DATABASE_URL: must start with postgres:\/\//],
    [{ FF_BOOTSTRAP_TOKEN: 'short' }, /^invalid FF_BOOTSTRAP_TOKEN/],
    [
      { FF_TRUSTED_PROXIES: '10.0.0.0/8, proxy.internal' },
      /^invalid FF_TRUSTED_PROXIES: "proxy.internal" is not an IP address or CIDR range \(got "10\.0\.0\.0\/8, proxy\.internal"\)$/,
    ],
    [
      { FF_TRUSTED_PROXIES: '10.0.0.0/40' },
      /^invalid FF_TRUSTED_PROXIES: "10.0.0.0\/40" has an invalid prefix length/,
    ],
    [{ FF_RATE_LIMIT_MANAGEMENT: '-1' }, /^invalid FF_RATE_LIMIT_MANAGEMENT: .*\(got "-1"\)$/],
    [{ FF_RATE_LIMIT_CLIENT_SDK: 'lots' }, /^invalid FF_RATE_LIMIT_CLIENT_SDK/],
    [{ FF_RATE_LIMIT_WINDOW_SECONDS: '0' }, /^invalid FF_RATE_LIMIT_WINDOW_SECONDS/],
    [{ FF_RATE_LIMIT_SYNC_MS: '1.5' }, /^invalid FF_RATE_LIMIT_SYNC_MS/],
    [{ FF_WEBHOOK_ALLOW_PRIVATE: 'yes' }, /^invalid FF_WEBHOOK_ALLOW_PRIVATE: .*\(got "yes"\)$/],
  ])('rejects %o with one line', (env, message) => {
    expect(() => loadSettings(env)).toThrow(message);
  });

  it('never echoes a secret setting back', () => {
    expect(() => loadSettings({ DATABASE_URL: 'mysql://u:secret@h/d' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret') }),
    );
  });
});
