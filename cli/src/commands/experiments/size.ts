import { Args, Flags } from '@oclif/core';
import type { ExperimentSampleSize } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { usage } from '../../errors.ts';
import { parseShare } from '../../experiment-view.ts';

export default class ExperimentsSize extends BaseCommand {
  static override summary =
    'Units needed per variant to detect a relative effect, and the days it takes at the experiment’s current enrollment rate.';
  static override examples = [
    '<%= config.bin %> experiments size pricing-display --baseline 3% --mde 10% --power 0.8',
  ];
  static override args = { key: Args.string({ description: 'experiment key', required: true }) };
  static override flags = {
    baseline: Flags.string({ description: 'control conversion rate, e.g. 3%', required: true }),
    mde: Flags.string({ description: 'minimum detectable relative effect, e.g. 10%', required: true }),
    power: Flags.string({ description: 'default 0.8' }),
    alpha: Flags.string({ description: 'default 0.05' }),
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
    const api = await this.api();
    const { data } = await this.step('Computing the sample size', () =>
      api.getExperimentSampleSize({
        path: { project: this.project, experiment: args.key },
        query: {
          baseline,
          mde,
          ...(power !== undefined ? { power } : {}),
          ...(alpha !== undefined ? { alpha } : {}),
        },
      }),
    );
    const when =
      data.days === null
        ? 'no enrollment rate yet (launch the experiment to estimate the duration)'
        : `about ${Math.ceil(data.days)} days at ${Math.round(data.enrollmentPerDay ?? 0)} units/day`;
    this.say(
      `${data.perVariant} units per variant, ${data.total} in all (${data.variants} variants); ${when}`,
    );
    return data;
  }
}
