// The experiment lifecycle DRAFT → RUNNING ⇄ PAUSED → STOPPED (+ archived) as a path between two
// declared states: what the Terraform provider and `ff plan` need to turn "status = stopped" into the
// transitions the API runs (launch, pause, stop, archive), and to refuse at plan time what the API
// would refuse at apply (a stopped experiment never runs again). The API's own guard is
// `experimentStep` (one step at a time, what the API's guard asks); `experimentPath` walks the same graph.

/** An experiment's status, as the API spells it. */
export type ExperimentStatus = 'draft' | 'running' | 'paused' | 'stopped';

/** A transition the API runs (`POST …/experiments/{key}/transitions`). */
export type ExperimentAction = 'launch' | 'pause' | 'stop' | 'archive';

/** Where an experiment is in its lifecycle. */
export interface ExperimentState {
  readonly status: ExperimentStatus;
  readonly archived: boolean;
}

/** The statuses, in lifecycle order. */
export const EXPERIMENT_STATUSES: readonly ExperimentStatus[] = ['draft', 'running', 'paused', 'stopped'];

/**
 * The transitions that take an experiment from `from` to `to`, in order (empty when they are the same),
 * or why no sequence of transitions can: a stopped experiment never runs again, nothing returns to
 * draft, a draft is archived rather than stopped, archiving is one-way and needs a draft or stopped
 * experiment. A draft is not taken to `paused` (launch, then pause would run it for a moment): it
 * launches first.
 */
export function experimentPath(
  key: string,
  from: ExperimentState,
  to: ExperimentState,
): { ok: true; actions: ExperimentAction[] } | { ok: false; reason: string } {
  const refuse = (reason: string) => ({ ok: false as const, reason });
  if (from.archived) {
    if (!to.archived) return refuse(`experiment "${key}" is archived, and archiving cannot be undone`);
    if (to.status !== from.status)
      return refuse(`experiment "${key}" is archived; its status (${from.status}) can no longer change`);
    return { ok: true, actions: [] };
  }
  const actions: ExperimentAction[] = [];
  if (from.status !== to.status) {
    const step = statusStep(key, from.status, to.status);
    if (typeof step !== 'string' || !isAction(step)) return refuse(step);
    actions.push(step);
  }
  if (to.archived) {
    if (to.status !== 'draft' && to.status !== 'stopped')
      return refuse(
        `experiment "${key}" is ${to.status}; only a draft or stopped experiment can be archived`,
      );
    actions.push('archive');
  }
  return { ok: true, actions };
}

function isAction(s: string): s is ExperimentAction {
  return s === 'launch' || s === 'pause' || s === 'stop' || s === 'archive';
}

/** Why a transition cannot run, in words; `stopped` when the reason is that a stopped experiment never runs again. */
export interface ExperimentRefusal {
  readonly ok: false;
  readonly reason: string;
  readonly stopped: boolean;
}

const stoppedForGood = (key: string) =>
  `experiment "${key}" is stopped, and a stopped experiment never runs again (its results would mix two runs); create a new experiment instead`;

/**
 * What one transition does to an experiment in `state`, or why it cannot run: the lifecycle graph
 * itself. The API's guard asks it before every transition; `experimentPath` walks it.
 */
export function experimentStep(
  key: string,
  state: ExperimentState,
  action: ExperimentAction,
): { ok: true; state: ExperimentState } | ExperimentRefusal {
  const no = (reason: string, stopped = false): ExperimentRefusal => ({ ok: false, reason, stopped });
  const to = (status: ExperimentStatus, archived = false) => ({
    ok: true as const,
    state: { status, archived },
  });
  const { status } = state;
  if (state.archived) return no(`experiment "${key}" is archived; it cannot ${action}`);
  switch (action) {
    case 'launch':
      if (status === 'draft' || status === 'paused') return to('running');
      return status === 'stopped'
        ? no(stoppedForGood(key), true)
        : no(`experiment "${key}" is already running`);
    case 'pause':
      if (status === 'running') return to('paused');
      return no(`experiment "${key}" is ${status}; only a running experiment can pause`);
    case 'stop':
      if (status === 'running' || status === 'paused') return to('stopped');
      return no(
        status === 'stopped'
          ? `experiment "${key}" is already stopped`
          : `experiment "${key}" has not run, so it cannot stop; archive the draft instead`,
      );
    case 'archive':
      if (status === 'draft' || status === 'stopped') return to(status, true);
      return no(`experiment "${key}" is ${status}; stop it before archiving it`);
  }
}

/** The action that moves toward `to`, checked by `experimentStep`; or the reason there is none. */
function statusStep(key: string, from: ExperimentStatus, to: ExperimentStatus): ExperimentAction | string {
  if (from === 'stopped') return stoppedForGood(key);
  if (to === 'draft') return `experiment "${key}" has run (${from}); it cannot return to draft`;
  const action: ExperimentAction = to === 'running' ? 'launch' : to === 'paused' ? 'pause' : 'stop';
  const step = experimentStep(key, { status: from, archived: false }, action);
  if (step.ok) return action;
  // A declared state (Terraform, flags.yaml) gets the advice in its own terms.
  if (from === 'draft' && to === 'paused')
    return `experiment "${key}" is a draft; launch it (status = "running") before pausing it`;
  if (from === 'draft' && to === 'stopped')
    return `experiment "${key}" has not run, so it cannot stop; archive the draft instead (archived = true)`;
  return step.reason;
}
