// How the SDK endpoints (GET /sdk/v1/config, the stream, evaluate, events) recognise a key: hash the
// presented secret and look the hash up. During a rotation's overlap window both the old and the new
// key are found; after `expiresAt`, or once revoked, the old one is not.
import type { Knex } from 'knex';
import { hashSecret, secretPrefixes } from '../../security/secrets.ts';
import { findUsableSdkKey } from './store.ts';
import type { SdkKeyKind, UsableSdkKey } from './store.ts';

/**
 * The environment an SDK key gives access to, or undefined for an unknown, revoked or expired key, or
 * one of another kind than `kind` (when given).
 */
export async function authenticateSdkKey(
  db: Knex,
  secret: string,
  kind?: SdkKeyKind,
): Promise<UsableSdkKey | undefined> {
  // Anything without an SDK key prefix cannot be one: skip the database.
  if (!secret.startsWith(secretPrefixes.server) && !secret.startsWith(secretPrefixes.client))
    return undefined;
  const key = await findUsableSdkKey(db, hashSecret(secret));
  if (!key || (kind !== undefined && key.kind !== kind)) return undefined;
  return key;
}
