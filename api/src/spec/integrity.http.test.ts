// Integrity of writes across the whole API: every mutating operation of openapi.yaml, done once for
// real, writes exactly one audit entry; and concurrent semantic changes to one flag lose nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.ts';
import type { OperationSpec } from '../generated/operations.ts';
import { startApiFixture } from '../../test/api-fixture.ts';
import type { ApiFixture, CallOptions, Response, Who } from '../../test/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx.close());

async function auditCount(): Promise<number> {
  const [row] = await fx.db('audit_log').count({ count: '*' });
  return Number(row?.count);
}

const exercised = new Set<string>();

/** Performs one successful request and checks that it wrote exactly one audit entry. */
async function once<T = unknown>(
  method: string,
  path: string,
  opts: CallOptions = {},
  who: Who = 'owner',
): Promise<Response<T>> {
  const before = await auditCount();
  const res = await fx.call<T>(who, method, path, opts);
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  expect(await auditCount(), `${method} ${path} must write exactly one audit entry`).toBe(before + 1);
  if (res.operationId) exercised.add(res.operationId);
  return res;
}

async function etag(path: string): Promise<string> {
  return (await fx.call('owner', 'GET', path)).headers.get('etag')!;
}

describe('audit completeness', () => {
  it('every mutating operation writes exactly one audit entry', async () => {
    const p = '/api/v1/projects/audit';
    await once('POST', '/api/v1/projects', {
      body: {
        key: 'audit',
        name: 'Audit',
        environments: [
          { key: 'dev', name: 'Dev' },
          { key: 'prod', name: 'Prod', protected: true },
        ],
      },
    });
    await once('PATCH', p, { body: { name: 'Audit project' } });
    await once('POST', `${p}/environments`, { body: { key: 'qa', name: 'QA' } });
    await once('PATCH', `${p}/environments/qa`, { body: { color: '#112233' } });
    await once('POST', `${p}/environments/qa/clone`, { body: { key: 'qa-copy', name: 'QA copy' } });

    const key = await once<{ id: string }>('POST', `${p}/environments/dev/sdk-keys`, {
      body: { kind: 'server' },
    });
    const rotated = await once<{ id: string }>(
      'POST',
      `${p}/environments/dev/sdk-keys/${key.body.id}/rotate`,
      {
        body: { overlapSeconds: 60 },
      },
    );
    await once('DELETE', `${p}/environments/dev/sdk-keys/${rotated.body.id}`);

    const f = `${p}/flags/checkout`;
    await once('POST', `${p}/flags`, { body: { key: 'checkout', name: 'Checkout', kind: 'boolean' } });
    await once('PATCH', f, { body: { description: 'The new checkout' } });
    await once('PUT', `${f}/environments/dev`, {
      body: { on: true, offVariation: 1, fallthrough: { variation: 0 } },
      headers: { 'if-match': await etag(`${f}/environments/dev`) },
    });
    await once('PATCH', `${f}/environments/dev`, {
      body: { actions: [{ kind: 'addTargets', variation: 0, values: ['u1'] }] },
    });
    await once('POST', `${f}/copy`, { body: { from: 'dev', to: 'qa' } });
    await once('POST', `${f}/archive`);
    await once('POST', `${f}/unarchive`);
    await once('POST', `${f}/archive`);
    await once('DELETE', f);

    const s = `${p}/segments/beta`;
    await once('POST', `${p}/segments`, { body: { key: 'beta', name: 'Beta' } });
    await once('PATCH', s, { body: { description: 'Early adopters' } });
    await once('POST', `${s}/members`, { body: { add: { included: ['a', 'b'] } } });
    await once('POST', `${s}/members/import`, {
      rawBody: 'key\nc\nd\n',
      headers: { 'content-type': 'text/csv' },
    });
    await once('DELETE', s);
    await once('DELETE', `${p}/environments/qa-copy`);

    const token = await once<{ id: string }>('POST', '/api/v1/tokens', { body: { name: 'ci' } });
    await once('DELETE', `/api/v1/tokens/${token.body.id}`);

    const invite = await once<{ id: string; inviteCode: string }>('POST', '/api/v1/members', {
      body: { email: 'new.hire@demo.local', role: 'developer' },
    });
    const password = 'correct horse battery staple';
    await once(
      'POST',
      '/api/v1/auth/accept-invite',
      { body: { inviteCode: invite.body.inviteCode, password } },
      'anonymous',
    );
    await once(
      'POST',
      '/api/v1/auth/login',
      { body: { email: 'new.hire@demo.local', password } },
      'anonymous',
    );
    await once('PATCH', `/api/v1/members/${invite.body.id}`, { body: { role: 'viewer' } });
    await once('DELETE', `/api/v1/members/${invite.body.id}`);

    const rename = await fx
      .db('audit_log')
      .where({ action: 'project.update' })
      .orderBy('id', 'desc')
      .first('id');
    await once('POST', `/api/v1/audit/${rename.id}/revert`, { body: { force: true } });
    await once('DELETE', p, { headers: { 'if-match': await etag(p) } });

    // The second wave's writes, in the demo project (the audit project is gone).
    const d = '/api/v1/projects/demo';
    const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const schedule = await once<{ id: string }>(
      'POST',
      `${d}/flags/new-checkout/environments/staging/schedules`,
      { body: { steps: [{ at: future(7), actions: [{ kind: 'turnOn' }] }] } },
    );
    await once('POST', `${d}/schedules/${schedule.body.id}/pause`, { body: {} });

    const w = `${d}/webhooks/audit-hook`;
    await once('POST', `${d}/webhooks`, {
      body: {
        key: 'audit-hook',
        url: 'https://hooks.example.com/ff',
        events: ['flag.changed'],
        format: 'json',
      },
    });
    await once('PATCH', w, { body: { enabled: false } });
    const ping = await once<{ id: string }>('POST', `${w}/test`);
    await once('POST', `${w}/deliveries/${ping.body.id}/redeliver`);
    await once('DELETE', w);

    await once('PUT', `${d}/environments/production/approval-settings`, {
      body: { requiresApproval: true, requiresComment: false },
    });
    const request = await once<{ id: string }>(
      'POST',
      `${d}/change-requests`,
      { body: { flag: 'banner-config', environment: 'production', actions: [{ kind: 'turnOn' }] } },
      'developer',
    );
    await once('POST', `${d}/change-requests/${request.body.id}/reject`, { body: { comment: 'not now' } });

    await once('POST', `${d}/metrics`, { body: { key: 'audit-conv', kind: 'binomial', event: 'purchase' } });
    await once('PATCH', `${d}/metrics/audit-conv`, { body: { name: 'Audit conversion' } });
    await once('POST', `${d}/experiments`, {
      body: {
        key: 'audit-exp',
        environment: 'staging',
        variants: [
          { key: 'control', weight: 1 },
          { key: 'treatment', weight: 1 },
        ],
      },
    });
    await once('PATCH', `${d}/experiments/audit-exp`, { body: { hypothesis: 'Treatment converts more' } });
    await once('POST', `${d}/experiments/audit-exp/transitions`, { body: { action: 'launch' } });

    await once('PUT', `${d}/insights/settings`, {
      body: { staleAfterDays: 45, hourlyRetentionDays: 31, dailyRetentionDays: 400 },
    });
    await once('PUT', `${d}/code-references/web`, {
      body: {
        branch: 'main',
        commit: 'a1b2c3d4',
        flags: [{ key: 'new-checkout', references: 1, locations: [] }],
      },
    });
    await once('DELETE', `${d}/code-references/web`);

    // Management writes. SDK routes (sdk:* permissions: evaluations, OFREP, event intake) change no
    // configuration and are not audited.
    const mutating = (Object.values(operations) as OperationSpec[])
      .filter((op) => op.method !== 'get' && !op.permission.startsWith('sdk'))
      .map((op) => op.operationId);
    expect(mutating.filter((id) => !exercised.has(id))).toEqual([]);
  }, 120_000); // some forty writes one after another: seconds on a busy machine

  it('a refused write leaves no audit entry', async () => {
    const before = await auditCount();
    const res = await fx.call(
      'developer',
      'PATCH',
      '/api/v1/projects/demo/flags/new-checkout/environments/production',
      {
        body: { actions: [{ kind: 'turnOn' }] },
      },
    );
    expect(res.status).toBe(403);
    const stale = await fx.call(
      'owner',
      'PATCH',
      '/api/v1/projects/demo/flags/new-checkout/environments/staging',
      {
        body: { actions: [{ kind: 'turnOn' }] },
        headers: { 'if-match': '"999"' },
      },
    );
    expect(stale.status).toBe(412);
    expect(await auditCount()).toBe(before);
  });
});

describe('concurrent semantic changes', () => {
  // 100 writes in flight at once are ten times the connection pool (and all queue for PGlite's one):
  // every write contends for the same row, which is the property. More writes prove nothing more and
  // only make the test a measure of the machine's speed; hence the generous time limit too.
  it('100 changes from two clients at one flag: none lost, versions rise by exactly one each', async () => {
    const path = '/api/v1/projects/demo/flags/max-cart-items/environments/staging';
    const start = (await fx.call<{ version: number }>('owner', 'GET', path)).body.version;
    const n = 100;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        fx.call<{ version: number }>(i % 2 === 0 ? 'owner' : 'admin', 'PATCH', path, {
          body: { actions: [{ kind: 'addTargets', variation: 0, values: [`racer-${i}`] }] },
        }),
      ),
    );
    expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    // Each write saw its own version: start+1 … start+n, each exactly once.
    const versions = results.map((r) => r.body.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: n }, (_, i) => start + 1 + i));

    const final = await fx.call<{ version: number; targets: { variation: number; values: string[] }[] }>(
      'owner',
      'GET',
      path,
    );
    expect(final.body.version).toBe(start + n);
    const targeted = new Set(final.body.targets.flatMap((t) => t.values));
    expect(Array.from({ length: n }, (_, i) => `racer-${i}`).filter((k) => !targeted.has(k))).toEqual([]);
    const entries = await fx
      .db('audit_log')
      .where({ resource_key: 'projects/demo/flags/max-cart-items/environments/staging' })
      .count({ count: '*' });
    expect(Number(entries[0]!.count)).toBe(n);
  }, 120_000);
});
