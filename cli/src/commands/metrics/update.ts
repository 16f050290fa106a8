import { Args, Flags } from '@oclif/core';
import type { MetricDefinition, MetricDefinitionUpdate } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { usage } from '../../errors.ts';
import { measureOf, metricFields } from '../../metric-view.ts';

export default class MetricsUpdate extends BaseCommand {
  static override summary =
    'Change a metric definition (only name and description while a running experiment uses it).';
  static override examples = [
    '<%= config.bin %> metrics update purchase-7d --window 14d',
    '<%= config.bin %> metrics update revenue --no-cap',
  ];
  static override args = { key: Args.string({ description: 'metric key', required: true }) };
  static override flags = {
    event: Flags.string({ description: 'the tracked event name' }),
    window: Flags.string({ description: 'e.g. 7d or 36h' }),
    cap: Flags.string({ description: "cap each unit's count or sum at this value" }),
    'no-cap': Flags.boolean({ description: 'remove the cap' }),
    direction: Flags.string({ options: ['higher', 'lower'] }),
    name: Flags.string(),
    description: Flags.string({ char: 'd' }),
  };

  async run(): Promise<MetricDefinition> {
    const { args, flags } = await this.parse(MetricsUpdate);
    const fields = metricFields(flags);
    if (typeof fields === 'string') throw usage(fields);
    const body: MetricDefinitionUpdate = { ...fields };
    if (flags.event) body.event = flags.event;
    if (flags.direction) body.direction = flags.direction as 'higher' | 'lower';
    if (flags.name) body.name = flags.name;
    if (flags.description !== undefined) body.description = flags.description;
    if (Object.keys(body).length === 0) throw usage('nothing to change', 'see ff metrics update --help');
    const api = await this.api();
    const { data } = await this.step(`Updating ${args.key}`, () =>
      api.updateMetricDefinition({ path: { project: this.project, metric: args.key }, body }),
    );
    this.say(`updated metric ${data.key} (version ${data.version}): ${data.event} ${measureOf(data)}`);
    return data;
  }
}
