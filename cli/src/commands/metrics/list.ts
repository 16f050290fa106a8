import { Flags } from '@oclif/core';
import type { MetricDefinition } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { metricsTable } from '../../metric-view.ts';

export default class MetricsList extends BaseCommand {
  static override summary = "List the project's metric definitions.";
  static override examples = ['<%= config.bin %> metrics list', '<%= config.bin %> metrics list --json'];
  static override flags = {
    limit: Flags.integer({ min: 1, max: 500, default: 100 }),
  };

  async run(): Promise<MetricDefinition[]> {
    const { flags } = await this.parse(MetricsList);
    const api = await this.api();
    const { data } = await this.step('Listing metrics', () =>
      api.listMetricDefinitions({ path: { project: this.project }, query: { limit: flags.limit } }),
    );
    this.say(metricsTable(data.items));
    return data.items;
  }
}
