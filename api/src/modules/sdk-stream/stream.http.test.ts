// GET /sdk/v1/stream on one process (PGlite or, with DATABASE_URL, one Postgres database): changes made
// through the management API reach open streams, resumes send only what was missed, heartbeats flow,
// the per-key limit holds, a revoked key's streams end at the next key check, and client keys get values.
//
// Nothing here waits for time to pass. "Nothing else arrived" is shown with a marker: a change made
// afterwards must be the next thing the stream sends. Timeouts only bound a failure.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { createKey, withKey } from '../sdk/test-helpers.ts';
import { openSse } from '../../../test/sse-client.ts';
import type { SseClient, SseMessage } from '../../../test/sse-client.ts';

const tunables = { FF_SSE_HEARTBEAT_MS: '150', FF_SSE_MAX_STREAMS_PER_KEY: '4' };
let fx: ApiFixture;
let server: string;
let client: string;
const open: SseClient[] = [];

beforeAll(async () => {
  Object.assign(process.env, tunables);
  fx = await startApiFixture();
  server = (await createKey(fx, 'staging', 'server')).secret;
  client = (await createKey(fx, 'staging', 'client')).secret;
}, 60_000);
afterAll(async () => {
  for (const s of open) s.close();
  await fx?.close();
  for (const k of Object.keys(tunables)) delete process.env[k];
});

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

async function stream(key: string, opts: { context?: unknown; lastEventId?: string } = {}) {
  const query = opts.context === undefined ? '' : `?context=${b64(opts.context)}`;
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (opts.lastEventId !== undefined) headers['last-event-id'] = opts.lastEventId;
  const s = await openSse(`${fx.url}/sdk/v1/stream${query}`, headers);
  open.push(s);
  return s;
}

// Events arrive in milliseconds; this only bounds how long a broken stream makes a test wait.
const within = 20_000;

const json = (e: SseMessage) => JSON.parse(e.data);
const isPatchOf = (kind: string, key: string) => (e: SseMessage) =>
  e.event === 'patch' && json(e).kind === kind && json(e).key === key;

async function envVersion(env: string): Promise<number> {
  const row = await fx
    .db('environments as e')
    .join('projects as p', 'p.id', 'e.project_id')
    .where({ 'p.organization_id': fx.organizationId, 'p.key': 'demo', 'e.key': env })
    .first('e.version');
  return Number(row.version);
}

async function turn(flag: string, env: string, on: boolean) {
  const res = await fx.call('owner', 'PATCH', `/api/v1/projects/demo/flags/${flag}/environments/${env}`, {
    body: { actions: [{ kind: on ? 'turnOn' : 'turnOff' }] },
  });
  expect(res.status).toBe(200);
}

async function members(change: unknown) {
  const res = await fx.call('owner', 'POST', '/api/v1/projects/demo/segments/beta-testers/members', {
    body: change,
  });
  expect(res.status).toBe(200);
}

describe('a server key stream', () => {
  it('starts with a put of the ruleset, unbuffered and uncached', async () => {
    const s = await stream(server);
    expect(s.status).toBe(200);
    expect(s.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(s.headers.get('cache-control')).toContain('no-cache');
    expect(s.headers.get('x-accel-buffering')).toBe('no');
    const put = await s.next();
    const version = await envVersion('staging');
    expect(put.event).toBe('put');
    expect(put.id).toBe(String(version));
    const ruleset = json(put);
    expect(ruleset.version).toBe(version);
    expect(Object.keys(ruleset.flags).sort()).toEqual([
      'banner-config',
      'checkout-flow',
      'max-cart-items',
      'new-checkout',
    ]);
    expect(ruleset.segments['beta-testers'].included).toContain('user-ada');
    s.close();
  });

  it('receives a change made through the management API as a patch, and only its own environment’s', async () => {
    const s = await stream(server);
    await s.next((e) => e.event === 'put');
    const mark = s.events.length;
    await turn('new-checkout', 'development', false);
    await turn('new-checkout', 'staging', true);
    const patch = await s.next(() => true, within, mark);
    const version = await envVersion('staging');
    expect(patch.event).toBe('patch');
    expect(patch.id).toBe(String(version));
    expect(json(patch)).toMatchObject({ version, kind: 'flag', key: 'new-checkout' });
    expect(json(patch).value).toMatchObject({ key: 'new-checkout', clientSide: true, config: { on: true } });
    expect(s.events).toHaveLength(mark + 1);
    s.close();
  });

  it('sends a delete for an archived flag, a patch when it is back, and segment patches', async () => {
    const s = await stream(server);
    await s.next((e) => e.event === 'put');
    let mark = s.events.length;
    expect((await fx.call('owner', 'POST', '/api/v1/projects/demo/flags/banner-config/archive')).status).toBe(
      200,
    );
    const del = await s.next(() => true, within, mark);
    expect(del.event).toBe('delete');
    expect(json(del)).toEqual({ version: await envVersion('staging'), kind: 'flag', key: 'banner-config' });

    mark = s.events.length;
    expect(
      (await fx.call('owner', 'POST', '/api/v1/projects/demo/flags/banner-config/unarchive')).status,
    ).toBe(200);
    expect(json(await s.next(isPatchOf('flag', 'banner-config'), within, mark)).value.key).toBe(
      'banner-config',
    );

    mark = s.events.length;
    await members({ add: { included: ['user-new'] } });
    const seg = await s.next(isPatchOf('segment', 'beta-testers'), within, mark);
    expect(json(seg).value.included).toContain('user-new');
    s.close();
  });

  it('resumes from Last-Event-ID with only the missed patches, and with a put when it cannot', async () => {
    const server = (await createKey(fx, 'staging', 'server')).secret;
    const first = await stream(server);
    const put = await first.next((e) => e.event === 'put');
    first.close();
    await turn('checkout-flow', 'staging', false);
    await turn('checkout-flow', 'staging', true);
    await members({ remove: { included: ['user-new'] } });
    const version = await envVersion('staging');

    const resumed = await stream(server, { lastEventId: put.id! });
    const seg = await resumed.next(isPatchOf('segment', 'beta-testers'));
    const flag = await resumed.next(isPatchOf('flag', 'checkout-flow'));
    expect(json(seg).value.included).not.toContain('user-new');
    expect(json(flag).value.config.on).toBe(true);
    // One patch per changed key, the id on the last one: the version the stream is now at.
    expect(resumed.events.map((e) => [e.event, e.id])).toEqual([
      ['patch', undefined],
      ['patch', String(version)],
    ]);
    // And nothing more: a change made now is the very next event.
    await members({ add: { included: ['user-marker-1'] } });
    const marker = await resumed.next(isPatchOf('segment', 'beta-testers'), within, 2);
    expect(resumed.events.indexOf(marker)).toBe(2);
    resumed.close();

    const now = await envVersion('staging');
    const current = await stream(server, { lastEventId: String(now) });
    const future = await stream(server, { lastEventId: String(now + 50) });
    const ancient = await stream(server, { lastEventId: '0' });
    for (const s of [future, ancient]) expect((await s.next()).event).toBe('put');
    // Up to date: it is sent nothing until the next change, which is then its first event.
    await members({ add: { included: ['user-marker-2'] } });
    const next = await current.next();
    expect(isPatchOf('segment', 'beta-testers')(next)).toBe(true);
    expect(json(next).version).toBe(now + 1);
    for (const s of [current, future, ancient]) s.close();
  });

  it('sends a heartbeat comment while nothing changes', async () => {
    const s = await stream((await createKey(fx, 'staging', 'server')).secret);
    await s.next();
    // FF_SSE_HEARTBEAT_MS is 150 here: pings keep coming while nothing changes.
    await s.waitFor(() => s.comments.filter((c) => c === 'ping').length >= 2);
    expect(s.events.map((e) => e.event)).toEqual(['put']);
    s.close();
  });
});

describe('limits and revocation', () => {
  it('refuses a key more streams than its limit with 429, and admits again once one closes', async () => {
    const { secret } = await createKey(fx, 'staging', 'server');
    const streams = [await stream(secret), await stream(secret), await stream(secret), await stream(secret)];
    for (const s of streams) expect(s.status).toBe(200);
    const refused = await withKey(fx, secret, 'GET', '/sdk/v1/stream');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    // Another key is not affected.
    const other = await stream(server);
    expect(other.status).toBe(200);
    streams[0]!.close();
    // The server learns of the close from its socket, a moment later: retry until it has.
    let again: SseClient | undefined;
    await vi.waitFor(
      async () => {
        again = await stream(secret);
        expect(again.status).toBe(200);
      },
      { timeout: within, interval: 20 },
    );
    for (const s of [...streams, other, again!]) s.close();
  });

  it('ends a revoked key’s streams at its next key check, and answers 401 when it reconnects', async () => {
    const key = await createKey(fx, 'staging', 'client');
    const streams = [await stream(key.secret), await stream(key.secret, { context: { key: 'u' } })];
    for (const s of streams) await s.next();
    const kept = await stream(client);
    await kept.next();
    const res = await fx.call(
      'owner',
      'DELETE',
      `/api/v1/projects/demo/environments/staging/sdk-keys/${key.id}`,
    );
    expect(res.status).toBe(204);
    // The hub checks the keys of open streams every FF_SSE_KEY_CHECK_MS (500 ms): that bounds how late
    // they end. Measuring it here would only measure how busy the machine is.
    await Promise.all(streams.map((s) => s.ended));
    const reconnect = await withKey(fx, key.secret, 'GET', '/sdk/v1/stream');
    expect(reconnect.status).toBe(401);
    // Another key's stream survived that check: it still receives what changes after it.
    await members({ add: { included: ['user-marker-3'] } });
    const version = await envVersion('staging');
    await kept.waitFor(() => kept.lastEventId === String(version)); // rejects if the stream ended
    kept.close();
  });
});

describe('a client key stream', () => {
  it('puts the client-side flags evaluated for its context, never rules or server-side flags', async () => {
    const s = await stream(client, { context: { key: 'user-grace', email: 'grace@example.org' } });
    const put = await s.next();
    expect(put.event).toBe('put');
    const body = json(put);
    expect(body.version).toBe(await envVersion('staging'));
    expect(Object.keys(body.flags).sort()).toEqual(['banner-config', 'checkout-flow', 'new-checkout']);
    // grace is a beta tester: the beta rule serves the sale banner.
    expect(body.flags['banner-config']).toMatchObject({ value: { show: true }, reason: 'TARGETING_MATCH' });
    expect(put.data).not.toContain('segmentMatch');
    s.close();
  });

  it('patches re-evaluated values, deletes a flag that stops being client-side, puts after a segment change', async () => {
    await turn('new-checkout', 'staging', false);
    const off = await envVersion('staging');
    const grace = await stream(client, { context: { key: 'user-grace' } });
    const nobody = await stream(client, { context: 'user-nobody-xyz' });
    // On Postgres the replica hears of the write through NOTIFY, which may come after the stream's put:
    // then the write arrives as a patch. Either way the stream ends up at that version, serving off.
    const first = json(await grace.next());
    const served =
      first.version >= off
        ? first.flags['new-checkout'].value
        : json(await grace.next(isPatchOf('flag', 'new-checkout'), within, 1)).value.value;
    expect(served).toBe(false);
    await nobody.next();
    await nobody.waitFor(() => Number(nobody.lastEventId) >= off);
    await grace.waitFor(() => Number(grace.lastEventId) >= off);

    let mark = grace.events.length;
    const nobodyMark = nobody.events.length;
    await turn('new-checkout', 'staging', true);
    const patch = await grace.next(isPatchOf('flag', 'new-checkout'), within, mark);
    expect(json(patch).value).toMatchObject({
      value: true,
      reason: 'TARGETING_MATCH',
      ruleId: 'beta-testers',
    });
    expect(json(await nobody.next(isPatchOf('flag', 'new-checkout'), within, nobodyMark)).value.reason).toBe(
      'SPLIT',
    );

    // A server-side flag's change sends client streams nothing but moves their Last-Event-ID on.
    mark = grace.events.length;
    await turn('max-cart-items', 'staging', false);
    const version = await envVersion('staging');
    await grace.waitFor(() => grace.lastEventId === String(version));
    expect(grace.events.length).toBe(mark);

    mark = grace.events.length;
    await members({ remove: { included: ['user-grace'] } });
    const put = await grace.next((e) => e.event === 'put', within, mark);
    expect(json(put).flags['banner-config'].value).toEqual({ show: false });

    mark = grace.events.length;
    const res = await fx.call('owner', 'PATCH', '/api/v1/projects/demo/flags/banner-config', {
      body: { clientSide: false },
    });
    expect(res.status).toBe(200);
    const del = await grace.next((e) => e.event === 'delete', within, mark);
    expect(json(del)).toEqual({ version: await envVersion('staging'), kind: 'flag', key: 'banner-config' });
    for (const s of [grace, nobody]) s.close();
  });

  it('refuses a context that is not base64url JSON of an object with 400', async () => {
    for (const context of ['%%%', Buffer.from('[1,2]').toString('base64url'), b64({ key: 7 })]) {
      const res = await withKey(fx, client, 'GET', `/sdk/v1/stream?context=${context}`);
      expect(res.status).toBe(400);
    }
  });
});
