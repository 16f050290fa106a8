// Memberships (a user's role in an organization) and the users behind them. Functions take a knex
// handle (db or transaction) so the same code runs inside a unit of work.
import type { Knex } from 'knex';
import type { Role } from '../../http/principal.ts';

export interface MemberRow {
  id: string;
  organization_id: string;
  user_id: string;
  email: string;
  name: string;
  role: Role;
  project_id: string | null;
  project_key: string | null;
  status: 'pending' | 'active';
  version: number;
  created_at: Date;
}

const columns = [
  'm.id',
  'm.organization_id',
  'm.user_id',
  'u.email',
  'u.name',
  'm.role',
  'm.project_id',
  'p.key as project_key',
  'm.status',
  'm.version',
  'm.created_at',
];

const members = (db: Knex) =>
  db('memberships as m')
    .join('users as u', 'u.id', 'm.user_id')
    .leftJoin('projects as p', 'p.id', 'm.project_id');

const normalize = (row: MemberRow): MemberRow => ({ ...row, version: Number(row.version) });

export async function listMembers(db: Knex, organizationId: string): Promise<MemberRow[]> {
  const rows = (await members(db)
    .where('m.organization_id', organizationId)
    .orderBy([
      { column: 'm.created_at', order: 'asc' },
      { column: 'm.id', order: 'asc' },
    ])
    .select(columns)) as MemberRow[];
  return rows.map(normalize);
}

export async function findMember(
  db: Knex,
  organizationId: string,
  id: string,
): Promise<MemberRow | undefined> {
  const row = (await members(db)
    .where({ 'm.organization_id': organizationId, 'm.id': id })
    .first(columns)) as MemberRow | undefined;
  return row && normalize(row);
}

/** Locks one membership row (inside a transaction) so concurrent writers of it serialize. */
export async function lockMember(db: Knex, organizationId: string, id: string): Promise<boolean> {
  const row = await db('memberships').where({ organization_id: organizationId, id }).forUpdate().first('id');
  return row !== undefined;
}

/** The pending membership an invite code (by its hash) opens, locked; undefined when unknown or used. */
export async function lockPendingByInvite(db: Knex, inviteHash: string): Promise<MemberRow | undefined> {
  const row = (await db('memberships')
    .where({ invite_hash: inviteHash, status: 'pending' })
    .forUpdate()
    .first('id', 'organization_id')) as { id: string; organization_id: string } | undefined;
  return row && findMember(db, row.organization_id, row.id);
}

/**
 * Locks the organization's active owners and returns their membership ids. Every change that can
 * remove an owner takes these locks first, so two admins demoting the last two owners at once cannot
 * both see "another owner remains".
 */
export async function lockActiveOwners(db: Knex, organizationId: string): Promise<string[]> {
  const rows = (await db('memberships')
    .where({ organization_id: organizationId, role: 'owner', status: 'active' })
    .orderBy('id')
    .forUpdate()
    .select('id')) as { id: string }[];
  return rows.map((r) => r.id);
}

export async function hasMembership(db: Knex, organizationId: string, userId: string): Promise<boolean> {
  const row = await db('memberships').where({ organization_id: organizationId, user_id: userId }).first('id');
  return row !== undefined;
}

export interface NewMembership {
  organization_id: string;
  user_id: string;
  role: Role;
  project_id: string | null;
  status: 'pending' | 'active';
  invite_hash: string | null;
}

export async function insertMembership(db: Knex, m: NewMembership): Promise<MemberRow> {
  const [row] = (await db('memberships').insert(m).returning('id')) as { id: string }[];
  return (await findMember(db, m.organization_id, row!.id))!;
}

/** Applies `patch` and raises the version by one. */
export async function updateMembership(
  db: Knex,
  row: MemberRow,
  patch: Partial<Pick<NewMembership, 'role' | 'project_id' | 'status' | 'invite_hash'>>,
): Promise<MemberRow> {
  await db('memberships')
    .where({ id: row.id })
    .update({ ...patch, version: db.raw('version + 1'), updated_at: db.fn.now() });
  return (await findMember(db, row.organization_id, row.id))!;
}

export async function deleteMembership(db: Knex, id: string): Promise<void> {
  await db('memberships').where({ id }).delete();
}

export async function insertUser(db: Knex, email: string): Promise<string> {
  const [row] = (await db('users').insert({ email }).returning('id')) as { id: string }[];
  return row!.id;
}

export async function updateUser(db: Knex, id: string, patch: { name?: string; password_hash?: string }) {
  if (Object.keys(patch).length === 0) return;
  await db('users')
    .where({ id })
    .update({ ...patch, updated_at: db.fn.now() });
}

/** Postgres unique violation: a concurrent writer created the same row first. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23505';
}
