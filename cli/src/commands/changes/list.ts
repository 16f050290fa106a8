import { Flags } from '@oclif/core';
import type { ChangeRequest } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { changeRequestsTable } from '../../change-request-view.ts';

export default class ChangesList extends BaseCommand {
  static override summary = "List the project's change requests (pending ones by default).";
  static override examples = [
    '<%= config.bin %> changes list',
    '<%= config.bin %> changes list --status all --json',
  ];
  static override flags = {
    status: Flags.string({
      description: 'which ones',
      options: ['pending', 'applied', 'rejected', 'expired', 'all'],
      default: 'pending',
    }),
    limit: Flags.integer({ description: 'at most this many', min: 1, max: 500, default: 50 }),
  };

  async run(): Promise<ChangeRequest[]> {
    const { flags } = await this.parse(ChangesList);
    const api = await this.api();
    const { data } = await this.step('Listing change requests', () =>
      api.listChangeRequests({
        path: { project: this.project },
        query: {
          limit: flags.limit,
          ...(flags.status === 'all' ? {} : { status: flags.status as ChangeRequest['status'] }),
        },
      }),
    );
    this.say(changeRequestsTable(data.items));
    return data.items;
  }
}
