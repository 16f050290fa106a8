// The experiment lifecycle write (launch, pause, stop, archive) and the line that says what it did: one
// request shared by the `ff experiments` commands and the dashboard, so there is no second write path.
import type { Experiment, ExperimentTransition, FfClient } from '@ff/client';

export async function transitionExperiment(
  api: FfClient,
  project: string,
  key: string,
  body: ExperimentTransition,
): Promise<Experiment> {
  const { data } = await api.transitionExperiment({ path: { project, experiment: key }, body });
  return data;
}

/** What the flag serves after the transition, in one line. */
export function transitionSummary(data: Experiment, action: ExperimentTransition['action']): string {
  const serving =
    data.status === 'running'
      ? `flag ${data.flag} serves the split in ${data.environment}`
      : data.status === 'stopped' && data.decision?.rolledOut
        ? `flag ${data.flag} serves ${data.decision.winner} to everyone in ${data.environment}`
        : action === 'archive'
          ? 'archived'
          : `flag ${data.flag} serves ${data.variants[0]!.key} (control) in ${data.environment}`;
  return `${data.key}: ${data.status}; ${serving}`;
}
