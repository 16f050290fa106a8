// Walks every operation of openapi.yaml for every role and checks the route's permission: allowed
// (anything but 401/403), denied (403), or for another organization, not found (404, never 403).
// Requests are shaped so that an allowed write still changes nothing: a stale If-Match (412), an
// invalid body (422) or an unknown id (404) stops it after the permission check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.ts';
import type { OperationId, OperationSpec, Permission } from '../generated/operations.ts';
import { validators } from '../generated/validators.js';
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
