// Bearer token → Principal. Tokens are looked up by their SHA-256 (an indexed equality on a hash of a
// 256-bit random secret, so there is nothing to time); expired, revoked and pending ones are refused.
import type { Db } from '../../db/knex.ts';
import { UnauthorizedError } from '../../http/errors.ts';
import type { Principal, Role } from '../../http/principal.ts';
import { hashSecret } from '../../security/secrets.ts';

interface TokenRow {
  id: string;
  organization_id: string;
  organization_name: string;
  user_id: string | null;
  email: string | null;
  kind: 'personal' | 'service';
  name: string;
  role: Role | null;
  project_id: string | null;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

// last_used_at is for humans ("is this token still in use?"); minute precision spares a write per request.
const lastUsedResolutionMs = 60_000;

export function bearerToken(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1];
}

export async function authenticate(db: Db, secret: string | undefined, now = new Date()): Promise<Principal> {
  if (!secret) throw new UnauthorizedError('Send an API token: Authorization: Bearer <token>.');
  const token = (await db('api_tokens as t')
    .join('organizations as o', 'o.id', 't.organization_id')
    .leftJoin('users as u', 'u.id', 't.user_id')
    .where('t.hash', hashSecret(secret))
    .first(
      't.id',
      't.organization_id',
      'o.name as organization_name',
      't.user_id',
      'u.email',
      't.kind',
      't.name',
      't.role',
      't.project_id',
      't.expires_at',
      't.revoked_at',
      't.last_used_at',
    )) as TokenRow | undefined;
  const invalid = new UnauthorizedError('The API token is unknown, revoked or expired.');
  if (!token || token.revoked_at) throw invalid;
  if (token.expires_at && token.expires_at.getTime() <= now.getTime()) throw invalid;

  let role: Role;
  let adminProjects: Set<string>;
  if (token.kind === 'service') {
    role = token.role!;
    adminProjects = new Set(token.role === 'project_admin' && token.project_id ? [token.project_id] : []);
  } else {
    const memberships = (await db('memberships')
      .where({ organization_id: token.organization_id, user_id: token.user_id, status: 'active' })
      .select('role', 'project_id')) as { role: Role; project_id: string | null }[];
    if (memberships.length === 0) throw invalid;
    const orgWide = memberships.find((m) => m.project_id === null);
    role = orgWide?.role ?? 'project_admin';
    adminProjects = new Set(memberships.filter((m) => m.project_id !== null).map((m) => m.project_id!));
  }

  if (!token.last_used_at || now.getTime() - token.last_used_at.getTime() > lastUsedResolutionMs) {
    await db('api_tokens').where({ id: token.id }).update({ last_used_at: now });
  }
  return {
    organizationId: token.organization_id,
    organizationName: token.organization_name,
    userId: token.user_id,
    email: token.email,
    tokenId: token.id,
    tokenName: token.name,
    tokenKind: token.kind,
    role,
    adminProjects,
  };
}
