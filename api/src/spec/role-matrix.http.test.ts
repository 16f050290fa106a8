// Walks every operation of openapi.yaml for every role and checks the route's permission: allowed
// (anything but 401/403), denied (403), or for another organization, not found (404, never 403).
// Requests are shaped so that an allowed write still changes nothing: a stale If-Match (412), an
// invalid body (422) or an unknown id (404) stops it after the permission check. The second part,
// writes that change a protected environment without naming it, does write, each in a world of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRuleset } from '@ff/engine';
import { operations } from '../generated/operations.ts';
import type { OperationId, OperationSpec, Permission } from '../generated/operations.ts';
import { validators } from '../generated/validators.js';
import { loadRuleset } from '../modules/sdk/store.ts';
import { startApiFixture } from '../../test/api-fixture.ts';
import type { ApiFixture, Who } from '../../test/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(() => fx.close());

const unknownId = '00000000-0000-4000-8000-000000000000';

function pathFor(op: OperationSpec, env: string): string {
  const values: Record<string, string> = {
    project: 'demo',
    env,
    flag: 'new-checkout',
    segment: 'beta-testers',
    keyId: unknownId,
    tokenId: unknownId,
    memberId: unknownId,
    entryId: '999999999',
    schedule: unknownId,
    transition: 'pause',
    changeRequest: unknownId,
    decision: 'approve',
    webhook: 'no-such-hook',
    delivery: '999999999',
  };
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);
  return op.operationId === 'compareEnvironments' ? `${path}?with=staging` : path;
}

function requestFor(op: OperationSpec) {
  const headers: Record<string, string> = {};
  // Every operation that declares If-Match (its only header parameter) gets a version no resource has.
  if (validators[op.operationId as OperationId].headers !== undefined) {
    headers['if-match'] = '"999999"';
  }
  if (op.requestContentType === 'text/csv') {
    headers['content-type'] = 'text/csv';
    return { headers, rawBody: `key\n${'x'.repeat(600)}\n` }; // an over-long key: 422, nothing stored
  }
  if (op.requestContentType === 'application/json') return { headers, body: {} };
  return { headers };
}

type Role = Exclude<Who, 'otherOrg' | 'anonymous'>;
const roles: Role[] = ['owner', 'admin', 'projectAdmin', 'developer', 'viewer'];

/** The permission table of openapi.yaml, for the demo project (which projectAdmin administers). */
function allowed(role: Role, permission: Permission, protectedEnv: boolean): boolean {
  const orgAdmin = role === 'owner' || role === 'admin';
  const projectAdmin = orgAdmin || role === 'projectAdmin';
  switch (permission) {
    case 'public':
    case 'self':
    case 'read':
      return true;
    case 'flags:write':
      return protectedEnv ? projectAdmin : projectAdmin || role === 'developer';
    case 'project:admin':
      return projectAdmin;
    case 'org:admin':
      return orgAdmin;
    case 'sdk:server':
    case 'sdk:client':
    case 'sdk:any':
      return false; // SDK keys, not roles (modules/sdk tests cover them)
  }
}

// SDK routes take SDK keys, not role tokens: their key kinds are tested with the SDK module.
const roleRoutes = (Object.values(operations) as OperationSpec[]).filter(
  (op) => !op.permission.startsWith('sdk:'),
);
const cases = roleRoutes.flatMap((op) =>
  op.pathParams.includes('env')
    ? [
        { op, env: 'staging', protectedEnv: false },
        { op, env: 'production', protectedEnv: true },
      ]
    : [{ op, env: 'staging', protectedEnv: false }],
);

describe('role matrix: every operation × every role', () => {
  it.each(cases.map((c) => [`${c.op.method.toUpperCase()} ${c.op.path} (${c.env})`, c] as const))(
    '%s',
    async (_, { op, env, protectedEnv }) => {
      const path = pathFor(op, env);
      const req = requestFor(op);
      const outcomes: Record<string, number> = {};
      for (const role of roles) outcomes[role] = (await fx.call(role, op.method, path, req)).status;
      const expected = Object.fromEntries(
        roles.map((role) => [role, allowed(role, op.permission, protectedEnv) ? 'allowed' : 'denied']),
      );
      const actual = Object.fromEntries(
        roles.map((role) => [
          role,
          outcomes[role] === 403 ? 'denied' : outcomes[role] === 401 ? 'unauthenticated' : 'allowed',
        ]),
      );
      expect(actual, JSON.stringify(outcomes)).toEqual(expected);
      // Nothing the matrix sends may succeed as a write: it would leave the next case a different world.
      for (const role of roles)
        if (op.method !== 'get') expect(outcomes[role], role).toBeGreaterThanOrEqual(400);

      const anonymous = await fx.call('anonymous', op.method, path, req);
      if (op.public) expect(anonymous.status).not.toBe(401);
      else expect(anonymous.status).toBe(401);

      // Another organization never learns that the first one's resources exist.
      const other = await fx.call('otherOrg', op.method, path, req);
      expect(other.status).not.toBe(403);
      if (['env', 'flag', 'segment'].some((p) => op.pathParams.includes(p))) expect(other.status).toBe(404);
    },
  );
});

// The matrix above judges each route by the environment its path names. These writes name none, yet
// change what a protected environment (production) serves: a flag's variations, its lifecycle, a
// segment that production's rules consult, a revert of any of those. Each case builds its own flag and
// segments (the owner does), then every role tries the write on its own copy: a developer is refused
// with a 403 naming production and production serves what it served before; project admins, admins and
// owners succeed. The writes below them reach no protected environment and stay open to developers.
describe('writes that reach a protected environment without naming it', () => {
  const base = '/api/v1/projects/demo';
  let productionId: string;
  beforeAll(async () => {
    const row = await fx
      .db('environments as e')
      .join('projects as p', 'p.id', 'e.project_id')
      .where({ 'p.organization_id': fx.organizationId, 'p.key': 'demo', 'e.key': 'production' })
      .first('e.id');
    productionId = row.id;
  });

  const ok = (res: { status: number; body: unknown }, status = 200) =>
    expect(res.status, JSON.stringify(res.body)).toBe(status);

  /** A string flag with variations A, B, C; new flags are off everywhere, serving C. */
  async function createFlag(key: string, extra: Record<string, unknown> = {}) {
    ok(
      await fx.call('owner', 'POST', `${base}/flags`, {
        body: {
          key,
          name: key,
          kind: 'string',
          variations: [
            { name: 'a', value: 'A' },
            { name: 'b', value: 'B' },
            { name: 'c', value: 'C' },
          ],
          ...extra,
        },
      }),
      201,
    );
  }

  async function configure(flag: string, env: string, config: Record<string, unknown>) {
    const path = `${base}/flags/${flag}/environments/${env}`;
    const current = await fx.call('owner', 'GET', path);
    ok(current);
    ok(
      await fx.call('owner', 'PUT', path, {
        body: config,
        headers: { 'if-match': current.headers.get('etag')! },
      }),
    );
  }

  async function createSegment(key: string, body: Record<string, unknown> = {}) {
    ok(await fx.call('owner', 'POST', `${base}/segments`, { body: { key, name: key, ...body } }), 201);
  }

  const segmentRule = (segment: string, variation: number) => ({
    id: `in-${segment}`,
    clauses: [{ attribute: 'key', op: 'segmentMatch', values: [segment] }],
    serve: { variation },
  });

  /** Flag `flag` on in `env`: members of `segment` get A, everyone else B. */
  const servesBySegment = (flag: string, env: string, segment: string) =>
    configure(flag, env, {
      on: true,
      offVariation: 2,
      rules: [segmentRule(segment, 0)],
      fallthrough: { variation: 1 },
    });

  const archive = (flag: string) =>
    fx.call('owner', 'POST', `${base}/flags/${flag}/archive`).then((r) => ok(r));

  /** The latest audit entry of `action` on `resource`. */
  async function entry(resource: string, action: string): Promise<string> {
    const res = await fx.call('owner', 'GET', `/api/v1/audit?resource=${resource}&action=${action}`);
    ok(res);
    return res.body.items[0].id;
  }

  /**
   * What production serves for `flag` to context key `user`, the value or the error code: its ruleset as
   * SDKs load it, read from the database (so no wait for the change to reach a cache), evaluated.
   */
  async function production(flag: string, user = 'user-1'): Promise<unknown> {
    const ruleset = await loadRuleset(fx.db, productionId);
    const result = compileRuleset(ruleset!).evaluate(flag, { key: user }, null);
    return result.reason === 'ERROR' ? result.errorCode : result.value;
  }

  interface Write {
    method: string;
    path: string;
    opts?: { body?: unknown; rawBody?: string; headers?: Record<string, string> };
    /** The flag whose production value the write would change, and for which context key. */
    watch?: { flag: string; user?: string };
  }
  /** Builds a world for the key prefix `k` (as the owner) and returns the write to try in it. */
  type Case = [name: string, setup: (k: string) => Promise<Write>];

  const patchFlag = (flag: string, body: unknown): Write => ({
    method: 'PATCH',
    path: `${base}/flags/${flag}`,
    opts: { body },
    watch: { flag },
  });
  const csv = (keys: string[]) => ({
    rawBody: `key\n${keys.join('\n')}\n`,
    headers: { 'content-type': 'text/csv' },
  });

  const reaching: Case[] = [
    [
      'PATCH flag: the value of the off variation production serves',
      async (k) => {
        await createFlag(k);
        return patchFlag(k, {
          variations: [
            { name: 'a', value: 'A' },
            { name: 'b', value: 'B' },
            { name: 'c', value: 'CHANGED-BY-DEVELOPER' },
          ],
        });
      },
    ],
    [
      'PATCH flag: the value of the variation production’s fallthrough serves',
      async (k) => {
        await createFlag(k);
        await configure(k, 'production', { on: true, offVariation: 2, fallthrough: { variation: 1 } });
        return patchFlag(k, {
          variations: [
            { name: 'a', value: 'A' },
            { name: 'b', value: 'CHANGED' },
            { name: 'c', value: 'C' },
          ],
        });
      },
    ],
    [
      'PATCH flag: the name (OpenFeature variant) of a variation production serves',
      async (k) => {
        await createFlag(k);
        return {
          ...patchFlag(k, {
            variations: [
              { name: 'a', value: 'A' },
              { name: 'b', value: 'B' },
              { name: 'renamed', value: 'C' },
            ],
          }),
          watch: undefined,
        };
      },
    ],
    [
      'PATCH flag: clientSide',
      async (k) => ({ ...(await createFlag(k), patchFlag(k, { clientSide: true })), watch: undefined }),
    ],
    [
      'archive a flag',
      async (k) => {
        await createFlag(k);
        return { method: 'POST', path: `${base}/flags/${k}/archive`, watch: { flag: k } };
      },
    ],
    [
      'unarchive a flag',
      async (k) => {
        await createFlag(k);
        await archive(k);
        return { method: 'POST', path: `${base}/flags/${k}/unarchive`, watch: { flag: k } };
      },
    ],
    [
      'delete an archived flag (its production configuration goes with it)',
      async (k) => {
        await createFlag(k);
        await archive(k);
        return { method: 'DELETE', path: `${base}/flags/${k}` };
      },
    ],
    [
      'PATCH segment rules: a segment production’s rules name',
      async (k) => {
        await createSegment(`${k}-s`);
        await createFlag(k);
        await servesBySegment(k, 'production', `${k}-s`);
        return {
          method: 'PATCH',
          path: `${base}/segments/${k}-s`,
          opts: { body: { rules: [{ clauses: [{ attribute: 'key', op: 'in', values: ['user-1'] }] }] } },
          watch: { flag: k },
        };
      },
    ],
    [
      'PATCH segment rules: a segment production reaches through another segment',
      async (k) => {
        await createSegment(`${k}-inner`);
        await createSegment(`${k}-outer`, {
          rules: [{ clauses: [{ attribute: 'key', op: 'segmentMatch', values: [`${k}-inner`] }] }],
        });
        await createFlag(k);
        await servesBySegment(k, 'production', `${k}-outer`);
        return {
          method: 'PATCH',
          path: `${base}/segments/${k}-inner`,
          opts: { body: { rules: [{ clauses: [{ attribute: 'key', op: 'in', values: ['user-1'] }] }] } },
          watch: { flag: k },
        };
      },
    ],
    [
      'POST segment members: a segment production’s rules name',
      async (k) => {
        await createSegment(`${k}-s`);
        await createFlag(k);
        await servesBySegment(k, 'production', `${k}-s`);
        return {
          method: 'POST',
          path: `${base}/segments/${k}-s/members`,
          opts: { body: { add: { included: ['user-1'] } } },
          watch: { flag: k },
        };
      },
    ],
    [
      'import segment members (CSV): a segment production’s rules name',
      async (k) => {
        await createSegment(`${k}-s`);
        await createFlag(k);
        await servesBySegment(k, 'production', `${k}-s`);
        return {
          method: 'POST',
          path: `${base}/segments/${k}-s/members/import`,
          opts: csv(['user-1']),
          watch: { flag: k },
        };
      },
    ],
    [
      'DELETE segment with force: production’s rules name it',
      async (k) => {
        await createSegment(`${k}-s`, { included: ['user-1'] });
        await createFlag(k);
        await servesBySegment(k, 'production', `${k}-s`);
        return { method: 'DELETE', path: `${base}/segments/${k}-s?force=true`, watch: { flag: k } };
      },
    ],
    [
      'DELETE segment with force: only a configuration that is off in production names it (the delete rewrites it)',
      async (k) => {
        await createSegment(`${k}-s`);
        await createFlag(k);
        await configure(k, 'production', {
          on: false,
          offVariation: 2,
          rules: [segmentRule(`${k}-s`, 0)],
          fallthrough: { variation: 1 },
        });
        // Nothing production serves changes (the flag is off there), but its configuration is rewritten.
        return { method: 'DELETE', path: `${base}/segments/${k}-s?force=true` };
      },
    ],
    [
      'create a segment that a production rule already names (a reference left by a concurrent delete)',
      async (k) => {
        await createSegment(`${k}-s`, { included: ['user-1'] });
        await createFlag(k);
        await servesBySegment(k, 'production', `${k}-s`);
        // What segments/README.md describes: a configuration written while its segment is deleted keeps
        // naming it. Deleting the row underneath does the same here.
        await fx
          .db('segments')
          .where({ key: `${k}-s` })
          .delete();
        return {
          method: 'POST',
          path: `${base}/segments`,
          opts: { body: { key: `${k}-s`, name: 'again', included: ['user-1'] } },
          watch: { flag: k },
        };
      },
    ],
    [
      'revert a change of the variations production serves',
      async (k) => {
        await createFlag(k);
        ok(
          await fx.call('owner', 'PATCH', `${base}/flags/${k}`, {
            body: {
              variations: [
                { name: 'a', value: 'A' },
                { name: 'b', value: 'B' },
                { name: 'c', value: 'C2' },
              ],
            },
          }),
        );
        const id = await entry(`projects/demo/flags/${k}`, 'flag.update');
        return { method: 'POST', path: `/api/v1/audit/${id}/revert`, opts: { body: {} }, watch: { flag: k } };
      },
    ],
    [
      'revert an archive',
      async (k) => {
        await createFlag(k);
        await archive(k);
        const id = await entry(`projects/demo/flags/${k}`, 'flag.archive');
        return { method: 'POST', path: `/api/v1/audit/${id}/revert`, opts: { body: {} }, watch: { flag: k } };
      },
    ],
    [
      'revert a flag’s creation (deletes it)',
      async (k) => {
        await createFlag(k);
        const id = await entry(`projects/demo/flags/${k}`, 'flag.create');
        return { method: 'POST', path: `/api/v1/audit/${id}/revert`, opts: { body: {} }, watch: { flag: k } };
      },
    ],
    [
      'revert a rules change of a segment production’s rules name',
      async (k) => {
        await createSegment(`${k}-s`, {
          rules: [{ clauses: [{ attribute: 'key', op: 'in', values: ['user-1'] }] }],
        });
        ok(await fx.call('owner', 'PATCH', `${base}/segments/${k}-s`, { body: { rules: [] } }));
        await createFlag(k);
        await servesBySegment(k, 'production', `${k}-s`);
        const id = await entry(`projects/demo/segments/${k}-s`, 'segment.update');
        return { method: 'POST', path: `/api/v1/audit/${id}/revert`, opts: { body: {} }, watch: { flag: k } };
      },
    ],
  ];

  const admins = ['projectAdmin', 'admin', 'owner'] as const;
  let n = 0;
  const prefix = () => `reach-${++n}`;

  it.each(reaching)(
    '%s: a developer is refused (403 naming production); administrators may',
    async (_, setup) => {
      const k = prefix();
      const write = await setup(`${k}-dev`);
      const before = write.watch && (await production(write.watch.flag, write.watch.user));
      const refused = await fx.call('developer', write.method, write.path, write.opts);
      expect(refused.status, JSON.stringify(refused.body)).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({
        type: 'https://ff.dev/problems/forbidden',
        protectedEnvironments: ['production'],
      });
      expect(refused.body.detail).toMatch(/"production"/);
      expect(refused.body.detail).toMatch(/Your role is developer\./);
      if (write.watch) expect(await production(write.watch.flag, write.watch.user)).toEqual(before);

      for (const who of admins) {
        const w = await setup(`${k}-${who.toLowerCase()}`);
        const served = w.watch && (await production(w.watch.flag, w.watch.user));
        const res = await fx.call(who, w.method, w.path, w.opts);
        expect([200, 201, 204], `${who}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
        // The same write by an administrator does change what production serves.
        if (w.watch) expect(await production(w.watch.flag, w.watch.user), who).not.toEqual(served);
      }
    },
  );

  const unreached: Case[] = [
    [
      'PATCH flag: name, description, tags, owner, temporary',
      async (k) => (
        await createFlag(k),
        patchFlag(k, { name: 'Renamed', description: 'd', tags: ['t'], owner: 'me', temporary: false })
      ),
    ],
    [
      'PATCH flag: a new variation, descriptions, and the value of one production cannot serve (off, serving C)',
      async (k) => {
        await createFlag(k);
        return patchFlag(k, {
          variations: [
            { name: 'a', value: 'A2', description: 'now described' },
            { name: 'b', value: 'B2' },
            { name: 'c', value: 'C', description: 'also' },
            { name: 'd', value: 'D' },
          ],
        });
      },
    ],
    [
      'PATCH flag: variations and clientSide of an archived flag (production serves nothing of it)',
      async (k) => {
        await createFlag(k);
        await archive(k);
        return patchFlag(k, {
          clientSide: true,
          variations: [
            { name: 'a', value: 'A' },
            { name: 'b', value: 'B' },
            { name: 'c', value: 'C2' },
          ],
        });
      },
    ],
    [
      'archive an archived flag (no change)',
      async (k) => (
        await createFlag(k),
        await archive(k),
        { method: 'POST', path: `${base}/flags/${k}/archive` }
      ),
    ],
    [
      'segment rules, members, import and delete: a segment only staging uses',
      async (k) => {
        await createSegment(`${k}-s`);
        await createFlag(k);
        await servesBySegment(k, 'staging', `${k}-s`);
        const patch = await fx.call('developer', 'PATCH', `${base}/segments/${k}-s`, { body: { rules: [] } });
        ok(patch);
        ok(
          await fx.call('developer', 'POST', `${base}/segments/${k}-s/members`, {
            body: { add: { included: ['u'] } },
          }),
        );
        ok(await fx.call('developer', 'POST', `${base}/segments/${k}-s/members/import`, csv(['v'])));
        return { method: 'DELETE', path: `${base}/segments/${k}-s?force=true` };
      },
    ],
    [
      'segment rules: a segment only a flag that is off in production names there',
      async (k) => {
        await createSegment(`${k}-s`);
        await createFlag(k);
        await configure(k, 'production', {
          on: false,
          offVariation: 2,
          rules: [segmentRule(`${k}-s`, 0)],
          fallthrough: { variation: 1 },
        });
        return {
          method: 'PATCH',
          path: `${base}/segments/${k}-s`,
          opts: { body: { rules: [], name: 'renamed' } },
        };
      },
    ],
    [
      'segment name and description: a segment production’s rules name',
      async (k) => {
        await createSegment(`${k}-s`);
        await createFlag(k);
        await servesBySegment(k, 'production', `${k}-s`);
        return {
          method: 'PATCH',
          path: `${base}/segments/${k}-s`,
          opts: { body: { name: 'Renamed', description: 'd' } },
        };
      },
    ],
    [
      'segment members: a segment that only an archived flag’s production configuration names',
      async (k) => {
        await createSegment(`${k}-s`);
        await createFlag(k);
        await servesBySegment(k, 'production', `${k}-s`);
        await archive(k);
        return {
          method: 'POST',
          path: `${base}/segments/${k}-s/members`,
          opts: { body: { add: { included: ['user-1'] } } },
        };
      },
    ],
    [
      'PATCH flag: every value of a prerequisite that is off in production, where a flag that is on requires it (prerequisites compare variation indexes, and an off one fails whatever it serves)',
      async (k) => {
        await createFlag(k);
        await createFlag(`${k}-dependent`);
        await configure(`${k}-dependent`, 'production', {
          on: true,
          offVariation: 2,
          prerequisites: [{ flag: k, variation: 0 }],
          fallthrough: { variation: 1 },
        });
        return patchFlag(k, {
          variations: [
            { name: 'a', value: 'A2' },
            { name: 'b', value: 'B2' },
            { name: 'c', value: 'C' },
          ],
        });
      },
    ],
    [
      'create a flag (off everywhere)',
      async (k) => ({
        method: 'POST',
        path: `${base}/flags`,
        opts: { body: { key: k, name: k, kind: 'boolean' } },
      }),
    ],
    [
      'create a segment',
      async (k) => ({
        method: 'POST',
        path: `${base}/segments`,
        opts: { body: { key: k, name: k, included: ['x'] } },
      }),
    ],
    [
      'revert a name change of a flag production serves',
      async (k) => {
        await createFlag(k);
        ok(await fx.call('owner', 'PATCH', `${base}/flags/${k}`, { body: { name: 'Other' } }));
        const id = await entry(`projects/demo/flags/${k}`, 'flag.update');
        return { method: 'POST', path: `/api/v1/audit/${id}/revert`, opts: { body: {} } };
      },
    ],
  ];

  it.each(unreached)('%s: a developer may', async (_, setup) => {
    const w = await setup(prefix());
    const res = await fx.call('developer', w.method, w.path, w.opts);
    expect([200, 201, 204], `${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
  });
});
