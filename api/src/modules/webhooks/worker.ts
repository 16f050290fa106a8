import type { Worker } from '../../background/worker.ts';
import { runDeliveries } from './delivery.ts';

/** Webhook deliveries: every replica looks for due ones every FF_WEBHOOKS_EVERY_MS (1000 by default). */
export const webhookWorker: Worker = {
  name: 'webhook-deliveries',
  everyMs: Number(process.env.FF_WEBHOOKS_EVERY_MS) > 0 ? Number(process.env.FF_WEBHOOKS_EVERY_MS) : 1000,
  run: async (db, now) => {
    await runDeliveries(db, now);
  },
};
