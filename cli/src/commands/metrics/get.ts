import { Args } from '@oclif/core';
import type { MetricDefinition } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { metricDetails } from '../../metric-view.ts';

export default class MetricsGet extends BaseCommand {
  static override summary = 'Show a metric definition.';
  static override examples = ['<%= config.bin %> metrics get purchase-7d'];
  static override args = { key: Args.string({ description: 'metric key', required: true }) };

  async run(): Promise<MetricDefinition> {
    const { args } = await this.parse(MetricsGet);
    const api = await this.api();
    const { data } = await this.step(`Reading ${args.key}`, () =>
      api.getMetricDefinition({ path: { project: this.project, metric: args.key } }),
    );
    this.say(metricDetails(data));
    return data;
  }
}
