import { Args } from '@oclif/core';
import type { Project } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { details } from '../../terminal.ts';
import { retentionText } from '../../project-view.ts';

export default class ProjectsGet extends BaseCommand {
  static override summary = 'Show a project (default: the configured one).';
  static override examples = ['<%= config.bin %> projects get demo', '<%= config.bin %> projects get --json'];
  static override args = { key: Args.string({ description: 'project key (default: -p / config)' }) };

  async run(): Promise<Project> {
    const { args } = await this.parse(ProjectsGet);
    const api = await this.api();
    const { data: p } = await this.step('Reading the project', () =>
      api.getProject({ path: { project: args.key ?? this.project } }),
    );
    this.say(
      details([
        ['key', p.key],
        ['name', p.name],
        ['description', p.description],
        ['environments', p.environments.map((e) => e.key + (e.protected ? ' (protected)' : '')).join(', ')],
        ['raw events kept', retentionText(p.eventRetentionDays)],
        ['version', p.version],
        ['created', p.createdAt],
      ]),
    );
    return p;
  }
}
