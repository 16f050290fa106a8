// GET /api/v1/projects/{project}/changes against a listening server (PGlite, or Postgres with
// DATABASE_URL): one `change` event per audit entry of the project, in id order; `ready` after the
// replay; resumes by Last-Event-ID; nothing of another project or organization; writes that bump no
// environment (SDK keys) arrive by the poll; a revoked token's stream ends.
//
// "Nothing else arrived" is shown with a marker: a change made afterwards must be the next event.
// Timeouts only bound a failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture, Who } from '../../../test/api-fixture.ts';
import { openSse } from '../../../test/sse-client.ts';
import type { SseClient, SseMessage } from '../../../test/sse-client.ts';

const tunables = {
  FF_CHANGES_POLL_MS: '50',
  FF_CHANGES_TOKEN_CHECK_MS: '50',
  FF_SSE_HEARTBEAT_MS: '100',
  FF_CHANGES_REPLAY_LIMIT: '3',
};
let fx: ApiFixture;
const open: SseClient[] = [];

beforeAll(async () => {
  Object.assign(process.env, tunables);
  fx = await startApiFixture();
}, 60_000);
afterAll(async () => {
  for (const s of open) s.close();
  await fx?.close();
  for (const k of Object.keys(tunables)) delete process.env[k];
});

const within = 30_000;
const json = (e: SseMessage) => JSON.parse(e.data);

async function changes(who: Who | { token: string }, opts: { project?: string; lastEventId?: string } = {}) {
  const headers: Record<string, string> = {};
  const token = typeof who === 'string' ? (who === 'anonymous' ? undefined : fx.tokens[who]) : who.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (opts.lastEventId !== undefined) headers['last-event-id'] = opts.lastEventId;
  const s = await openSse(`${fx.url}/api/v1/projects/${opts.project ?? 'demo'}/changes`, headers);
  open.push(s);
  return s;
}

async function turn(flag: string, env: string, on: boolean, project = 'demo', who: Who = 'owner') {
  const res = await fx.call(who, 'PATCH', `/api/v1/projects/${project}/flags/${flag}/environments/${env}`, {
    body: { actions: [{ kind: on ? 'turnOn' : 'turnOff' }] },
  });
  expect(res.status).toBe(200);
  return res.body as { version: number };
}

async function newestAuditId(): Promise<string> {
  const res = await fx.call('owner', 'GET', '/api/v1/audit?limit=1');
  return res.body.items[0].id;
}

describe('the project change stream', () => {
  it('opens for any member, says ready with the newest entry id, and sends each write as it commits', async () => {
    const newest = await newestAuditId();
    const s = await changes('viewer');
    expect(s.status).toBe(200);
    expect(s.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const ready = await s.next((e) => e.event === 'ready', within);
    expect(ready.id).toBe(newest);
    expect(json(ready)).toEqual({ lastId: newest, replayed: 0, truncated: false });

    const mark = s.events.length;
    // The seed has new-checkout off in staging (a write that changes nothing records no entry).
    const before = await turn('new-checkout', 'staging', true);
    const after = await turn('new-checkout', 'staging', false);
    const first = await s.next(() => true, within, mark);
    const second = await s.next(() => true, within, mark + 1);
    expect(first.event).toBe('change');
    expect(json(first)).toMatchObject({
      action: 'flag_config.change',
      resourceType: 'flag_config',
      resource: 'projects/demo/flags/new-checkout/environments/staging',
      actor: { email: 'owner@demo.local' },
      versions: { after: before.version },
    });
    expect(json(second).versions).toEqual({ before: before.version, after: after.version });
    expect(second.id).toBe(json(second).id);
    expect(BigInt(second.id!)).toBeGreaterThan(BigInt(first.id!));
    // No before/after bodies on the stream: GET /api/v1/audit/{id} has them.
    expect(json(second)).not.toHaveProperty('after');
    const entry = await fx.call('viewer', 'GET', `/api/v1/audit/${second.id}`);
    expect(entry.body.after.on).toBe(false);
    s.close();
  });

  it('resumes after Last-Event-ID with exactly the entries missed, then ready', async () => {
    const last = await newestAuditId();
    await turn('new-checkout', 'development', false);
    await turn('new-checkout', 'development', true);
    const s = await changes('developer', { lastEventId: last });
    const ready = await s.next((e) => e.event === 'ready', within);
    const replayed = s.events.slice(0, s.events.indexOf(ready));
    expect(replayed.map((e) => e.event)).toEqual(['change', 'change']);
    expect(replayed.map((e) => json(e).resource)).toEqual([
      'projects/demo/flags/new-checkout/environments/development',
      'projects/demo/flags/new-checkout/environments/development',
    ]);
    expect(json(ready)).toEqual({ lastId: replayed[1]!.id, replayed: 2, truncated: false });
    s.close();
  });

  it('tells a client that missed more than the replay limit to re-read everything, sending none of it', async () => {
    const last = await newestAuditId();
    for (const on of [false, true, false, true]) await turn('new-checkout', 'development', on);
    const s = await changes('viewer', { lastEventId: last });
    const ready = await s.next((e) => e.event === 'ready', within);
    expect(s.events.indexOf(ready)).toBe(0);
    expect(json(ready)).toEqual({ lastId: await newestAuditId(), replayed: 0, truncated: true });
    s.close();
  });

  it('sends nothing about another project of the organization', async () => {
    const created = await fx.call('owner', 'POST', '/api/v1/projects', {
      body: { key: 'side', name: 'Side', environments: [{ key: 'dev', name: 'Dev' }] },
    });
    expect(created.status).toBe(201);
    const flag = await fx.call('owner', 'POST', '/api/v1/projects/side/flags', {
      body: { key: 'side-flag', name: 'Side flag', kind: 'boolean' },
    });
    expect(flag.status).toBe(201);
    const s = await changes('viewer');
    await s.next((e) => e.event === 'ready', within);
    const mark = s.events.length;
    await turn('side-flag', 'dev', true, 'side');
    await turn('new-checkout', 'staging', true);
    const next = await s.next(() => true, within, mark);
    expect(json(next).resource).toBe('projects/demo/flags/new-checkout/environments/staging');
    s.close();
  });

  it('keeps organizations apart: another organization’s project of the same key streams its own changes only', async () => {
    const s = await changes('otherOrg');
    await s.next((e) => e.event === 'ready', within);
    const mark = s.events.length;
    await turn('new-checkout', 'staging', false);
    const flag = await fx.call('otherOrg', 'POST', '/api/v1/projects/demo/flags', {
      body: { key: 'theirs', name: 'Theirs', kind: 'boolean' },
    });
    expect(flag.status).toBe(201);
    const next = await s.next(() => true, within, mark);
    expect(json(next)).toMatchObject({ action: 'flag.create', resource: 'projects/demo/flags/theirs' });
    expect(json(next).actor.email).toBe('owner@other.local');
    s.close();
  });

  it('delivers writes that bump no environment (an SDK key) through the poll', async () => {
    const s = await changes('viewer');
    await s.next((e) => e.event === 'ready', within);
    const mark = s.events.length;
    const key = await fx.call('owner', 'POST', '/api/v1/projects/demo/environments/staging/sdk-keys', {
      body: { kind: 'server', name: 'stream test' },
    });
    expect(key.status).toBe(201);
    const next = await s.next(() => true, within, mark);
    expect(json(next)).toMatchObject({ resourceType: 'sdk_key', action: 'sdk_key.create' });
    // The secret never travels on the stream.
    expect(next.data).not.toContain(key.body.key);
    s.close();
  });

  it('sends heartbeats', async () => {
    const s = await changes('viewer');
    await s.waitFor(() => s.comments.includes('ping'), within);
    s.close();
  });

  it('refuses without a token (401) and for an unknown project (404)', async () => {
    const anonymous = await changes('anonymous');
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body!).status).toBe(401);
    const unknown = await changes('viewer', { project: 'nope' });
    expect(unknown.status).toBe(404);
  });

  it('ends the stream of a token once it is revoked', async () => {
    const created = await fx.call('viewer', 'POST', '/api/v1/tokens', { body: { name: 'dash' } });
    expect(created.status).toBe(201);
    const s = await changes({ token: created.body.token });
    await s.next((e) => e.event === 'ready', within);
    const revoked = await fx.call('viewer', 'DELETE', `/api/v1/tokens/${created.body.id}`);
    expect(revoked.status).toBe(204);
    await s.ended;
    expect((await changes({ token: created.body.token })).status).toBe(401);
  });
});
