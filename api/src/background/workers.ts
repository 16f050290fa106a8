// Every background worker of the API, in one list: add yours here (one line) and it runs in every
// replica. A worker's `run(db, now)` must claim its work through the database, so that N replicas
// running the same list do each piece once (see worker.ts).
import { insightsRetentionWorker } from '../modules/insights/worker.ts';
import { schedulerWorker } from '../modules/schedules/worker.ts';
import { webhookWorker } from '../modules/webhooks/worker.ts';
import { guardrailWorker } from '../modules/experiments/guardrails.ts';
import { eventRetentionWorker } from '../modules/experiments/retention.ts';
import type { Worker } from './worker.ts';

export const workers: Worker[] = [
  schedulerWorker,
  webhookWorker,
  insightsRetentionWorker,
  guardrailWorker,
  eventRetentionWorker,
];
