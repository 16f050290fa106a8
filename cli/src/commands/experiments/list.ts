import { Flags } from '@oclif/core';
import type { Experiment } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { experimentsTable } from '../../experiment-view.ts';

export default class ExperimentsList extends BaseCommand {
  static override summary = "List the project's experiments.";
  static override examples = [
    '<%= config.bin %> experiments list',
    '<%= config.bin %> experiments list --status running --json',
  ];
  static override flags = {
    status: Flags.string({ options: ['draft', 'running', 'paused', 'stopped'] }),
    archived: Flags.boolean({ description: 'list archived experiments instead' }),
    limit: Flags.integer({ min: 1, max: 500, default: 100 }),
  };

  async run(): Promise<Experiment[]> {
    const { flags } = await this.parse(ExperimentsList);
    const api = await this.api();
    const { data } = await this.step('Listing experiments', () =>
      api.listExperiments({
        path: { project: this.project },
        query: {
          ...(flags.status ? { status: flags.status as Experiment['status'] } : {}),
          archived: flags.archived,
          limit: flags.limit,
        },
      }),
    );
    this.say(experimentsTable(data.items));
    return data.items;
  }
}
