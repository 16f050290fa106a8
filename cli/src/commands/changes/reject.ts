import { Args, Flags } from '@oclif/core';
import type { ChangeRequest } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { describeChangeRequest } from '../../change-request-view.ts';

export default class ChangesReject extends BaseCommand {
  static override summary = 'Reject a change request, saying why (-m is required).';
  static override examples = [
    '<%= config.bin %> changes reject 0b5e7c4e-8d2a-4f7e-9a51-3c2f0d9e6b11 -m "not during the sale"',
  ];
  static override args = {
    id: Args.string({ description: 'change request id (ff changes list)', required: true }),
  };
  static override flags = {
    comment: Flags.string({ char: 'm', description: 'why: recorded with the decision', required: true }),
  };

  async run(): Promise<ChangeRequest> {
    const { args, flags } = await this.parse(ChangesReject);
    const api = await this.api();
    const { data } = await this.step('Reject change request', () =>
      api.decideChangeRequest({
        path: { project: this.project, changeRequest: args.id, decision: 'reject' },
        body: flags.comment ? { comment: flags.comment } : {},
      }),
    );
    for (const line of await describeChangeRequest(api, this.project, data)) this.say(line);
    return data;
  }
}
