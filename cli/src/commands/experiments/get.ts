import { Args } from '@oclif/core';
import type { Experiment } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { experimentDetails } from '../../experiment-view.ts';

export default class ExperimentsGet extends BaseCommand {
  static override summary = 'Show an experiment: variants, allocation, metrics, status and decision.';
  static override examples = ['<%= config.bin %> experiments get pricing-display'];
  static override args = { key: Args.string({ description: 'experiment key', required: true }) };

  async run(): Promise<Experiment> {
    const { args } = await this.parse(ExperimentsGet);
    const api = await this.api();
    const { data } = await this.step(`Reading ${args.key}`, () =>
      api.getExperiment({ path: { project: this.project, experiment: args.key } }),
    );
    this.say(experimentDetails(data));
    return data;
  }
}
