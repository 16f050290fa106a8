// Webhooks end to end with real HTTP receivers: the outbox written with the change, retries until a
// receiver that fails three times succeeds (exactly one success), a replica that dies mid-delivery and a
// second one that completes it, giving up and redelivering, signatures checked by the documented
// verification, Slack's format, the test ping, and who may manage webhooks. The delivery worker's
// passes are driven with an injected `now`. The receivers listen on 127.0.0.1, so this app allows private
// targets (its deps, as FF_WEBHOOK_ALLOW_PRIVATE=1 would); the target policy itself is tested at the end,
// without that allowance.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { startTestServer } from '../../../test/server.ts';
import type { TestServer } from '../../../test/server.ts';
import type { TestDb } from '../../../test/db.ts';
import {
  backoffMs,
  claimDeliveries,
  createHttpSend,
  httpSend,
  LEASE_MS,
  MAX_ATTEMPTS,
  runDeliveries,
} from './delivery.ts';
import type { Claimed } from './delivery.ts';
import { verify } from './signature.ts';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** A receiver answering with the statuses given in turn (the last one thereafter). */
async function receiver(statuses: number[]) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const status = statuses[Math.min(received.length, statuses.length - 1)]!;
      received.push({ headers: req.headers, body, answered: status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  return { url: `http://127.0.0.1:${port}/hook`, received };
}

const servers: http.Server[] = [];
const allowPrivate = { allowPrivate: true };
/** Sends as the worker of an API with FF_WEBHOOK_ALLOW_PRIVATE=1 does. */
const send = createHttpSend(allowPrivate);
let fx: ApiFixture;
let flagCount = 0;

beforeAll(async () => {
  fx = await startApiFixture({ app: { backgroundWorkers: [], webhookTargets: allowPrivate } });
}, 120_000);
// Each test's subscriptions end with it, so the next test's changes reach only its own receiver.
afterEach(async () => {
  await fx.db('webhooks').delete();
});
afterAll(async () => {
  for (const s of servers) s.close();
  await fx?.close();
});

const hooks = '/api/v1/projects/demo/webhooks';

async function subscribe(key: string, url: string, events: string[], format = 'json'): Promise<string> {
  const res = await fx.call('owner', 'POST', hooks, { body: { key, url, events, format } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.secret as string;
}

/** A new boolean flag, on in staging, then turned off: one kill-switch event. */
async function killSwitch(): Promise<string> {
  const key = `wh-flag-${++flagCount}`;
  expect(
    (
      await fx.call('owner', 'POST', '/api/v1/projects/demo/flags', {
        body: { key, name: key, kind: 'boolean' },
      })
    ).status,
  ).toBe(201);
  const at = `/api/v1/projects/demo/flags/${key}/environments/staging`;
  expect((await fx.call('owner', 'PATCH', at, { body: { actions: [{ kind: 'turnOn' }] } })).status).toBe(200);
  expect(
    (await fx.call('owner', 'PATCH', at, { body: { actions: [{ kind: 'turnOff' }], comment: 'errors' } }))
      .status,
  ).toBe(200);
  return key;
}

/** Runs delivery passes until none is due at `now` (bounded). */
async function drain(now: Date): Promise<void> {
  for (let i = 0; i < 20 && (await runDeliveries(fx.db, now, send)).length > 0; i++);
}

async function pendingOf(webhook: string) {
  return fx
    .db('webhook_deliveries as d')
    .join('webhooks as w', 'w.id', 'd.webhook_id')
    .where('w.key', webhook)
    .select('d.*');
}

describe('webhooks', () => {
  it('delivers a change exactly once to a receiver that fails three times, signed as documented', async () => {
    const r = await receiver([500, 503, 502, 200]);
    const secret = await subscribe('flaky', r.url, ['flag.killed']);
    const flag = await killSwitch();
    // Queued with the change (the turnOn before it is not a kill switch: nothing for it).
    const queued = await pendingOf('flaky');
    expect(queued).toHaveLength(1);

    let now = new Date(Date.now() + 1000);
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await runDeliveries(fx.db, now, send)).toEqual([attempt < 4 ? 'pending' : 'delivered']);
      // Not due again before its backoff.
      expect(await runDeliveries(fx.db, new Date(now.getTime() + backoffMs(attempt) - 1000), send)).toEqual(
        [],
      );
      now = new Date(now.getTime() + backoffMs(attempt));
    }
    await drain(new Date(now.getTime() + 86_400_000));
    expect(r.received.map((x) => x.answered)).toEqual([500, 503, 502, 200]);
    expect(r.received.filter((x) => x.answered === 200)).toHaveLength(1);

    for (const x of r.received) {
      expect(x.headers['ff-event']).toBe('flag.killed');
      expect(x.headers['ff-delivery']).toBe(String(queued[0].id));
      const t = Number(/t=(\d+)/.exec(String(x.headers['ff-signature']))![1]);
      expect(verify(secret, String(x.headers['ff-signature']), x.body, t)).toBe(true);
      expect(verify(secret, String(x.headers['ff-signature']), x.body.replace('errors', 'errorz'), t)).toBe(
        false,
      );
    }
    const payload = JSON.parse(r.received[0]!.body);
    expect(payload).toMatchObject({
      event: 'flag.killed',
      events: ['flag.killed', 'flag.changed'],
      project: 'demo',
      action: 'flag_config.change',
      resource: `projects/demo/flags/${flag}/environments/staging`,
      actor: { email: 'owner@demo.local' },
      comment: 'errors',
      before: { on: true },
      after: { on: false },
    });

    const log = await fx.call('owner', 'GET', `${hooks}/flaky/deliveries`);
    expect(log.status).toBe(200);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ status: 'delivered', attempts: 4, lastStatusCode: 200 });
    expect(log.body.items[0].attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([
      500, 503, 502, 200,
    ]);
  });

  it('loses nothing when a replica dies mid-delivery: another completes it once the lease runs out', async () => {
    const r = await receiver([200]);
    await subscribe('lease', r.url, ['flag.changed']);
    await killSwitch();
    const now = new Date(Date.now() + 1000);
    // Replica A claims the three deliveries (flag created, on, off), sends the first, and dies before
    // recording.
    const claimed = await claimDeliveries(fx.db, now);
    expect(claimed).toHaveLength(3);
    await send(claimed[0]!, now);
    // Replica B: nothing while A's lease holds…
    expect(await runDeliveries(fx.db, new Date(now.getTime() + 1000), send)).toEqual([]);
    // …then all three, once it has run out.
    expect(await runDeliveries(fx.db, new Date(now.getTime() + LEASE_MS), send)).toEqual([
      'delivered',
      'delivered',
      'delivered',
    ]);
    const rows = await pendingOf('lease');
    expect(rows.map((d) => d.status)).toEqual(['delivered', 'delivered', 'delivered']);
    // At least once: the first was received twice, with the same delivery and event ids.
    expect(r.received).toHaveLength(4);
    const first = r.received.filter((x) => x.headers['ff-delivery'] === claimed[0]!.id);
    expect(first).toHaveLength(2);
    expect(JSON.parse(first[0]!.body).id).toBe(JSON.parse(first[1]!.body).id);
    // A's late result does not overwrite B's.
    expect(await runDeliveries(fx.db, new Date(now.getTime() + 2 * LEASE_MS), send)).toEqual([]);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts; a redelivery sends the same event again`, async () => {
    const statuses = Array.from({ length: MAX_ATTEMPTS }, () => 500);
    const r = await receiver([...statuses, 200]);
    await subscribe('down', r.url, ['flag.killed']);
    await killSwitch();
    let now = new Date(Date.now() + 1000);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await runDeliveries(fx.db, now, send);
      now = new Date(now.getTime() + backoffMs(attempt));
    }
    await drain(new Date(now.getTime() + 86_400_000));
    expect(r.received).toHaveLength(MAX_ATTEMPTS);
    const [failed] = (await fx.call('owner', 'GET', `${hooks}/down/deliveries?status=failed`)).body.items;
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
    });

    const again = await fx.call('owner', 'POST', `${hooks}/down/deliveries/${failed.id}/redeliver`);
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ status: 'pending', redeliveryOf: failed.id, eventId: failed.eventId });
    await drain(new Date(now.getTime() + 86_400_000));
    expect(r.received.at(-1)!.answered).toBe(200);
    expect(JSON.parse(r.received.at(-1)!.body).id).toBe(failed.eventId);
  });

  it("posts Slack's incoming-webhook format", async () => {
    const r = await receiver([200]);
    await subscribe('slack', r.url, ['flag.killed'], 'slack');
    const flag = await killSwitch();
    await drain(new Date(Date.now() + 1000));
    expect(r.received).toHaveLength(1);
    expect(JSON.parse(r.received[0]!.body)).toEqual({
      text:
        ':rotating_light: Kill switch: `flag_config.change` on ' +
        `\`projects/demo/flags/${flag}/environments/staging\` by owner@demo.local\n> errors`,
    });
  });

  it('queues nothing for a change that was refused (rolled back)', async () => {
    const r = await receiver([200]);
    await subscribe('refused', r.url, ['flag.changed']);
    const res = await fx.call(
      'owner',
      'PATCH',
      '/api/v1/projects/demo/flags/new-checkout/environments/staging',
      {
        body: { actions: [{ kind: 'setOffVariation', variation: 9 }] },
      },
    );
    expect(res.status).toBe(422);
    expect(await pendingOf('refused')).toHaveLength(0);
  });

  it('sends a test ping at once, keeps the secret out of every later response and the audit log, and is for admins', async () => {
    const r = await receiver([204]);
    const secret = await subscribe('ping', r.url, ['flag.changed']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const ping = await fx.call('owner', 'POST', `${hooks}/ping/test`);
    expect(ping.status).toBe(200);
    expect(ping.body).toMatchObject({ event: 'ping', status: 'delivered', lastStatusCode: 204, attempts: 1 });
    expect(r.received[0]!.headers['ff-event']).toBe('ping');
    expect(verify(secret, String(r.received[0]!.headers['ff-signature']), r.received[0]!.body)).toBe(true);

    const got = await fx.call('owner', 'GET', `${hooks}/ping`);
    expect(got.body.secret).toBeUndefined();
    expect(JSON.stringify((await fx.call('owner', 'GET', hooks)).body)).not.toContain(secret);
    const audit = await fx.db('audit_log').where({ resource_type: 'webhook' });
    expect(JSON.stringify(audit)).not.toContain(secret);

    const rotated = await fx.call('owner', 'PATCH', `${hooks}/ping`, {
      body: { secret: 'whsec_rotated-secret-0123456789' },
      headers: { 'if-match': `"${got.body.version}"` },
    });
    expect(rotated.status).toBe(200);
    const stale = await fx.call('owner', 'PATCH', `${hooks}/ping`, {
      body: { enabled: false },
      headers: { 'if-match': `"${got.body.version}"` },
    });
    expect(stale.status).toBe(412);

    for (const who of ['developer', 'viewer'] as const) {
      expect((await fx.call(who, 'GET', hooks)).status).toBe(403);
      expect(
        (await fx.call(who, 'POST', hooks, { body: { key: 'x', url: r.url, events: ['ping'] } })).status,
      ).toBe(403);
    }
    expect((await fx.call('owner', 'DELETE', `${hooks}/ping`)).status).toBe(204);
    expect((await fx.call('owner', 'GET', `${hooks}/ping`)).status).toBe(404);
  });
});

/** A delivery as the worker claims it, to send directly. */
function claimedFor(url: string): Claimed {
  return { id: '1', attempt: 1, event: 'ping', body: '{}', eventId: 'e', url, secret: 'whsec_test' };
}

describe('webhook targets (no private targets allowed: the default)', () => {
  let strict: TestServer;
  beforeAll(async () => {
    // A second replica of the same API on the same database, without the allowance.
    strict = await startTestServer({
      testDb: { db: fx.db, destroy: async () => {} } as unknown as TestDb,
      app: { backgroundWorkers: [] },
    });
  }, 120_000);
  afterAll(async () => {
    await strict?.close();
  });

  async function strictCall(method: string, path: string, body?: unknown) {
    const res = await fetch(strict.url + path, {
      method,
      headers: {
        authorization: `Bearer ${fx.tokens.owner}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // Problem and webhook bodies alike, read loosely as fx.call's are.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, any> };
  }

  it('refuses a delivery to 127.0.0.1: one failed attempt with the reason, never retried', async () => {
    const r = await receiver([200]);
    await subscribe('loopback', r.url, ['flag.killed']);
    await killSwitch();
    const now = new Date(Date.now() + 1000);
    expect(await runDeliveries(fx.db, now)).toEqual(['failed']);
    // Nothing is due later: a refused target is a permanent failure, not a backoff.
    expect(await runDeliveries(fx.db, new Date(now.getTime() + 86_400_000))).toEqual([]);
    expect(r.received).toHaveLength(0);
    const [d] = (await fx.call('owner', 'GET', `${hooks}/loopback/deliveries`)).body.items;
    expect(d).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null });
    expect(d.lastError).toMatch(/^refused: 127\.0\.0\.1, loopback \(127\.0\.0\.0\/8\)/);
    expect(d.attemptLog).toHaveLength(1);
    expect(d.attemptLog[0].error).toBe(d.lastError);
  });

  it('refuses a host name that resolves to a private address, even one among public ones', async () => {
    const r = await receiver([200]);
    const port = new URL(r.url).port;
    const resolving = (...addresses: string[]) =>
      createHttpSend({
        allowPrivate: false,
        resolve: async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      });
    const now = new Date();
    const one = await resolving('10.0.0.7')(claimedFor(`http://hooks.example.test:${port}/h`), now);
    expect(one).toMatchObject({ statusCode: null, permanent: true });
    expect(one.error).toMatch(/hooks\.example\.test resolves to 10\.0\.0\.7, private \(10\.0\.0\.0\/8\)/);
    const mixed = await resolving('93.184.216.34', '127.0.0.1')(
      claimedFor(`http://mixed.example.test:${port}/`),
      now,
    );
    expect(mixed.error).toMatch(/resolves to 127\.0\.0\.1, loopback/);
    const mapped = await resolving('::ffff:169.254.169.254')(claimedFor('http://meta.example.test/'), now);
    expect(mapped.error).toMatch(/cloud metadata.*IPv4-mapped/);
    // The system resolver: localhost is loopback whichever family it answers.
    const local = await httpSend(claimedFor(`http://localhost:${port}/h`), now);
    expect(local).toMatchObject({ statusCode: null, permanent: true });
    expect(local.error).toMatch(/^refused: localhost resolves to .*loopback/);
    expect(r.received).toHaveLength(0);
  });

  it('refuses IPv4-mapped IPv6 loopback [::ffff:127.0.0.1] when delivering', async () => {
    const r = await receiver([200]);
    const port = new URL(r.url).port;
    const res = await httpSend(claimedFor(`http://[::ffff:127.0.0.1]:${port}/h`), new Date());
    expect(res).toMatchObject({ statusCode: null, permanent: true });
    expect(res.error).toMatch(/loopback.*IPv4-mapped/);
    expect(r.received).toHaveLength(0);
  });

  it('connects to the address it checked, not to a second DNS answer', async () => {
    const r = await receiver([204]);
    const port = new URL(r.url).port;
    let asked = 0;
    // `.test` names do not resolve through the system: only the checked answer can be what was reached.
    const pinned = createHttpSend({
      allowPrivate: true,
      resolve: async () => {
        asked++;
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    const res = await pinned(claimedFor(`http://rebind.example.test:${port}/h`), new Date());
    expect(res).toMatchObject({ statusCode: 204, error: null });
    expect(asked).toBe(1);
    expect(r.received).toHaveLength(1);
    expect(r.received[0]!.headers.host).toBe(`rebind.example.test:${port}`);
  });

  it('does not follow redirects', async () => {
    const target = await receiver([200]);
    const redirecting = http.createServer((_req, res) => res.writeHead(302, { location: target.url }).end());
    await new Promise<void>((ok) => redirecting.listen(0, '127.0.0.1', ok));
    servers.push(redirecting);
    const { port } = redirecting.address() as AddressInfo;
    const res = await send(claimedFor(`http://127.0.0.1:${port}/`), new Date());
    expect(res).toMatchObject({ statusCode: 302, error: null });
    expect(target.received).toHaveLength(0);
  });

  it('refuses a literal blocked IP or another scheme at create and update (422 webhook-target)', async () => {
    const metadata = await strictCall('POST', hooks, {
      key: 'metadata',
      url: 'http://169.254.169.254/latest/meta-data/',
      events: ['flag.changed'],
    });
    expect(metadata.status).toBe(422);
    expect(metadata.body.errors).toEqual([
      expect.objectContaining({
        path: 'url',
        rule: 'webhook-target',
        message: expect.stringMatching(/cloud metadata/),
      }),
    ]);
    for (const url of ['http://[::ffff:127.0.0.1]:9/', 'http://10.1.2.3/', 'http://[fe80::1]/']) {
      const res = await strictCall('POST', hooks, { key: 'private', url, events: ['flag.changed'] });
      expect(res.status, url).toBe(422);
      expect(res.body.errors[0].rule, url).toBe('webhook-target');
    }
    expect(
      (await strictCall('POST', hooks, { key: 'ftp', url: 'ftp://hooks.example.com/', events: ['ping'] }))
        .status,
    ).toBe(422);

    const ok = await strictCall('POST', hooks, {
      key: 'public',
      url: 'https://hooks.example.com/ff',
      events: ['ping'],
    });
    expect(ok.status).toBe(201);
    const moved = await fetch(`${strict.url}${hooks}/public`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${fx.tokens.owner}`,
        'content-type': 'application/json',
        'if-match': `"${ok.body.version}"`,
      },
      body: JSON.stringify({ url: 'http://[::ffff:7f00:1]/' }),
    });
    expect(moved.status).toBe(422);
    expect(((await moved.json()) as { errors: { rule: string }[] }).errors[0]!.rule).toBe('webhook-target');
    expect(await fx.db('webhooks').where({ key: 'metadata' }).first()).toBeUndefined();
  });

  it('refuses the test ping to a host name that resolves to loopback', async () => {
    const r = await receiver([200]);
    const url = `http://localhost:${new URL(r.url).port}/h`;
    expect((await strictCall('POST', hooks, { key: 'local', url, events: ['ping'] })).status).toBe(201);
    const ping = await strictCall('POST', `${hooks}/local/test`);
    expect(ping.status).toBe(200);
    expect(ping.body).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null });
    expect(ping.body.lastError).toMatch(/^refused: localhost resolves to .*loopback/);
    expect(r.received).toHaveLength(0);
  });
});
