// The lifecycle DRAFT → RUNNING ⇄ PAUSED → STOPPED (+ archived) and what may change in each status, as
// pure functions: the service asks them before it writes, the table test states them.
import { experimentStep } from '@ff/engine';
import { HttpError } from '../../http/errors.ts';
import type { ExperimentStatus } from './view.ts';

import type { ExperimentAction as TransitionAction } from '@ff/engine';

export type { TransitionAction };

/** 409 with the experiment's problem type, so clients can tell a lifecycle refusal from a key clash. */
export class ExperimentStateError extends HttpError {
  constructor(
    detail: string,
    slug: 'experiment-state' | 'experiment-stopped' | 'experiment-frozen' = 'experiment-state',
  ) {
    super(409, slug, 'Not allowed in this experiment status', detail);
  }
}

/** The status after `action`, or a 409 saying why it is not allowed from `status` (the engine's lifecycle). */
export function nextStatus(
  key: string,
  status: ExperimentStatus,
  archived: boolean,
  action: TransitionAction,
): { status: ExperimentStatus; archived: boolean } {
  const step = experimentStep(key, { status, archived }, action);
  if (step.ok) return { status: step.state.status, archived: step.state.archived };
  const sentence = `${step.reason.charAt(0).toUpperCase()}${step.reason.slice(1)}.`;
  throw new ExperimentStateError(sentence, step.stopped ? 'experiment-stopped' : 'experiment-state');
}

/** Fields that decide who gets which variant: frozen once the experiment has run. */
export const splitFields = ['variants', 'allocation', 'population', 'salt'] as const;

/**
 * 409 unless `changed` fields may change in `status`: nothing once stopped (or archived), and not the
 * split while running or paused (the units already exposed were split by it).
 */
export function assertEditable(
  key: string,
  status: ExperimentStatus,
  archived: boolean,
  changed: readonly string[],
): void {
  if (changed.length === 0) return;
  if (archived || status === 'stopped') {
    throw new ExperimentStateError(
      `Experiment "${key}" is ${archived ? 'archived' : 'stopped'}; it can no longer change.`,
    );
  }
  if (status === 'running' || status === 'paused') {
    const frozen = changed.filter((f) => (splitFields as readonly string[]).includes(f));
    if (frozen.length > 0) {
      throw new ExperimentStateError(
        `Experiment "${key}" is ${status}: its ${frozen.join(', ')} cannot change while it runs (units already exposed were split by them). Stop it and create a new experiment to change the split.`,
        'experiment-frozen',
      );
    }
  }
}
