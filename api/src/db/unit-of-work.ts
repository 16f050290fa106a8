// Every mutation runs in one transaction together with exactly one audit entry. `mutate` enforces the
// "exactly one": a write path that forgets its entry (or records two) fails and rolls back, so the
// audit log cannot silently drift from what happened. The one exception is declared, not forgotten: a
// request that asks for what already is (`unchanged()`) writes nothing, so it records nothing.
import type { Knex } from 'knex';
import { ConflictError } from '../http/errors.ts';
import type { Actor } from '../http/principal.ts';
import { recordAudit } from '../modules/audit/recorder.ts';
import type { AuditInput } from '../modules/audit/recorder.ts';
import type { Db } from './knex.ts';

export interface UnitOfWork {
  /** The transaction: run every read and write of the mutation on it. */
  trx: Knex.Transaction;
  /** Records the mutation's audit entry (call exactly once). Returns the entry id. */
  audit(entry: AuditInput): Promise<string>;
  /**
   * Declares that the request asked for what already is: nothing was written, so no audit entry is due
   * (call instead of `audit`, after reading and locking only).
   */
  unchanged(): void;
  /** Runs `fn` after a successful commit (e.g. publishing a change); never after a rollback. */
  afterCommit(fn: () => void | Promise<void>): void;
}

export class MissingAuditError extends Error {
  constructor(count: number, unchanged = false) {
    super(
      unchanged
        ? `a mutation that changed nothing must write no audit entry, this one wrote ${count}`
        : `a mutation must write exactly one audit entry, this one wrote ${count}`,
    );
  }
}

// Postgres aborts one of two transactions that deadlock (40P01) or cannot be serialized (40001); the
// loser did nothing, so running it again is safe and is what the caller wanted. A foreign key that no
// longer resolves (23503) means something this write refers to was deleted concurrently: a conflict.
const retryable = new Set(['40P01', '40001']);
const maxAttempts = 4;

function pgCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export async function mutate<T>(db: Db, actor: Actor, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const after: (() => void | Promise<void>)[] = [];
    let result: T;
    try {
      result = await db.transaction(async (trx) => {
        let entries = 0;
        let unchanged = false;
        const uow: UnitOfWork = {
          trx,
          audit: async (entry) => {
            entries++;
            return recordAudit(trx, actor, entry);
          },
          unchanged: () => {
            unchanged = true;
          },
          afterCommit: (fn) => after.push(fn),
        };
        const value = await work(uow);
        if (entries !== (unchanged ? 0 : 1)) throw new MissingAuditError(entries, unchanged);
        return value;
      });
    } catch (err) {
      const code = pgCode(err);
      if (code !== undefined && retryable.has(code) && attempt < maxAttempts) {
        await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 10 * attempt));
        continue;
      }
      if (code === '23503') {
        throw new ConflictError(
          'Something this change refers to was deleted meanwhile; read it again and retry.',
        );
      }
      throw err;
    }
    for (const fn of after) await fn();
    return result;
  }
}
