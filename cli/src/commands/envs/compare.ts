import { Args } from '@oclif/core';
import type { EnvironmentComparison } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';

const show = (v: unknown) => (v === undefined ? '-' : JSON.stringify(v));

export default class EnvsCompare extends BaseCommand {
  static override summary = 'Show how the flag configurations of two environments differ.';
  static override examples = [
    '<%= config.bin %> envs compare staging production',
    '<%= config.bin %> envs compare staging production --json',
  ];
  static override args = {
    env: Args.string({ description: 'environment', required: true }),
    with: Args.string({ description: 'the environment to compare it with', required: true }),
  };

  async run(): Promise<EnvironmentComparison> {
    const { args } = await this.parse(EnvsCompare);
    const api = await this.api();
    const { data } = await this.step('Comparing', () =>
      api.compareEnvironments({ path: { project: this.project, env: args.env }, query: { with: args.with } }),
    );
    this.say(
      `${data.identical} flags identical, ${data.differences.length} differ (${args.env} vs ${args.with})`,
    );
    for (const d of data.differences) {
      this.say(`\n${d.flag}`);
      for (const c of d.changes) this.say(`  ${c.field}: ${show(c.environment)}  vs  ${show(c.with)}`);
    }
    return data;
  }
}
