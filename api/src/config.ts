import { z } from 'zod';
import { parseCorsOrigins } from './http/cors.ts';
import { TrustedProxiesError, parseTrustedProxies } from './http/request-source.ts';
import { defaultRateLimits } from './modules/rate-limit/limiter.ts';
import type { RateLimitSettings } from './modules/rate-limit/limiter.ts';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function requestsPerWindow(fallback: number) {
  return z.coerce.number().int().min(0).max(1_000_000_000).default(fallback);
}

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4242),
  // Loopback by default so a laptop run is not exposed to the network; the Docker image sets 0.0.0.0.
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  FF_DATA_DIR: z.string().min(1).default('.ff/data'),
  FF_BOOTSTRAP_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{24,256}$/, 'must be 24 to 256 printable ASCII characters without spaces')
    .optional(),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  // Comma-separated IPs and CIDR ranges whose X-Forwarded-For is believed (http/request-source.ts).
  FF_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v, zctx) => {
      try {
        parseTrustedProxies(v);
      } catch (err) {
        if (!(err instanceof TrustedProxiesError)) throw err;
        zctx.addIssue({ code: 'custom', message: err.message });
        return z.NEVER;
      }
      return v
        .split(',')
        .map((e) => e.trim())
        .filter((e) => e !== '');
    }),
  // Origins whose pages may call /sdk/v1 and /ofrep/v1 (http/cors.ts): `*` or comma-separated origins.
  FF_CORS_ORIGINS: z
    .string()
    .default('*')
    .transform((v, zctx) => {
      try {
        return parseCorsOrigins(v);
      } catch (err) {
        zctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    }),
  // Requests per credential per window; 0 turns a limit off (modules/rate-limit/limiter.ts).
  FF_RATE_LIMIT_MANAGEMENT: requestsPerWindow(defaultRateLimits.management),
  FF_RATE_LIMIT_SERVER_SDK: requestsPerWindow(defaultRateLimits.server),
  FF_RATE_LIMIT_CLIENT_SDK: requestsPerWindow(defaultRateLimits.client),
  FF_RATE_LIMIT_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(86_400)
    .default(defaultRateLimits.windowSeconds),
  FF_RATE_LIMIT_SYNC_MS: z.coerce.number().int().min(10).max(60_000).default(defaultRateLimits.syncMs),
  // Webhooks may deliver to loopback/private/link-local addresses (modules/webhooks/target.ts): off.
  FF_WEBHOOK_ALLOW_PRIVATE: z.enum(['0', '1', 'false', 'true']).default('0'),
});

export interface Settings {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  bootstrapToken: string | undefined;
  logLevel: (typeof logLevels)[number];
  rateLimits: RateLimitSettings;
  /** Proxies (IPs, CIDR ranges) trusted to say who the client is; none by default. */
  trustedProxies: string[];
  /** Origins whose pages may call the SDK routes (`['*']`: any). */
  corsOrigins: string[];
  /** Webhooks may target loopback, private and link-local addresses (FF_WEBHOOK_ALLOW_PRIVATE=1). */
  webhookAllowPrivate: boolean;
}

export class ConfigError extends Error {}

/** Reads settings from the environment; throws ConfigError with one human line on a bad value. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  // Empty strings (FOO= in a .env file) mean "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const shown =
      name === 'DATABASE_URL' || name === 'FF_BOOTSTRAP_TOKEN' ? '' : ` (got ${JSON.stringify(env[name])})`;
    throw new ConfigError(`invalid ${name}: ${issue.message}${shown}`);
  }
  const s = parsed.data;
  return {
    port: s.PORT,
    host: s.HOST,
    databaseUrl: s.DATABASE_URL,
    dataDir: s.FF_DATA_DIR,
    bootstrapToken: s.FF_BOOTSTRAP_TOKEN,
    logLevel: s.LOG_LEVEL,
    trustedProxies: s.FF_TRUSTED_PROXIES,
    corsOrigins: s.FF_CORS_ORIGINS,
    webhookAllowPrivate: s.FF_WEBHOOK_ALLOW_PRIVATE === '1' || s.FF_WEBHOOK_ALLOW_PRIVATE === 'true',
    rateLimits: {
      management: s.FF_RATE_LIMIT_MANAGEMENT,
      server: s.FF_RATE_LIMIT_SERVER_SDK,
      client: s.FF_RATE_LIMIT_CLIENT_SDK,
      windowSeconds: s.FF_RATE_LIMIT_WINDOW_SECONDS,
      syncMs: s.FF_RATE_LIMIT_SYNC_MS,
    },
  };
}
