import type { Project } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { table } from '../../terminal.ts';

export default class ProjectsList extends BaseCommand {
  static override summary = "List the organization's projects and their environments.";
  static override examples = ['<%= config.bin %> projects list', '<%= config.bin %> projects list --json'];

  async run(): Promise<Project[]> {
    await this.parse(ProjectsList);
    const api = await this.api();
    const { data } = await this.step('Listing projects', () => api.listProjects());
    this.say(
      table(data.items, [
        { header: 'key', get: (p) => p.key },
        { header: 'name', get: (p) => p.name },
        {
          header: 'environments',
          get: (p) => p.environments.map((e) => e.key + (e.protected ? ' (protected)' : '')).join(', '),
        },
      ]),
    );
    return data.items;
  }
}
