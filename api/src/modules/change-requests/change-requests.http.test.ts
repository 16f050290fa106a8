// Change requests and required comments, through the API: a developer's change to production with
// approvals on becomes a pending request with its diff; another member who may approve applies it
// atomically (409 if the configuration moved on), rejects it with a comment; authors cannot decide their
// own; undecided requests expire; the audit log shows both people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiFixture } from '../../../test/api-fixture.ts';
import type { ApiFixture } from '../../../test/api-fixture.ts';
import { findProject } from '../../http/scope.ts';
import { createChangeRequestService, REQUEST_TTL_MS } from './service.ts';

let fx: ApiFixture;
const requests = '/api/v1/projects/demo/change-requests';
const config = (flag: string, env: string) => `/api/v1/projects/demo/flags/${flag}/environments/${env}`;
const settings = (env: string) => `/api/v1/projects/demo/environments/${env}/approval-settings`;

beforeAll(async () => {
  fx = await startApiFixture({ app: { backgroundWorkers: [] } });
  for (const key of ['cr-one', 'cr-two', 'cr-three']) {
    await fx.call('owner', 'POST', '/api/v1/projects/demo/flags', {
      body: { key, name: key, kind: 'boolean' },
    });
  }
  const on = await fx.call('owner', 'PUT', settings('production'), {
    body: { requiresApproval: true, requiresComment: true },
  });
  expect(on.status).toBe(200);
}, 120_000);
afterAll(async () => {
  await fx?.close();
});

const propose = (who: 'developer' | 'admin' | 'projectAdmin', flag: string, comment?: string) =>
  fx.call(who, 'POST', requests, {
    body: { flag, environment: 'production', actions: [{ kind: 'turnOn' }], ...(comment ? { comment } : {}) },
  });

describe('change requests', () => {
  it('a developer proposes, a project admin approves, the change applies and the audit log shows both', async () => {
    expect((await fx.call('viewer', 'GET', settings('production'))).body).toEqual({
      requiresApproval: true,
      requiresComment: true,
    });
    expect(
      (
        await fx.call('developer', 'PATCH', config('cr-one', 'production'), {
          body: { actions: [{ kind: 'turnOn' }] },
        })
      ).status,
    ).toBe(403);
    const noComment = await propose('developer', 'cr-one');
    expect(noComment.status).toBe(422);
    expect(noComment.body.errors[0]).toMatchObject({ path: 'body.comment', rule: 'comment-required' });

    const created = await propose('developer', 'cr-one', 'launch for everyone');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      flag: 'cr-one',
      environment: 'production',
      status: 'pending',
      author: { email: 'dev@demo.local' },
      before: { on: false, version: 1 },
      after: { on: true },
      baseVersion: 1,
    });
    // Nothing applied yet.
    expect((await fx.call('viewer', 'GET', config('cr-one', 'production'))).body.on).toBe(false);
    expect((await fx.call('developer', 'POST', `${requests}/${created.body.id}/approve`)).status).toBe(403);

    const approved = await fx.call('projectAdmin', 'POST', `${requests}/${created.body.id}/approve`, {
      body: { comment: 'looks right' },
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'applied', decidedBy: { email: 'pa@demo.local' } });
    expect((await fx.call('viewer', 'GET', config('cr-one', 'production'))).body).toMatchObject({
      on: true,
      version: 2,
    });

    const audit = await fx
      .db('audit_log')
      .whereIn('resource_key', [
        `projects/demo/change-requests/${created.body.id}`,
        'projects/demo/flags/cr-one/environments/production',
      ])
      .orderBy('id');
    expect(audit.map((e) => [e.action, e.actor_email])).toEqual([
      ['change_request.create', 'dev@demo.local'],
      ['flag_config.change', 'pa@demo.local'],
    ]);
    expect(audit[1].comment).toBe(
      `change request ${created.body.id} by dev@demo.local: launch for everyone (approved: looks right)`,
    );
    expect((await fx.call('projectAdmin', 'POST', `${requests}/${created.body.id}/approve`)).status).toBe(
      409,
    );
  });

  it('refuses to approve when the configuration moved on, and the author cannot decide their own', async () => {
    const created = await propose('developer', 'cr-two', 'on please');
    const direct = await fx.call('admin', 'PATCH', config('cr-two', 'production'), {
      body: { actions: [{ kind: 'setOffVariation', variation: 0 }], comment: 'hotfix' },
    });
    expect(direct.status).toBe(200);
    const late = await fx.call('projectAdmin', 'POST', `${requests}/${created.body.id}/approve`);
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/changed since this request was made \(version 1 → 2\)/);
    expect((await fx.call('viewer', 'GET', config('cr-two', 'production'))).body.on).toBe(false);

    const own = await propose('admin', 'cr-two', 'mine');
    expect((await fx.call('admin', 'POST', `${requests}/${own.body.id}/approve`)).status).toBe(403);
    // Direct writes need a comment there, even from an admin.
    const bare = await fx.call('admin', 'PATCH', config('cr-two', 'production'), {
      body: { actions: [{ kind: 'turnOn' }] },
    });
    expect(bare.status).toBe(422);
  });

  it('rejects with a comment only, and lists by status', async () => {
    const created = await propose('developer', 'cr-three', 'try it');
    expect((await fx.call('projectAdmin', 'POST', `${requests}/${created.body.id}/reject`)).status).toBe(422);
    const rejected = await fx.call('projectAdmin', 'POST', `${requests}/${created.body.id}/reject`, {
      body: { comment: 'not before the sale' },
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionComment: 'not before the sale' });
    const list = await fx.call('viewer', 'GET', `${requests}?status=rejected`);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(created.body.id);
    expect((await fx.call('viewer', 'GET', config('cr-three', 'production'))).body.on).toBe(false);
  });

  it('expires a request nobody decided', async () => {
    const created = await propose('developer', 'cr-three', 'later');
    const project = await findProject(fx.db, fx.organizationId, 'demo');
    const later = createChangeRequestService(fx.db, () => new Date(Date.now() + REQUEST_TTL_MS + 1000));
    expect((await later.get(project, created.body.id)).status).toBe('expired');
    const principal = { role: 'admin', adminProjects: new Set(), userId: null } as never;
    const actor = {
      organizationId: fx.organizationId,
      userId: null,
      email: null,
      tokenId: null,
      tokenName: 't',
      requestId: null,
      source: { ip: null, userAgent: null },
    };
    await expect(
      later.decide(principal, actor, project, created.body.id, 'approve', undefined),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('gates an unprotected environment too: with approvals on, a developer cannot write it directly', async () => {
    await fx.call('owner', 'PUT', settings('staging'), {
      body: { requiresApproval: true, requiresComment: false },
    });
    const res = await fx.call('developer', 'PATCH', config('cr-three', 'staging'), {
      body: { actions: [{ kind: 'turnOn' }] },
    });
    expect(res.status).toBe(403);
    expect(res.body.detail).toMatch(/staging requires approval/);
    await fx.call('owner', 'PUT', settings('staging'), {
      body: { requiresApproval: false, requiresComment: false },
    });
    expect(
      (
        await fx.call('developer', 'PATCH', config('cr-three', 'staging'), {
          body: { actions: [{ kind: 'turnOn' }] },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await fx.call('developer', 'PUT', settings('staging'), {
          body: { requiresApproval: false, requiresComment: false },
        })
      ).status,
    ).toBe(403);
  });
});
