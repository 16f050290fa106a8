// The lifecycle DRAFT → RUNNING ⇄ PAUSED → STOPPED (+ archived) and what may change in each status, as
// pure functions: the service asks them before it writes, the table test states them.
import { HttpError } from '../../http/errors.ts';
import type { ExperimentStatus } from './view.ts';

export type TransitionAction = 'launch' | 'pause' | 'stop' | 'archive';

/** 409 with the experiment's problem type, so clients can tell a lifecycle refusal from a key clash. */
export class ExperimentStateError extends HttpError {
  constructor(
    detail: string,
    slug: 'experiment-state' | 'experiment-stopped' | 'experiment-frozen' = 'experiment-state',
  ) {
    super(409, slug, 'Not allowed in this experiment status', detail);
  }
}

/** The status after `action`, or a 409 saying why it is not allowed from `status`. */
export function nextStatus(
  key: string,
  status: ExperimentStatus,
  archived: boolean,
  action: TransitionAction,
): { status: ExperimentStatus; archived: boolean } {
  if (archived) {
    throw new ExperimentStateError(`Experiment "${key}" is archived; it cannot ${action}.`);
  }
  switch (action) {
    case 'launch':
      if (status === 'draft' || status === 'paused') return { status: 'running', archived };
      if (status === 'stopped') {
        throw new ExperimentStateError(
          `Experiment "${key}" is stopped, and a stopped experiment never runs again (its results would mix two runs); create a new experiment instead.`,
          'experiment-stopped',
        );
      }
      throw new ExperimentStateError(`Experiment "${key}" is already running.`);
    case 'pause':
      if (status === 'running') return { status: 'paused', archived };
      throw new ExperimentStateError(
        `Experiment "${key}" is ${status}; only a running experiment can pause.`,
      );
    case 'stop':
      if (status === 'running' || status === 'paused') return { status: 'stopped', archived };
      throw new ExperimentStateError(
        status === 'stopped'
          ? `Experiment "${key}" is already stopped.`
          : `Experiment "${key}" has not run; archive the draft instead of stopping it.`,
      );
    case 'archive':
      if (status === 'draft' || status === 'stopped') return { status, archived: true };
      throw new ExperimentStateError(`Experiment "${key}" is ${status}; stop it before archiving it.`);
  }
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
