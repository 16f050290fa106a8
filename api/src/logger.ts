import pino from 'pino';
import type { Logger, DestinationStream } from 'pino';

export type { Logger };

// Paths pino should censor wherever they show up in a log line. Request logging only records a few
// headers, but anything else logged by mistake (a body, a config object, an error with a request) is
// caught here too. `*.x` covers one level of nesting; the common deeper shapes are listed explicitly.
const secretKeys = ['password', 'token', 'secret', 'key', 'apiKey', 'sdkKey', 'databaseUrl', 'DATABASE_URL'];
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  ...secretKeys,
  ...secretKeys.map((k) => `*.${k}`),
  ...secretKeys.map((k) => `*.*.${k}`),
];

/** Masks the password of every postgres:// URL in a string. */
export function maskUrls(text: string): string {
  return text.replace(/(postgres(?:ql)?:\/\/[^:/@\s]+):[^@\s]*@/g, '$1:***@');
}

export interface LoggerOptions {
  level?: string;
  /** Where to write JSON lines; stdout by default. Tests pass a stream to inspect output. */
  destination?: DestinationStream;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  return pino(
    {
      level: opts.level ?? 'info',
      base: { service: 'ff-api' },
      redact: { paths: redactPaths, censor: '[redacted]' },
      // Driver errors quote connection strings in their message and stack; mask the password there.
      serializers: {
        err: (err: Error) => {
          const out = pino.stdSerializers.err(err);
          out.message = maskUrls(out.message);
          if (out.stack) out.stack = maskUrls(out.stack);
          return out;
        },
      },
      // Belt and braces for a connection string inside an error message.
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskUrls(a) : a)) as typeof args;
          return method.apply(this, masked);
        },
      },
    },
    opts.destination ?? pino.destination(1),
  );
}
