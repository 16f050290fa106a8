// Roles → permissions, in one place. Routes declare the permission they need (x-ff-permission in
// openapi.yaml); the operation router checks it before the handler runs, and services call `authorize`
// for the targets a route's path does not name (copy into another environment, a revert), and
// `authorizeProtected` for the protected environments a write reaches indirectly (a flag's variations, a
// segment their rules consult: modules/environments/protection.ts finds them).
import type { Permission } from '../generated/operations.ts';
import { ForbiddenError } from './errors.ts';
import type { Principal } from './principal.ts';

export interface PermissionScope {
  /** The project the action touches, if any. */
  projectId?: string | undefined;
  /** Whether the environment the action writes to is protected. */
  protectedEnvironment?: boolean | undefined;
}

function administers(p: Principal, projectId: string | undefined): boolean {
  if (p.role === 'owner' || p.role === 'admin') return true;
  return projectId !== undefined && p.adminProjects.has(projectId);
}

/** Whether `principal` holds `permission` within `scope`. */
export function can(principal: Principal, permission: Permission, scope: PermissionScope = {}): boolean {
  switch (permission) {
    case 'public':
    case 'self':
    case 'read':
      return true;
    case 'flags:write':
      // A route that names no project (revert: its target is known only from the audit entry) admits a
      // project admin of any project; the service then authorizes the concrete target.
      if (scope.projectId === undefined && principal.adminProjects.size > 0) return true;
      // Protected (production-like) environments: only those who administer the project.
      if (scope.protectedEnvironment) return administers(principal, scope.projectId);
      return principal.role === 'developer' || administers(principal, scope.projectId);
    case 'project:admin':
      return administers(principal, scope.projectId);
    case 'org:admin':
      return principal.role === 'owner' || principal.role === 'admin';
    case 'sdk:server':
    case 'sdk:client':
    case 'sdk:any':
      // Held by SDK keys only (modules/sdk/auth.ts authorizes those); no user or API token has them.
      return false;
  }
}

const explanations: Record<Permission, string> = {
  public: '',
  self: '',
  read: '',
  'flags:write': 'Changing flags and segments needs the developer role or higher.',
  'project:admin': 'This needs a project admin of this project, an admin or an owner.',
  'org:admin': 'This needs an organization admin or owner.',
  'sdk:server': 'This route takes a server SDK key, not an API token.',
  'sdk:client': 'This route takes a client SDK key, not an API token.',
  'sdk:any': 'This route takes an SDK key, not an API token.',
};

const protectedRule =
  'Changing a protected environment needs a project admin of this project, an admin or an owner.';

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
function quotedList(names: readonly string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * Throws 403 unless `principal` may write the protected `environments` (keys) of project `projectId`
 * that a write reaches without naming them in its path. `change` gets the environments as a phrase
 * (`protected environment "production"`) and says what the write does there, e.g. `Archiving flag "x"
 * removes it from protected environment "production"`. The problem lists them in `protectedEnvironments`.
 */
export function authorizeProtected(
  principal: Principal,
  projectId: string,
  environments: readonly string[],
  change: (where: string) => string,
): void {
  if (environments.length === 0) return;
  if (can(principal, 'flags:write', { projectId, protectedEnvironment: true })) return;
  const where = `protected environment${environments.length > 1 ? 's' : ''} ${quotedList(environments)}`;
  throw new ForbiddenError(`${change(where)}. ${protectedRule} Your role is ${principal.role}.`, {
    protectedEnvironments: [...environments],
  });
}

/** Throws 403 unless `principal` holds `permission` within `scope`. */
export function authorize(principal: Principal, permission: Permission, scope: PermissionScope = {}): void {
  if (can(principal, permission, scope)) return;
  const detail =
    permission === 'flags:write' && scope.protectedEnvironment
      ? 'This environment is protected: changing it needs a project admin of this project, an admin or an owner.'
      : explanations[permission];
  throw new ForbiddenError(`${detail} Your role is ${principal.role}.`);
}
