import type { components } from '../../generated/openapi.ts';
import type { TokenRow } from './store.ts';

export type ApiToken = components['schemas']['ApiToken'];
export type CreatedToken = components['schemas']['CreatedToken'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A token as the API shows it (openapi.yaml `ApiToken`): never its secret or hash. */
export function tokenView(row: TokenRow): ApiToken {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    prefix: row.prefix,
    role: row.kind === 'service' ? row.role : null,
    userEmail: row.user_email,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: iso(row.last_used_at),
    expiresAt: iso(row.expires_at),
    revokedAt: iso(row.revoked_at),
  };
}

export const tokenResource = (id: string) => `tokens/${id}`;
