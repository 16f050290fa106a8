// The rules of SDK keys: a secret is generated here, returned once and stored only as a hash; rotation
// issues a replacement of the same kind and lets the old key live for an overlap window; revocation is
// immediate. Every write runs in `mutate` with one audit entry that carries prefixes, never secrets.
// SDK keys are not revertible (no Restorer): a revert cannot bring a secret back, so the audit module
// refuses to revert their entries.
import type { Db } from '../../db/knex.ts';
import { mutate } from '../../db/unit-of-work.ts';
import { ConflictError, NotFoundError } from '../../http/errors.ts';
import type { Actor } from '../../http/principal.ts';
import type { EnvironmentRow } from '../environments/store.ts';
import type { ProjectRow } from '../projects/store.ts';
import { generateToken } from '../../security/secrets.ts';
import { expireSdkKeyIn, findSdkKey, insertSdkKey, listSdkKeys, revokeSdkKey } from './store.ts';
import type { SdkKeyKind } from './store.ts';
import { sdkKeyPath, sdkKeyView } from './view.ts';
import type { CreatedSdkKey, SdkKey } from './view.ts';

export const defaultOverlapSeconds = 3600;

export function createSdkKeyService(db: Db) {
  const notFound = (env: EnvironmentRow, id: string) =>
    new NotFoundError(`No SDK key ${id} in environment "${env.key}".`);

  return {
    async list(env: EnvironmentRow): Promise<SdkKey[]> {
      return (await listSdkKeys(db, env.id)).map((row) => sdkKeyView(row, env.key));
    },

    async create(
      actor: Actor,
      project: ProjectRow,
      env: EnvironmentRow,
      input: { kind: SdkKeyKind; name?: string | undefined },
    ): Promise<CreatedSdkKey> {
      return mutate(db, actor, async ({ trx, audit }) => {
        const secret = generateToken(input.kind);
        const row = await insertSdkKey(trx, {
          environment_id: env.id,
          kind: input.kind,
          name: input.name ?? `${input.kind} key`,
          prefix: secret.prefix,
          hash: secret.hash,
        });
        const after = sdkKeyView(row, env.key);
        await audit({
          action: 'sdk_key.create',
          resourceType: 'sdk_key',
          resource: sdkKeyPath(project.key, env.key, row.id),
          before: null,
          after,
        });
        return { ...after, key: secret.secret };
      });
    },

    async rotate(
      actor: Actor,
      project: ProjectRow,
      env: EnvironmentRow,
      id: string,
      overlapSeconds: number = defaultOverlapSeconds,
    ): Promise<CreatedSdkKey> {
      return mutate(db, actor, async ({ trx, audit }) => {
        // Locked, so two concurrent rotations of one key serialize instead of both succeeding.
        const old = await findSdkKey(trx, env.id, id, { forUpdate: true });
        if (!old) throw notFound(env, id);
        if (old.revoked_at !== null)
          throw new ConflictError(`SDK key ${id} is revoked; create a new key instead.`);
        if (old.expired) throw new ConflictError(`SDK key ${id} has expired; create a new key instead.`);

        const secret = generateToken(old.kind);
        const replacement = await insertSdkKey(trx, {
          environment_id: env.id,
          kind: old.kind,
          name: old.name,
          prefix: secret.prefix,
          hash: secret.hash,
        });
        const expiring = await expireSdkKeyIn(trx, old.id, overlapSeconds);
        const created = sdkKeyView(replacement, env.key);
        // One entry for the rotation, on the old key: its `expiresAt` is what changed, and `replacedBy`
        // names the new key so the log tells which key took over.
        await audit({
          action: 'sdk_key.rotate',
          resourceType: 'sdk_key',
          resource: sdkKeyPath(project.key, env.key, old.id),
          before: sdkKeyView(old, env.key),
          after: { ...sdkKeyView(expiring, env.key), replacedBy: created },
        });
        return { ...created, key: secret.secret };
      });
    },

    async revoke(actor: Actor, project: ProjectRow, env: EnvironmentRow, id: string): Promise<void> {
      await mutate(db, actor, async ({ trx, audit }) => {
        const current = await findSdkKey(trx, env.id, id, { forUpdate: true });
        if (!current) throw notFound(env, id);
        const before = sdkKeyView(current, env.key);
        // Revoking a revoked key keeps its first revokedAt and answers 204 like the first time (DELETE
        // is idempotent); the attempt is still recorded, as every successful write is.
        const after =
          current.revoked_at === null ? sdkKeyView(await revokeSdkKey(trx, current.id), env.key) : before;
        await audit({
          action: 'sdk_key.revoke',
          resourceType: 'sdk_key',
          resource: sdkKeyPath(project.key, env.key, current.id),
          before,
          after,
        });
      });
    },
  };
}

export type SdkKeyService = ReturnType<typeof createSdkKeyService>;
