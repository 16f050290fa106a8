// SDK keys in the database: only the SHA-256 of a secret and its visible prefix are ever stored.
// Functions take a knex handle (database or transaction). Times come from the database clock, the one
// clock every API replica shares, so a key expires at the same instant everywhere.
import type { Knex } from 'knex';

export type SdkKeyKind = 'server' | 'client';

export interface SdkKeyRow {
  id: string;
  environment_id: string;
  kind: SdkKeyKind;
  name: string;
  prefix: string;
  hash: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
}

const columns = [
  'id',
  'environment_id',
  'kind',
  'name',
  'prefix',
  'hash',
  'created_at',
  'expires_at',
  'revoked_at',
] as const;

export async function listSdkKeys(db: Knex, environmentId: string): Promise<SdkKeyRow[]> {
  return (await db('sdk_keys')
    .where({ environment_id: environmentId })
    .orderBy([{ column: 'created_at' }, { column: 'id' }])
    .select(columns)) as SdkKeyRow[];
}

/** The key with `id` in this environment, with whether it has expired by the database's clock. */
export async function findSdkKey(
  db: Knex,
  environmentId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<(SdkKeyRow & { expired: boolean }) | undefined> {
  const q = db('sdk_keys')
    .where({ environment_id: environmentId, id })
    .select([...columns, db.raw('coalesce(expires_at <= now(), false) as expired')]);
  if (opts.forUpdate) q.forUpdate();
  return (await q.first()) as (SdkKeyRow & { expired: boolean }) | undefined;
}

export interface NewSdkKey {
  environment_id: string;
  kind: SdkKeyKind;
  name: string;
  prefix: string;
  hash: string;
}

export async function insertSdkKey(db: Knex, values: NewSdkKey): Promise<SdkKeyRow> {
  const [row] = (await db('sdk_keys').insert(values).returning(columns)) as SdkKeyRow[];
  return row!;
}

/**
 * Makes the key expire `seconds` from now, never later than it already would: rotating a key twice
 * must not extend the life of the first replacement window.
 */
export async function expireSdkKeyIn(db: Knex, id: string, seconds: number): Promise<SdkKeyRow> {
  const [row] = (await db('sdk_keys')
    .where({ id })
    .update({
      expires_at: db.raw(
        `least(coalesce(expires_at, 'infinity'::timestamptz), now() + make_interval(secs => ?))`,
        [seconds],
      ),
    })
    .returning(columns)) as SdkKeyRow[];
  return row!;
}

export async function revokeSdkKey(db: Knex, id: string): Promise<SdkKeyRow> {
  const [row] = (await db('sdk_keys')
    .where({ id })
    .update({ revoked_at: db.fn.now() })
    .returning(columns)) as SdkKeyRow[];
  return row!;
}

export interface UsableSdkKey {
  id: string;
  kind: SdkKeyKind;
  environmentId: string;
  environmentKey: string;
  projectId: string;
  /** The environment's allowed browser origins; null: the server-wide list decides. */
  allowedOrigins: string[] | null;
}

/** The key whose secret hashes to `hash`, if it is neither revoked nor expired (database clock). */
export async function findUsableSdkKey(db: Knex, hash: string): Promise<UsableSdkKey | undefined> {
  const row = (await db('sdk_keys as k')
    // environments joined: authenticating a key is one statement on the SDK hot path, not two.
    .join('environments as e', 'e.id', 'k.environment_id')
    .where('k.hash', hash)
    .whereNull('k.revoked_at')
    .where((q) => q.whereNull('k.expires_at').orWhere('k.expires_at', '>', db.fn.now()))
    .first(
      'k.id',
      'k.kind',
      'k.environment_id as environmentId',
      'e.key as environmentKey',
      'e.project_id as projectId',
      'e.allowed_origins as allowedOrigins',
    )) as UsableSdkKey | undefined;
  return row;
}
