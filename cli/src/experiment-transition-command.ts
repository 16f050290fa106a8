// The lifecycle commands (launch, pause, stop, archive) share one request and one line of output.
import { Args } from '@oclif/core';
import type { Experiment, ExperimentTransition } from '@ff/client';
import { BaseCommand } from './base-command.ts';

export const transitionArgs = { key: Args.string({ description: 'experiment key', required: true }) };

export abstract class ExperimentTransitionCommand extends BaseCommand {
  protected async transition(key: string, body: ExperimentTransition): Promise<Experiment> {
    const api = await this.api();
    const { data } = await this.step(
      `${body.action[0]!.toUpperCase()}${body.action.slice(1)}ing ${key}`,
      () => api.transitionExperiment({ path: { project: this.project, experiment: key }, body }),
    );
    const serving =
      data.status === 'running'
        ? `flag ${data.flag} serves the split in ${data.environment}`
        : data.status === 'stopped' && data.decision?.rolledOut
          ? `flag ${data.flag} serves ${data.decision.winner} to everyone in ${data.environment}`
          : body.action === 'archive'
            ? 'archived'
            : `flag ${data.flag} serves ${data.variants[0]!.key} (control) in ${data.environment}`;
    this.say(`${data.key}: ${data.status}; ${serving}`);
    return data;
  }
}
