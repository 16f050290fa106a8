// The shape of a piece of background work. Every API replica runs every worker on a timer; a worker
// that must happen once across replicas (a schedule step, a webhook delivery) claims its rows through
// the database (`FOR UPDATE SKIP LOCKED` or an advisory lock), never through a leader election.
import type { Db } from '../db/knex.ts';

export interface Worker {
  /** Shown in logs, e.g. `schedules`, `webhook-deliveries`. */
  name: string;
  /** Pause between the end of one run and the start of the next (runs of one worker never overlap). */
  everyMs: number;
  /**
   * One pass: claim what is due at `now`, do it, return. Tests call it directly with an injected `now`.
   * A throw is logged by the runner and the next pass comes as usual.
   */
  run(db: Db, now: Date): Promise<void>;
}
