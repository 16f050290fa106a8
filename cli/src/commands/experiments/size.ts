import { Args, Flags } from '@oclif/core';
import type { ExperimentSampleSize } from '@ff/client';
import { sampleSize, StatsInputError } from '@ff/stats';
import { BaseCommand } from '../../base-command.ts';
import { usage } from '../../errors.ts';
import { parseShare } from '../../experiment-view.ts';

export default class ExperimentsSize extends BaseCommand {
  static override summary =
    'Units needed per variant to detect a relative effect, and the days it takes: at an experiment’s current enrollment rate, or at --daily-units without one.';
  static override examples = [
    '<%= config.bin %> experiments size --baseline 3% --mde 10% --power 0.8 --daily-units 2000',
    '<%= config.bin %> experiments size --baseline 10% --mde 20% --variants 3',
    '<%= config.bin %> experiments size pricing-display --baseline 3% --mde 10% --power 0.8',
  ];
  static override args = {
    key: Args.string({
      description:
        'experiment key: use its variants and current enrollment rate (omit for a plain calculator)',
      required: false,
    }),
  };
  static override flags = {
    baseline: Flags.string({ description: 'control conversion rate, e.g. 3%', required: true }),
    mde: Flags.string({ description: 'minimum detectable relative effect, e.g. 10%', required: true }),
    power: Flags.string({ description: 'default 0.8' }),
    alpha: Flags.string({ description: 'two-sided, default 0.05' }),
    variants: Flags.integer({
      description: 'variants including control, default 2 (without an experiment key)',
      min: 2,
    }),
    'daily-units': Flags.integer({
      description: 'units enrolled per day, for the duration (without an experiment key)',
      min: 1,
    }),
  };

  async run(): Promise<ExperimentSampleSize> {
    const { args, flags } = await this.parse(ExperimentsSize);
    const baseline = parseShare(flags.baseline);
    const mde = parseShare(flags.mde);
    if (baseline === undefined || !(baseline > 0 && baseline < 1))
      throw usage(`--baseline ${flags.baseline} is not a rate in (0, 100%)`);
    if (mde === undefined || !(mde > 0)) throw usage(`--mde ${flags.mde} is not a positive share`);
    const power = flags.power === undefined ? undefined : parseShare(flags.power);
    const alpha = flags.alpha === undefined ? undefined : parseShare(flags.alpha);
    if (power !== undefined && !(power > 0 && power < 1))
      throw usage(`--power ${flags.power} is not a probability in (0, 1)`);
    if (alpha !== undefined && !(alpha > 0 && alpha < 1))
      throw usage(`--alpha ${flags.alpha} is not a probability in (0, 1)`);
    const data =
      args.key === undefined
        ? this.standalone(baseline, mde, power, alpha, flags.variants, flags['daily-units'])
        : await this.forExperiment(args.key, baseline, mde, power, alpha, flags);
    const when =
      data.days === null
        ? args.key === undefined
          ? 'pass --daily-units N for the duration'
          : 'no enrollment rate yet (launch the experiment to estimate the duration)'
        : `about ${Math.ceil(data.days)} days at ${Math.round(data.enrollmentPerDay ?? 0)} units/day`;
    this.say(
      `${data.perVariant} units per variant, ${data.total} in all (${data.variants} variants); ${when}`,
    );
    return data;
  }

  /** No experiment: the stats package computes (same formula as the API's), the CLI only renders. */
  private standalone(
    baseline: number,
    mde: number,
    power: number | undefined,
    alpha: number | undefined,
    variants = 2,
    dailyUnits: number | undefined,
  ): ExperimentSampleSize {
    let r: ReturnType<typeof sampleSize>;
    try {
      r = sampleSize({
        baseline,
        mde,
        variants,
        ...(power !== undefined ? { power } : {}),
        ...(alpha !== undefined ? { alpha } : {}),
        ...(dailyUnits !== undefined ? { dailyUnits } : {}),
      });
    } catch (error) {
      // StatsInputError: the inputs describe no experiment (e.g. baseline + effect above 100%).
      if (error instanceof StatsInputError) throw usage(error.message);
      throw error;
    }
    return {
      perVariant: r.perVariant,
      total: r.total,
      variants,
      enrollmentPerDay: dailyUnits ?? null,
      days: r.days ?? null,
    };
  }

  private async forExperiment(
    key: string,
    baseline: number,
    mde: number,
    power: number | undefined,
    alpha: number | undefined,
    flags: { variants?: number; 'daily-units'?: number },
  ): Promise<ExperimentSampleSize> {
    // The experiment fixes both: its variants, and the enrollment rate it measured.
    if (flags.variants !== undefined || flags['daily-units'] !== undefined)
      throw usage(
        '--variants and --daily-units are for the calculator without an experiment key',
        `the experiment ${key} supplies its variants and enrollment rate`,
      );
    const api = await this.api();
    const { data } = await this.step('Computing the sample size', () =>
      api.getExperimentSampleSize({
        path: { project: this.project, experiment: key },
        query: {
          baseline,
          mde,
          ...(power !== undefined ? { power } : {}),
          ...(alpha !== undefined ? { alpha } : {}),
        },
      }),
    );
    return data;
  }
}
