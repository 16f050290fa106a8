// The lifecycle commands (launch, pause, stop, archive) share one request and one line of output
// (experiment-writes.ts, which the dashboard uses too).
import { Args } from '@oclif/core';
import type { Experiment, ExperimentTransition } from '@ff/client';
import { BaseCommand } from './base-command.ts';
import { transitionExperiment, transitionSummary } from './experiment-writes.ts';

export const transitionArgs = { key: Args.string({ description: 'experiment key', required: true }) };

export abstract class ExperimentTransitionCommand extends BaseCommand {
  protected async transition(key: string, body: ExperimentTransition): Promise<Experiment> {
    const api = await this.api();
    const data = await this.step(`${body.action[0]!.toUpperCase()}${body.action.slice(1)}ing ${key}`, () =>
      transitionExperiment(api, this.project, key, body),
    );
    this.say(transitionSummary(data, body.action));
    return data;
  }
}
