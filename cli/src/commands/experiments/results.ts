import { Args, Flags } from '@oclif/core';
import type { ExperimentResults } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { resultsView } from '../../experiment-view.ts';

export default class ExperimentsResults extends BaseCommand {
  static override summary =
    'Results per variant and metric: units, conversions or mean, lift with its interval (drawn), p-value, chance to win; the SRM check first.';
  static override examples = [
    '<%= config.bin %> experiments results pricing-display',
    '<%= config.bin %> experiments results pricing-display --alpha 0.01 --json',
  ];
  static override args = { key: Args.string({ description: 'experiment key', required: true }) };
  static override flags = {
    alpha: Flags.string({ description: 'significance level (default 0.05)' }),
  };

  async run(): Promise<ExperimentResults> {
    const { args, flags } = await this.parse(ExperimentsResults);
    const api = await this.api();
    const alpha = flags.alpha === undefined ? undefined : Number(flags.alpha);
    const { data } = await this.step(`Computing results of ${args.key}`, () =>
      api.getExperimentResults({
        path: { project: this.project, experiment: args.key },
        ...(alpha !== undefined ? { query: { alpha } } : {}),
      }),
    );
    this.say(resultsView(data));
    return data;
  }
}
