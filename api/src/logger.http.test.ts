import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import { startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';

describe('logging', () => {
  const lines: string[] = [];
  let server: TestServer;
  const logger = createLogger({
    level: 'trace',
    destination: new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    }),
  });

  beforeAll(async () => {
    server = await startTestServer({ logger });
  });
  afterAll(() => server?.close());

  it('never writes secrets from a request, even when code logs the request or body', async () => {
    const secret = 'ff_pat_THIS-IS-A-SECRET-abcdefghijklmnop';
    const res = await fetch(`${server.url}/healthz`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${secret}`,
        cookie: `session=${secret}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ email: 'a@b.c', password: 'hunter2-password' }),
    });
    expect(res.status).toBe(405);
    // Careless code logging whole objects must be caught by redaction too.
    logger.info({
      req: { headers: { authorization: `Bearer ${secret}` } },
      body: { password: 'hunter2-password' },
    });
    logger.info({ token: secret, config: { databaseUrl: 'postgres://u:dbpass@h/d', key: secret } });
    logger.info('connecting to postgres://u:dbpass@h/d');

    const all = lines.join('');
    expect(lines.some((l) => l.includes('"msg":"request"') && l.includes('"status":405'))).toBe(true);
    expect(all).not.toContain('THIS-IS-A-SECRET');
    expect(all).not.toContain('hunter2-password');
    expect(all).not.toContain('dbpass');
    expect(all).toContain('[redacted]');
  });
});
