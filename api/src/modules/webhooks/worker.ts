import type { Worker } from '../../background/worker.ts';
import { createHttpSend, runDeliveries } from './delivery.ts';
import type { TargetPolicy } from './delivery.ts';

/** Webhook deliveries: every replica looks for due ones every FF_WEBHOOKS_EVERY_MS (1000 by default). */
export function webhookWorkerFor(policy: TargetPolicy): Worker {
  const send = createHttpSend(policy);
  return {
    name: 'webhook-deliveries',
    everyMs: Number(process.env.FF_WEBHOOKS_EVERY_MS) > 0 ? Number(process.env.FF_WEBHOOKS_EVERY_MS) : 1000,
    run: async (db, now) => {
      await runDeliveries(db, now, send);
    },
  };
}

/** Public targets only; createApp swaps in webhookWorkerFor(deps.webhookTargets) when it is given. */
export const webhookWorker: Worker = webhookWorkerFor({ allowPrivate: false });
