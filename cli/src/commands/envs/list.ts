import type { Environment } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { table } from '../../terminal.ts';

export default class EnvsList extends BaseCommand {
  static override summary = "List a project's environments.";
  static override examples = ['<%= config.bin %> envs list', '<%= config.bin %> envs list -p demo --json'];

  async run(): Promise<Environment[]> {
    await this.parse(EnvsList);
    const api = await this.api();
    const { data } = await this.step('Listing environments', () =>
      api.listEnvironments({ path: { project: this.project } }),
    );
    this.say(
      table(data.items, [
        { header: 'key', get: (e) => e.key },
        { header: 'name', get: (e) => e.name },
        { header: 'protected', get: (e) => (e.protected ? 'yes' : 'no') },
        { header: 'color', get: (e) => e.color },
        { header: 'version', get: (e) => e.version },
      ]),
    );
    return data.items;
  }
}
