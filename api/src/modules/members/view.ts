import type { components } from '../../generated/openapi.ts';
import type { MemberRow } from './store.ts';

export type Member = components['schemas']['Member'];

/** A membership as the API shows it (openapi.yaml `Member`); the audit log stores the same shape. */
export function memberView(row: MemberRow): Member {
  return {
    id: row.id,
    email: row.email,
    // Invited users who have not accepted yet have no name (stored as '').
    name: row.name === '' ? null : row.name,
    role: row.role,
    project: row.project_key,
    status: row.status,
    version: row.version,
    createdAt: row.created_at.toISOString(),
  };
}

export const memberResource = (id: string) => `members/${id}`;
