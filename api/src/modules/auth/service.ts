// Sign-in, invitations accepted, the caller, and API tokens. Secrets are generated here, returned
// once, and stored only as SHA-256 hashes; passwords only as scrypt hashes.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import {
  breaking,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  ValidationError,
} from '../../http/errors.ts';
import { authorize, can } from '../../http/permissions.ts';
import type { Actor, Principal, Role } from '../../http/principal.ts';
import type { RequestSource } from '../../http/request-source.ts';
import { generateToken, hashPassword, hashSecret, verifyPassword } from '../../security/secrets.ts';
import type { components } from '../../generated/openapi.ts';
import * as memberStore from '../members/store.ts';
import { memberResource, memberView } from '../members/view.ts';
import type { LoginLimiter } from './rate-limit.ts';
import * as store from './store.ts';
import { tokenResource, tokenView } from './view.ts';
import type { ApiToken, CreatedToken } from './view.ts';

export type Me = components['schemas']['Me'];

export interface LoginInput {
  email: string;
  password: string;
  tokenName?: string | undefined;
}

export interface AcceptInviteInput {
  inviteCode: string;
  name?: string | undefined;
  password?: string | undefined;
}

export interface CreateTokenInput {
  name: string;
  kind?: 'personal' | 'service' | undefined;
  role?: Role | undefined;
  project?: string | undefined;
  expiresInDays?: number | undefined;
}

export interface AuthService {
  /** `source` is where the request came from: its IP is what the per-IP throttle counts. */
  login(input: LoginInput, source: RequestSource, requestId: string): Promise<CreatedToken>;
  acceptInvite(input: AcceptInviteInput, source: RequestSource, requestId: string): Promise<CreatedToken>;
  me(principal: Principal): Promise<Me>;
  listTokens(principal: Principal): Promise<ApiToken[]>;
  createToken(principal: Principal, actor: Actor, input: CreateTokenInput): Promise<CreatedToken>;
  revokeToken(principal: Principal, actor: Actor, id: string): Promise<void>;
}

// Tokens from a password sign-in or an accepted invite expire, so a token left on a laptop does not
// work forever; tokens made on purpose with createToken live as long as their creator asked.
const sessionTokenDays = 90;
const dayMs = 86_400_000;

const wrongCredentials = 'The email or password is wrong.';

export function createAuthService(db: Db, limiter: LoginLimiter): AuthService {
  // A hash to verify against when the account does not exist or has no password, so every failed
  // sign-in costs one scrypt and response times do not reveal which emails have accounts.
  let dummyHash: Promise<string> | undefined;
  const dummy = () => (dummyHash ??= hashPassword(randomUUID()));

  /** Inserts a personal token with a caller-chosen id (the audit entry's actor is that token). */
  async function insertSessionToken(
    trx: Knex.Transaction,
    id: string,
    organizationId: string,
    userId: string,
    name: string,
  ): Promise<CreatedToken> {
    const secret = generateToken('personal');
    const row = await store.insertToken(trx, {
      id,
      organization_id: organizationId,
      user_id: userId,
      kind: 'personal',
      name,
      prefix: secret.prefix,
      hash: secret.hash,
      role: null,
      project_id: null,
      expires_at: new Date(Date.now() + sessionTokenDays * dayMs),
    });
    return { ...tokenView(row), token: secret.secret };
  }

  return {
    async login({ email, password, tokenName = 'login' }, source, requestId) {
      // Without a peer address (a socket already gone) every such attempt shares one bucket.
      const ip = source.ip ?? 'unknown';
      const wait = limiter.retryAfter(email, ip);
      if (wait > 0) {
        throw new TooManyRequestsError(wait, `Too many failed sign-ins; try again in ${wait} s.`);
      }
      limiter.fail(email, ip);

      const user = await store.findUserByEmail(db, email);
      let valid = false;
      if (user?.password_hash) valid = await verifyPassword(password, user.password_hash);
      else await verifyPassword(password, await dummy());
      const org = valid ? await store.signInOrganization(db, user!.id) : undefined;
      if (!user || !org) throw new UnauthorizedError(wrongCredentials);
      limiter.succeed(email, ip);

      const tokenId = randomUUID();
      const actor: Actor = {
        organizationId: org.id,
        userId: user.id,
        email: user.email,
        tokenId,
        tokenName,
        requestId,
        source,
      };
      return mutate(db, actor, async ({ trx, audit }) => {
        const created = await insertSessionToken(trx, tokenId, org.id, user.id, tokenName);
        const { token: _secret, ...after } = created;
        await audit({
          action: 'api_token.create',
          resourceType: 'api_token',
          resource: tokenResource(tokenId),
          before: null,
          after,
          comment: 'password sign-in',
        });
        return created;
      });
    },

    async acceptInvite({ inviteCode, name, password }, source, requestId) {
      const inviteHash = hashSecret(inviteCode);
      const pending = await memberStore.lockPendingByInvite(db, inviteHash);
      if (!pending) throw new NotFoundError('This invite code is unknown or has already been used.');
      // scrypt runs before the transaction, so no row lock is held for its ~50 ms.
      const passwordHash = password === undefined ? undefined : await hashPassword(password);

      const tokenId = randomUUID();
      const tokenName = 'invite';
      const actor: Actor = {
        organizationId: pending.organization_id,
        userId: pending.user_id,
        email: pending.email,
        tokenId,
        tokenName,
        requestId,
        source,
      };
      return mutate(db, actor, async ({ trx, audit }) => {
        // Read again under the lock: a concurrent accept of the same code wins once.
        const before = await memberStore.lockPendingByInvite(trx, inviteHash);
        if (!before) throw new NotFoundError('This invite code is unknown or has already been used.');
        const user = (await store.findUser(trx, before.user_id))!;
        if (passwordHash !== undefined && user.password_hash) {
          throw new ConflictError(
            'This account already has a password: accept the invite without one and sign in with it.',
          );
        }
        await memberStore.updateUser(trx, user.id, {
          ...(passwordHash !== undefined ? { password_hash: passwordHash } : {}),
          ...(name !== undefined && user.name === '' ? { name } : {}),
        });
        const after = await memberStore.updateMembership(trx, before, {
          status: 'active',
          invite_hash: null,
        });
        const created = await insertSessionToken(trx, tokenId, before.organization_id, user.id, tokenName);
        await audit({
          action: 'member.accept',
          resourceType: 'member',
          resource: memberResource(before.id),
          before: memberView(before),
          after: memberView(after),
        });
        return created;
      });
    },

    async me(principal) {
      const token = await store.findToken(db, principal.organizationId, principal.tokenId);
      if (!token) throw new UnauthorizedError('The API token is unknown, revoked or expired.');
      const user = principal.userId ? await store.findUser(db, principal.userId) : undefined;
      const adminProject = principal.role === 'project_admin' ? [...principal.adminProjects][0] : undefined;
      return {
        user: user ? { id: user.id, email: user.email, name: user.name === '' ? null : user.name } : null,
        organization: { id: principal.organizationId, name: principal.organizationName },
        role: principal.role,
        project: adminProject ? ((await store.projectKeyById(db, adminProject)) ?? null) : null,
        token: tokenView(token),
      };
    },

    async listTokens(principal) {
      const rows = await store.listTokens(
        db,
        principal.organizationId,
        principal.tokenKind === 'personal' ? principal.userId : null,
        can(principal, 'org:admin'),
      );
      return rows.map(tokenView);
    },

    async createToken(principal, actor, { name, kind = 'personal', role, project, expiresInDays }) {
      let projectId: string | null = null;
      if (kind === 'personal') {
        if (!principal.userId) {
          throw new ForbiddenError('A service token cannot create personal tokens: they act as a person.');
        }
        const issues = [
          ...(role !== undefined ? [{ path: 'body.role', message: 'only service tokens have a role' }] : []),
          ...(project !== undefined
            ? [
                {
                  path: 'body.project',
                  message: 'only project_admin service tokens have a project',
                },
              ]
            : []),
        ];
        if (issues.length > 0) throw new ValidationError(breaking('role-scope', issues));
      } else {
        authorize(principal, 'org:admin');
        if (role === undefined)
          throw new ValidationError([
            { path: 'body.role', message: 'service tokens need a role', rule: 'role-scope' },
          ]);
        if (role === 'owner' && principal.role !== 'owner') {
          throw new ForbiddenError('Only an owner can create a token with the owner role.');
        }
        if (role === 'project_admin') {
          if (project === undefined) {
            throw new ValidationError([
              { path: 'body.project', message: 'a project_admin token needs a project', rule: 'role-scope' },
            ]);
          }
          projectId = (await store.projectIdByKey(db, principal.organizationId, project)) ?? null;
          if (!projectId)
            throw new ValidationError([
              { path: 'body.project', message: `no project "${project}"`, rule: 'role-scope' },
            ]);
        } else if (project !== undefined) {
          throw new ValidationError([
            {
              path: 'body.project',
              message: 'only project_admin service tokens have a project',
              rule: 'role-scope',
            },
          ]);
        }
      }

      return mutate(db, actor, async ({ trx, audit }) => {
        const secret = generateToken(kind);
        const row = await store.insertToken(trx, {
          id: randomUUID(),
          organization_id: principal.organizationId,
          user_id: kind === 'personal' ? principal.userId : null,
          kind,
          name,
          prefix: secret.prefix,
          hash: secret.hash,
          role: kind === 'service' ? role! : null,
          project_id: projectId,
          expires_at: expiresInDays === undefined ? null : new Date(Date.now() + expiresInDays * dayMs),
        });
        const view = tokenView(row);
        await audit({
          action: 'api_token.create',
          resourceType: 'api_token',
          resource: tokenResource(row.id),
          before: null,
          after: view,
        });
        return { ...view, token: secret.secret };
      });
    },

    async revokeToken(principal, actor, id) {
      const notFound = () => new NotFoundError(`No token ${id}.`);
      const token = await store.findToken(db, principal.organizationId, id);
      const own = token?.kind === 'personal' && token.user_id !== null && token.user_id === principal.userId;
      // Someone else's token is not found rather than forbidden: its existence is none of the caller's business.
      if (!token || !(own || token.id === principal.tokenId || can(principal, 'org:admin'))) throw notFound();
      await mutate(db, actor, async ({ trx, audit }) => {
        await store.lockToken(trx, principal.organizationId, id);
        const before = await store.findToken(trx, principal.organizationId, id);
        if (!before) throw notFound();
        // Revoking a revoked token keeps its first revokedAt and answers 204 like the first time (DELETE
        // is idempotent); the attempt is still recorded, as every successful write is.
        if (!before.revoked_at) await store.revokeToken(trx, id, new Date());
        const after = (await store.findToken(trx, principal.organizationId, id))!;
        await audit({
          action: 'api_token.revoke',
          resourceType: 'api_token',
          resource: tokenResource(id),
          before: tokenView(before),
          after: tokenView(after),
        });
      });
    },
  };
}
