import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../../base-command.ts';
import { CliFailure, usage } from '../../errors.ts';
import { confirm } from '../../terminal.ts';

export default class ProjectsDelete extends BaseCommand {
  static override summary = 'Delete a project with all its environments, flags and segments.';
  static override examples = ['<%= config.bin %> projects delete old-app --yes'];
  static override args = { key: Args.string({ description: 'project key', required: true }) };
  static override flags = { yes: Flags.boolean({ char: 'y', description: 'do not ask' }) };

  async run(): Promise<{ deleted: string }> {
    const { args, flags } = await this.parse(ProjectsDelete);
    if (!flags.yes) {
      if (!process.stdin.isTTY) throw usage(`deleting project ${args.key} needs --yes without a TTY`);
      if (!(await confirm(`Delete project ${args.key} and everything in it? [y/N] `)))
        throw new CliFailure('cancelled');
    }
    const api = await this.api();
    await this.step(`Deleting ${args.key}`, () => api.deleteProject({ path: { project: args.key } }));
    this.say(`deleted project ${args.key}`);
    return { deleted: args.key };
  }
}
