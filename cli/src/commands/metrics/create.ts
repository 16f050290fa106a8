import { Args, Flags } from '@oclif/core';
import type { MetricDefinition, MetricDefinitionCreate } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { usage } from '../../errors.ts';
import { measureOf, metricFields } from '../../metric-view.ts';

export default class MetricsCreate extends BaseCommand {
  static override summary =
    'Define a metric over tracked events: binomial (converted), count or sum per unit.';
  static override examples = [
    '<%= config.bin %> metrics create purchase-7d --event purchase --kind binomial --window 7d',
    '<%= config.bin %> metrics create clicks --event click --kind count --cap 50',
    '<%= config.bin %> metrics create revenue --event purchase --kind sum --cap 1000',
    '<%= config.bin %> metrics create load-time --event page-load --kind sum --direction lower',
  ];
  static override args = { key: Args.string({ description: 'metric key (kebab-case)', required: true }) };
  static override flags = {
    event: Flags.string({ description: 'the tracked event name (track(name, value?))', required: true }),
    kind: Flags.string({
      description:
        'binomial: converted within the window; count: events per unit; sum: value per unit (its mean compared)',
      options: ['binomial', 'count', 'sum'],
      required: true,
    }),
    window: Flags.string({ description: 'after first exposure, e.g. 7d or 36h (default 7d)' }),
    cap: Flags.string({ description: "cap each unit's count or sum at this value (outliers)" }),
    direction: Flags.string({
      description: 'which way is better (default higher)',
      options: ['higher', 'lower'],
    }),
    name: Flags.string({ description: 'display name' }),
    description: Flags.string({ char: 'd' }),
  };

  async run(): Promise<MetricDefinition> {
    const { args, flags } = await this.parse(MetricsCreate);
    const fields = metricFields(flags);
    if (typeof fields === 'string') throw usage(fields);
    const body: MetricDefinitionCreate = {
      key: args.key,
      event: flags.event,
      kind: flags.kind as MetricDefinitionCreate['kind'],
      ...fields,
      ...(flags.direction ? { direction: flags.direction as 'higher' | 'lower' } : {}),
      ...(flags.name ? { name: flags.name } : {}),
      ...(flags.description ? { description: flags.description } : {}),
    };
    const api = await this.api();
    const { data } = await this.step(`Creating ${args.key}`, () =>
      api.createMetricDefinition({ path: { project: this.project }, body }),
    );
    this.say(
      `created metric ${data.key}: ${data.event} ${measureOf(data)}, ${data.direction} is better; use it with ff experiments create … --primary-metric ${data.key}`,
    );
    return data;
  }
}
