// Webhooks end to end with real HTTP receivers: the outbox written with the change, retries until a
// receiver that fails three times succeeds (exactly one success), a replica that dies mid-delivery and a
// second one that completes it, giving up and redelivering, signatures checked by the documented
// verification, Slack's format, the test ping, and who may manage webhooks. The delivery worker's
// passes are driven with an injected `now`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { backoffMs, claimDeliveries, httpSend, LEASE_MS, MAX_ATTEMPTS, runDeliveries } from './delivery.ts';
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
let fx: ApiFixture;
let flagCount = 0;

beforeAll(async () => {
  fx = await startApiFixture({ app: { backgroundWorkers: [] } });
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
  for (let i = 0; i < 20 && (await runDeliveries(fx.db, now)).length > 0; i++);
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
      expect(await runDeliveries(fx.db, now)).toEqual([attempt < 4 ? 'pending' : 'delivered']);
      // Not due again before its backoff.
      expect(await runDeliveries(fx.db, new Date(now.getTime() + backoffMs(attempt) - 1000))).toEqual([]);
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
    await httpSend(claimed[0]!, now);
    // Replica B: nothing while A's lease holds…
    expect(await runDeliveries(fx.db, new Date(now.getTime() + 1000))).toEqual([]);
    // …then all three, once it has run out.
    expect(await runDeliveries(fx.db, new Date(now.getTime() + LEASE_MS))).toEqual([
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
    expect(await runDeliveries(fx.db, new Date(now.getTime() + 2 * LEASE_MS))).toEqual([]);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts; a redelivery sends the same event again`, async () => {
    const statuses = Array.from({ length: MAX_ATTEMPTS }, () => 500);
    const r = await receiver([...statuses, 200]);
    await subscribe('down', r.url, ['flag.killed']);
    await killSwitch();
    let now = new Date(Date.now() + 1000);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await runDeliveries(fx.db, now);
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
