// API tokens and the user lookups that sign-in needs. Every function takes a knex handle (the db or a
// transaction) so services run the same code inside and outside a unit of work.
import type { Knex } from 'knex';
import type { Role } from '../../http/principal.ts';
import { findProjectById, findProjectByKey } from '../projects/store.ts';

export interface TokenRow {
  id: string;
  organization_id: string;
  user_id: string | null;
  user_email: string | null;
  kind: 'personal' | 'service';
  name: string;
  prefix: string;
  role: Role | null;
  project_id: string | null;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
}

export interface NewToken {
  /** Chosen by the caller, so an audit entry can name the token before it is inserted. */
  id: string;
  organization_id: string;
  user_id: string | null;
  kind: 'personal' | 'service';
  name: string;
  prefix: string;
  hash: string;
  role: Role | null;
  project_id: string | null;
  expires_at: Date | null;
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
}

const tokenColumns = [
  't.id',
  't.organization_id',
  't.user_id',
  'u.email as user_email',
  't.kind',
  't.name',
  't.prefix',
  't.role',
  't.project_id',
  't.created_at',
  't.last_used_at',
  't.expires_at',
  't.revoked_at',
];

const tokens = (db: Knex) => db('api_tokens as t').leftJoin('users as u', 'u.id', 't.user_id');

export async function insertToken(db: Knex, token: NewToken): Promise<TokenRow> {
  const [row] = (await db('api_tokens').insert(token).returning('id')) as { id: string }[];
  return (await findToken(db, token.organization_id, row!.id))!;
}

export async function findToken(db: Knex, organizationId: string, id: string): Promise<TokenRow | undefined> {
  return (await tokens(db).where({ 't.organization_id': organizationId, 't.id': id }).first(tokenColumns)) as
    TokenRow | undefined;
}

/** Locks the token row so a concurrent revoke of the same token waits and then sees it revoked. */
export async function lockToken(db: Knex, organizationId: string, id: string): Promise<void> {
  await db('api_tokens').where({ organization_id: organizationId, id }).forUpdate().first('id');
}

/** A user's personal tokens in one organization, and with `withService` the organization's service tokens. */
export async function listTokens(
  db: Knex,
  organizationId: string,
  userId: string | null,
  withService: boolean,
): Promise<TokenRow[]> {
  return (await tokens(db)
    .where('t.organization_id', organizationId)
    .andWhere((q) => {
      if (userId !== null) q.orWhere({ 't.kind': 'personal', 't.user_id': userId });
      if (withService) q.orWhere('t.kind', 'service');
      if (userId === null && !withService) q.whereRaw('false');
    })
    .orderBy([
      { column: 't.created_at', order: 'desc' },
      { column: 't.id', order: 'desc' },
    ])
    .select(tokenColumns)) as TokenRow[];
}

export async function revokeToken(db: Knex, id: string, at: Date): Promise<void> {
  await db('api_tokens').where({ id }).whereNull('revoked_at').update({ revoked_at: at });
}

/** Revokes every live personal token of a user in one organization (when they leave it). */
export async function revokeUserTokens(db: Knex, organizationId: string, userId: string, at: Date) {
  return db('api_tokens')
    .where({ organization_id: organizationId, user_id: userId, kind: 'personal' })
    .whereNull('revoked_at')
    .update({ revoked_at: at });
}

export async function findUserByEmail(db: Knex, email: string): Promise<UserRow | undefined> {
  return (await db('users')
    .whereRaw('lower(email) = lower(?)', [email])
    .first('id', 'email', 'name', 'password_hash')) as UserRow | undefined;
}

export async function findUser(db: Knex, id: string): Promise<UserRow | undefined> {
  return (await db('users').where({ id }).first('id', 'email', 'name', 'password_hash')) as
    UserRow | undefined;
}

/**
 * The organization a password sign-in lands in: the user's oldest active membership's. A token
 * belongs to one organization and the login body names none; accepting an invite returns a token for
 * the organization joined, and a token of an organization can create more tokens there.
 */
export async function signInOrganization(
  db: Knex,
  userId: string,
): Promise<{ id: string; name: string } | undefined> {
  return (await db('memberships as m')
    .join('organizations as o', 'o.id', 'm.organization_id')
    .where({ 'm.user_id': userId, 'm.status': 'active' })
    .orderBy([
      { column: 'm.created_at', order: 'asc' },
      { column: 'm.id', order: 'asc' },
    ])
    .first('o.id', 'o.name')) as { id: string; name: string } | undefined;
}

export async function projectIdByKey(db: Knex, organizationId: string, key: string) {
  return (await findProjectByKey(db, organizationId, key))?.id;
}

export async function projectKeyById(db: Knex, id: string): Promise<string | undefined> {
  return (await findProjectById(db, id))?.key;
}
