// Every mutation runs in one transaction together with exactly one audit entry. `mutate` enforces the
// "exactly one": a write path that forgets its entry (or records two) fails and rolls back, so the
// audit log cannot silently drift from what happened.
import type { Knex } from 'knex';
import type { Actor } from '../http/principal.ts';
import { recordAudit } from '../modules/audit/recorder.ts';
import type { AuditInput } from '../modules/audit/recorder.ts';
import type { Db } from './knex.ts';

export interface UnitOfWork {
  /** The transaction: run every read and write of the mutation on it. */
  trx: Knex.Transaction;
  /** Records the mutation's audit entry (call exactly once). Returns the entry id. */
  audit(entry: AuditInput): Promise<string>;
  /** Runs `fn` after a successful commit (e.g. publishing a change); never after a rollback. */
  afterCommit(fn: () => void | Promise<void>): void;
}

export class MissingAuditError extends Error {
  constructor(count: number) {
    super(`a mutation must write exactly one audit entry, this one wrote ${count}`);
  }
}

export async function mutate<T>(db: Db, actor: Actor, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  const after: (() => void | Promise<void>)[] = [];
  const result = await db.transaction(async (trx) => {
    let entries = 0;
    const uow: UnitOfWork = {
      trx,
      audit: async (entry) => {
        entries++;
        return recordAudit(trx, actor, entry);
      },
      afterCommit: (fn) => after.push(fn),
    };
    const value = await work(uow);
    if (entries !== 1) throw new MissingAuditError(entries);
    return value;
  });
  for (const fn of after) await fn();
  return result;
}
