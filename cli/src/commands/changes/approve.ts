import { Args, Flags } from '@oclif/core';
import type { ChangeRequest } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { describeChangeRequest } from '../../change-request-view.ts';

export default class ChangesApprove extends BaseCommand {
  static override summary =
    'Approve a change request: apply it now, as you (not its author), if the configuration has not changed since.';
  static override examples = [
    '<%= config.bin %> changes approve 0b5e7c4e-8d2a-4f7e-9a51-3c2f0d9e6b11 -m "checked with QA"',
  ];
  static override args = {
    id: Args.string({ description: 'change request id (ff changes list)', required: true }),
  };
  static override flags = {
    comment: Flags.string({ char: 'm', description: 'why: recorded with the decision', required: false }),
  };

  async run(): Promise<ChangeRequest> {
    const { args, flags } = await this.parse(ChangesApprove);
    const api = await this.api();
    const { data } = await this.step('Approve change request', () =>
      api.decideChangeRequest({
        path: { project: this.project, changeRequest: args.id, decision: 'approve' },
        body: flags.comment ? { comment: flags.comment } : {},
      }),
    );
    for (const line of await describeChangeRequest(api, this.project, data)) this.say(line);
    return data;
  }
}
