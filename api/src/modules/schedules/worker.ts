import type { Worker } from '../../background/worker.ts';
import { runDueSteps } from './executor.ts';

/** The scheduler: every replica looks for due steps every FF_SCHEDULER_EVERY_MS (1000 by default). */
export const schedulerWorker: Worker = {
  name: 'scheduler',
  everyMs: Number(process.env.FF_SCHEDULER_EVERY_MS) > 0 ? Number(process.env.FF_SCHEDULER_EVERY_MS) : 1000,
  run: async (db, now) => {
    await runDueSteps(db, now);
  },
};
