import { Args, Flags } from '@oclif/core';
import type { Experiment, ExperimentUpdate } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { usage } from '../../errors.ts';
import { parseShare, parseVariants } from '../../experiment-view.ts';

export default class ExperimentsUpdate extends BaseCommand {
  static override summary =
    'Change an experiment. The split (variants, weights, allocation, population) is frozen once it runs.';
  static override examples = [
    '<%= config.bin %> experiments update pricing-display --primary-metric purchase-7d',
    '<%= config.bin %> experiments update pricing-display --variants control=40,fees-upfront=60',
  ];
  static override args = { key: Args.string({ description: 'experiment key', required: true }) };
  static override flags = {
    name: Flags.string(),
    hypothesis: Flags.string(),
    description: Flags.string({ char: 'd' }),
    variants: Flags.string({ multiple: true, description: 'KEY=WEIGHT,…' }),
    allocation: Flags.string({ description: 'e.g. 20%' }),
    'primary-metric': Flags.string(),
    'secondary-metric': Flags.string({ multiple: true }),
    'guardrail-metric': Flags.string({ multiple: true }),
    'auto-stop': Flags.boolean({ allowNo: true }),
  };

  async run(): Promise<Experiment> {
    const { args, flags } = await this.parse(ExperimentsUpdate);
    const body: ExperimentUpdate = {};
    if (flags.variants) {
      const variants = parseVariants(flags.variants);
      if (typeof variants === 'string') throw usage(variants);
      body.variants = variants;
    }
    if (flags.allocation !== undefined) {
      const share = parseShare(flags.allocation);
      if (share === undefined || share <= 0 || share > 1)
        throw usage(`--allocation ${flags.allocation} is not a share in (0, 100%]`);
      body.allocation = share * 100;
    }
    if (flags.name) body.name = flags.name;
    if (flags.hypothesis) body.hypothesis = flags.hypothesis;
    if (flags.description) body.description = flags.description;
    if (flags['primary-metric']) body.primaryMetric = flags['primary-metric'];
    if (flags['secondary-metric']) body.secondaryMetrics = flags['secondary-metric'];
    if (flags['guardrail-metric']) body.guardrailMetrics = flags['guardrail-metric'];
    if (flags['auto-stop'] !== undefined) body.autoStop = flags['auto-stop'];
    if (Object.keys(body).length === 0) throw usage('nothing to change', 'see ff experiments update --help');
    const api = await this.api();
    const { data } = await this.step(`Updating ${args.key}`, () =>
      api.updateExperiment({ path: { project: this.project, experiment: args.key }, body }),
    );
    this.say(`updated ${data.key} (version ${data.version})`);
    return data;
  }
}
