import { Args } from '@oclif/core';
import type { ChangeRequest } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { describeChangeRequest } from '../../change-request-view.ts';

export default class ChangesShow extends BaseCommand {
  static override summary = 'Show a change request and the change it makes (its diff).';
  static override examples = ['<%= config.bin %> changes show 0b5e7c4e-8d2a-4f7e-9a51-3c2f0d9e6b11'];
  static override args = { id: Args.string({ description: 'change request id', required: true }) };

  async run(): Promise<ChangeRequest> {
    const { args } = await this.parse(ChangesShow);
    const api = await this.api();
    const { data } = await this.step(`Reading ${args.id}`, () =>
      api.getChangeRequest({ path: { project: this.project, changeRequest: args.id } }),
    );
    for (const line of await describeChangeRequest(api, this.project, data)) this.say(line);
    return data;
  }
}
