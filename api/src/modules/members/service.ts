// Who belongs to the organization, with which role. The rules: only an owner grants or removes the
// owner role; an organization always keeps at least one active owner; a project_admin membership names
// exactly one project and no other role names any; an invite code is shown once and stored hashed.
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../http/errors.ts';
import type { Actor, Principal, Role } from '../../http/principal.ts';
import { hashSecret } from '../../security/secrets.ts';
import type { components } from '../../generated/openapi.ts';
import { findUserByEmail, projectIdByKey, revokeUserTokens } from '../auth/store.ts';
import * as store from './store.ts';
import type { MemberRow } from './store.ts';
import { memberResource, memberView } from './view.ts';
import type { Member } from './view.ts';

export type Invitation = components['schemas']['Invitation'];

export interface RoleInput {
  role: Role;
  project?: string | undefined;
}

export interface MemberService {
  list(principal: Principal): Promise<Member[]>;
  invite(principal: Principal, actor: Actor, input: RoleInput & { email: string }): Promise<Invitation>;
  update(
    principal: Principal,
    actor: Actor,
    id: string,
    ifMatch: number | undefined,
    input: RoleInput,
  ): Promise<Member>;
  remove(principal: Principal, actor: Actor, id: string, ifMatch: number | undefined): Promise<void>;
}

// Invite codes have the shape of our other secrets (type prefix + 32 random bytes) so secret scanners
// and log redaction can recognise them.
const invitePrefix = 'ff_inv_';

const ownerOnly = 'Only an owner can grant or remove the owner role.';

/** The project a role is scoped to: required for project_admin, refused for every other role. */
async function projectScope(db: Knex, organizationId: string, { role, project }: RoleInput) {
  if (role !== 'project_admin') {
    if (project !== undefined) {
      throw new ValidationError([
        { path: 'body.project', message: 'only a project_admin has a project', rule: 'role-scope' },
      ]);
    }
    return null;
  }
  if (project === undefined) {
    throw new ValidationError([
      { path: 'body.project', message: 'a project_admin needs a project', rule: 'role-scope' },
    ]);
  }
  const id = await projectIdByKey(db, organizationId, project);
  if (!id)
    throw new ValidationError([
      { path: 'body.project', message: `no project "${project}"`, rule: 'role-scope' },
    ]);
  return id;
}

/** Refuses a change that would leave the organization without an active owner. */
function keepAnOwner(member: MemberRow, owners: string[], what: string): void {
  if (member.role !== 'owner' || member.status !== 'active') return;
  if (owners.some((id) => id !== member.id)) return;
  throw new ConflictError(
    `${member.email} is the last owner: ${what} would leave the organization without one.`,
  );
}

/** Maps a unique-index violation (a concurrent invite of the same person) to 409. */
function conflictOnDuplicate(email: string) {
  return (err: unknown): never => {
    if (store.isUniqueViolation(err)) throw new ConflictError(`${email} is already a member or invited.`);
    throw err;
  };
}

export function createMemberService(db: Db): MemberService {
  /**
   * Locks the organization's owners, then the membership (always in this order, so two writers cannot
   * deadlock), and returns the membership and the owners.
   */
  async function lockForChange(trx: Knex, organizationId: string, id: string) {
    const owners = await store.lockActiveOwners(trx, organizationId);
    if (!(await store.lockMember(trx, organizationId, id))) throw new NotFoundError(`No member ${id}.`);
    return { member: (await store.findMember(trx, organizationId, id))!, owners };
  }

  return {
    async list(principal) {
      return (await store.listMembers(db, principal.organizationId)).map(memberView);
    },

    async invite(principal, actor, { email, role, project }) {
      if (role === 'owner' && principal.role !== 'owner') throw new ForbiddenError(ownerOnly);
      const projectId = await projectScope(db, principal.organizationId, { role, project });
      const code = invitePrefix + randomBytes(32).toString('base64url');

      const view = await mutate(db, actor, async ({ trx, audit }) => {
        const existing = await findUserByEmail(trx, email);
        const userId = existing?.id ?? (await store.insertUser(trx, email));
        if (existing && (await store.hasMembership(trx, principal.organizationId, userId))) {
          throw new ConflictError(`${existing.email} is already a member or invited.`);
        }
        const row = await store.insertMembership(trx, {
          organization_id: principal.organizationId,
          user_id: userId,
          role,
          project_id: projectId,
          status: 'pending',
          invite_hash: hashSecret(code),
        });
        const after = memberView(row);
        await audit({
          action: 'member.invite',
          resourceType: 'member',
          resource: memberResource(row.id),
          before: null,
          after,
        });
        return after;
      }).catch(conflictOnDuplicate(email));
      return { ...view, inviteCode: code };
    },

    async update(principal, actor, id, ifMatch, input) {
      const projectId = await projectScope(db, principal.organizationId, input);
      return mutate(db, actor, async ({ trx, audit }) => {
        const { member: before, owners } = await lockForChange(trx, principal.organizationId, id);
        checkVersion(ifMatch, before.version, `Member ${id}`);
        const ownerChanges = (before.role === 'owner') !== (input.role === 'owner');
        if (ownerChanges && principal.role !== 'owner') throw new ForbiddenError(ownerOnly);
        if (input.role !== 'owner') keepAnOwner(before, owners, 'changing their role');

        const after = await store.updateMembership(trx, before, { role: input.role, project_id: projectId });
        await audit({
          action: 'member.update',
          resourceType: 'member',
          resource: memberResource(id),
          before: memberView(before),
          after: memberView(after),
        });
        return memberView(after);
      }).catch(conflictOnDuplicate('This person'));
    },

    async remove(principal, actor, id, ifMatch) {
      await mutate(db, actor, async ({ trx, audit }) => {
        const { member: before, owners } = await lockForChange(trx, principal.organizationId, id);
        checkVersion(ifMatch, before.version, `Member ${id}`);
        if (before.role === 'owner' && principal.role !== 'owner') throw new ForbiddenError(ownerOnly);
        keepAnOwner(before, owners, 'removing them');

        await store.deleteMembership(trx, id);
        // Their personal tokens stop working here at once; a user can hold a second membership (project
        // admin of another project), and then keeps them.
        if (!(await store.hasMembership(trx, principal.organizationId, before.user_id))) {
          await revokeUserTokens(trx, principal.organizationId, before.user_id, new Date());
        }
        await audit({
          action: 'member.remove',
          resourceType: 'member',
          resource: memberResource(id),
          before: memberView(before),
          after: null,
        });
      });
    },
  };
}
