// The audit log's "where": each entry records the client's IP and User-Agent. X-Forwarded-For counts
// only from a trusted proxy (FF_TRUSTED_PROXIES); these tests connect from 127.0.0.1, so they play a
// direct client, a trusted proxy and an untrusted one by what the server is told to trust. The sign-in
// throttle reads the same address.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { maxUserAgentLength } from '../../http/request-source.ts';
import type { AuditEntry } from './view.ts';

let changes = 0;

/** Renames the demo project with the given headers; returns the audit entry it wrote. */
async function change(fx: ApiFixture, headers: Record<string, string>): Promise<AuditEntry> {
  const name = `Demo ${++changes}`;
  const res = await fx.call('owner', 'PATCH', '/api/v1/projects/demo', { body: { name }, headers });
  expect(res.status).toBe(200);
  const audit = await fx.call('owner', 'GET', '/api/v1/audit?resource=projects/demo&limit=1');
  const [entry] = audit.body.items as AuditEntry[];
  expect(entry!.after).toMatchObject({ name });
  return entry!;
}

describe('a direct client (no trusted proxies, the default)', () => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await startApiFixture();
  });
  afterAll(() => fx?.close());

  it('records the peer address and the User-Agent, ignoring X-Forwarded-For', async () => {
    const entry = await change(fx, {
      'user-agent': 'ff-cli/1.2.3 ff-client/0.1.0',
      'x-forwarded-for': '203.0.113.9',
    });
    expect(entry.source).toEqual({ ip: '127.0.0.1', userAgent: 'ff-cli/1.2.3 ff-client/0.1.0' });
  });

  it('keeps at most 512 characters of a User-Agent, and null for none', async () => {
    const long = await change(fx, { 'user-agent': `curl/8.5.0 ${'x'.repeat(3000)}` });
    expect(long.source.userAgent).toHaveLength(maxUserAgentLength);
    expect(long.source.userAgent!.startsWith('curl/8.5.0 xxx')).toBe(true);

    // fetch always sends a User-Agent; node:http sends only what it is given.
    const status = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ name: 'No agent' });
      const req = request(
        `${fx.url}/api/v1/projects/demo`,
        {
          method: 'PATCH',
          headers: {
            authorization: `Bearer ${fx.tokens.owner}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode!));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(200);
    const audit = await fx.call('owner', 'GET', '/api/v1/audit?resource=projects/demo&limit=1');
    expect(audit.body.items[0]).toMatchObject({
      after: { name: 'No agent' },
      source: { ip: '127.0.0.1', userAgent: null },
    });
  });

  it('throttles sign-ins by the peer address, so a made-up X-Forwarded-For cannot dodge the per-IP limit', async () => {
    const attempts = [];
    for (let i = 0; i < 21; i++) {
      attempts.push(
        await fx.call('anonymous', 'POST', '/api/v1/auth/login', {
          body: { email: `nobody${i}@demo.local`, password: 'guess' },
          headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
        }),
      );
    }
    expect(attempts.slice(0, 20).every((r) => r.status === 401)).toBe(true);
    expect(attempts[20]!.status).toBe(429);
  });
});

describe('behind a trusted proxy', () => {
  let fx: ApiFixture;
  beforeAll(async () => {
    // The test client stands for a load balancer on 127.0.0.1, with another proxy tier in 10.0.0.0/8.
    fx = await startApiFixture({ app: { trustedProxies: ['127.0.0.1', '10.0.0.0/8'] } });
  });
  afterAll(() => fx?.close());

  it('records the address X-Forwarded-For names past the trusted proxies, read from the right', async () => {
    // 198.51.100.66 was written by the client itself; only what the trusted hops appended counts.
    const entry = await change(fx, {
      'user-agent': 'terraform-provider-ff/0.1.0 ff-client/0.1.0',
      'x-forwarded-for': '198.51.100.66, 203.0.113.9, 10.1.2.3',
    });
    expect(entry.source).toEqual({
      ip: '203.0.113.9',
      userAgent: 'terraform-provider-ff/0.1.0 ff-client/0.1.0',
    });
  });

  it('records the proxy itself when it forwards no client address', async () => {
    expect((await change(fx, {})).source.ip).toBe('127.0.0.1');
  });

  it('throttles sign-ins per forwarded client address', async () => {
    const statuses = [];
    for (let i = 0; i < 21; i++) {
      const res = await fx.call('anonymous', 'POST', '/api/v1/auth/login', {
        body: { email: `nobody${i}@demo.local`, password: 'guess' },
        headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
      });
      statuses.push(res.status);
    }
    // 21 clients with one failure each, all through one proxy: none of them reached the limit of 20.
    expect(statuses).toEqual(Array(21).fill(401));
  });
});

describe('behind a proxy that is not trusted', () => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await startApiFixture({ app: { trustedProxies: ['10.0.0.0/8'] } });
  });
  afterAll(() => fx?.close());

  it('records the proxy’s address and ignores what it forwarded', async () => {
    const entry = await change(fx, { 'x-forwarded-for': '203.0.113.9, 10.1.2.3' });
    expect(entry.source.ip).toBe('127.0.0.1');
  });
});
