import { Args } from '@oclif/core';
import type { Environment } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';

export default class EnvsUnprotect extends BaseCommand {
  static override summary = "Remove an environment's protection.";
  static override examples = ['<%= config.bin %> envs unprotect staging'];
  static override args = { key: Args.string({ description: 'environment key', required: true }) };

  async run(): Promise<Environment> {
    const { args } = await this.parse(EnvsUnprotect);
    const api = await this.api();
    const path = { project: this.project, env: args.key };
    const current = await api.getEnvironment({ path });
    const { data: e } = await this.step('Updating ' + args.key, () =>
      api.updateEnvironment({
        path,
        headers: { 'If-Match': String(current.headers.etag) },
        body: { protected: false },
      }),
    );
    this.say(`${e.key} is ${e.protected ? 'protected' : 'not protected'}`);
    return e;
  }
}
