// What a module provides so that audit entries of its resources can be reverted. The audit module
// owns the revert flow (conflict check, permission, the new audit entry); modules own their data.
import type { Knex } from 'knex';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import type { Principal } from '../../http/principal.ts';

export interface Restorer {
  /**
   * Throws 403/404 unless `principal` may write `resource` (e.g. a protected environment's flag
   * configuration needs project:admin). `resource` is an audit resource path such as
   * `projects/demo/flags/new-checkout/environments/production`.
   */
  authorize(trx: Knex.Transaction, principal: Principal, resource: string): Promise<void>;
  /** The resource's current API representation, or null when it does not exist. */
  current(trx: Knex.Transaction, principal: Principal, resource: string): Promise<unknown>;
  /**
   * Makes the resource equal to `snapshot` (an API representation from an audit entry's `before`;
   * null means delete it), through the module's own store and rules, and returns the new
   * representation. It must not write the audit entry: the caller does, with `revertOf` set.
   */
  restore(uow: UnitOfWork, principal: Principal, resource: string, snapshot: unknown): Promise<unknown>;
}
