import { Args, Flags } from '@oclif/core';
import type { Experiment, ExperimentCreate } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { usage } from '../../errors.ts';
import { parseShare, parseVariants } from '../../experiment-view.ts';

export default class ExperimentsCreate extends BaseCommand {
  static override summary = 'Create an experiment (a draft) on a new or existing multi-variant flag.';
  static override examples = [
    '<%= config.bin %> experiments create checkout-redesign --env production --variants control=50,upfront-fees=50',
    '<%= config.bin %> experiments create pricing-display --env staging --variants control,fees-upfront --primary-metric purchase-7d --allocation 20%',
  ];
  static override args = { key: Args.string({ description: 'experiment key (kebab-case)', required: true }) };
  static override flags = {
    env: Flags.string({ char: 'e', description: 'the environment it runs in', required: true }),
    variants: Flags.string({
      description: 'KEY=WEIGHT,… (relative weights; control first)',
      required: true,
      multiple: true,
    }),
    flag: Flags.string({
      description: 'run on this existing flag (its variations are the variants, in order)',
    }),
    name: Flags.string({ description: 'display name' }),
    hypothesis: Flags.string({ description: 'what you expect and why' }),
    description: Flags.string({ char: 'd' }),
    allocation: Flags.string({ description: 'share of the population enrolled, e.g. 20% (default 100%)' }),
    segment: Flags.string({ description: 'enroll only the members of this segment' }),
    salt: Flags.string({ description: 'bucketing salt (default experiment:<key>)' }),
    'primary-metric': Flags.string({ description: 'metric key' }),
    'secondary-metric': Flags.string({ multiple: true, description: 'metric key; repeat' }),
    'guardrail-metric': Flags.string({ multiple: true, description: 'metric key; repeat' }),
    'auto-stop': Flags.boolean({ description: 'stop automatically when a guardrail shows significant harm' }),
  };

  async run(): Promise<Experiment> {
    const { args, flags } = await this.parse(ExperimentsCreate);
    const variants = parseVariants(flags.variants);
    if (typeof variants === 'string') throw usage(variants, 'e.g. --variants control=50,treatment=50');
    let allocation: number | undefined;
    if (flags.allocation !== undefined) {
      const share = parseShare(flags.allocation);
      if (share === undefined || share <= 0 || share > 1)
        throw usage(`--allocation ${flags.allocation} is not a share in (0, 100%]`);
      allocation = share * 100;
    }
    const body: ExperimentCreate = {
      key: args.key,
      environment: flags.env,
      variants,
      ...(flags.flag ? { flag: flags.flag } : {}),
      ...(flags.name ? { name: flags.name } : {}),
      ...(flags.hypothesis ? { hypothesis: flags.hypothesis } : {}),
      ...(flags.description ? { description: flags.description } : {}),
      ...(allocation !== undefined ? { allocation } : {}),
      ...(flags.segment ? { population: { segment: flags.segment } } : {}),
      ...(flags.salt ? { salt: flags.salt } : {}),
      ...(flags['primary-metric'] ? { primaryMetric: flags['primary-metric'] } : {}),
      ...(flags['secondary-metric'] ? { secondaryMetrics: flags['secondary-metric'] } : {}),
      ...(flags['guardrail-metric'] ? { guardrailMetrics: flags['guardrail-metric'] } : {}),
      ...(flags['auto-stop'] ? { autoStop: true } : {}),
    };
    const api = await this.api();
    const { data } = await this.step(`Creating ${args.key}`, () =>
      api.createExperiment({ path: { project: this.project }, body }),
    );
    this.say(
      `created ${data.key} (draft) on flag ${data.flag} in ${data.environment}: ${data.variants.map((v) => `${v.key}=${v.weight}`).join(', ')}; launch it with ff experiments launch ${data.key}`,
    );
    return data;
  }
}
