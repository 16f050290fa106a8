import { Args, Flags } from '@oclif/core';
import type { Project } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';

export default class ProjectsCreate extends BaseCommand {
  static override summary =
    'Create a project (with development, staging and production unless --env is given).';
  static override examples = [
    '<%= config.bin %> projects create checkout --name Checkout',
    '<%= config.bin %> projects create mobile --environment dev --environment prod:protected',
  ];
  static override args = { key: Args.string({ description: 'project key', required: true }) };
  static override flags = {
    name: Flags.string({ description: 'display name (default: the key)' }),
    environment: Flags.string({
      multiple: true,
      description: "KEY or KEY:protected; repeat (default: the server's set)",
    }),
  };

  async run(): Promise<Project> {
    const { args, flags } = await this.parse(ProjectsCreate);
    const api = await this.api();
    const environments = flags.environment?.map((spec) => {
      const [key, mode] = spec.split(':');
      return { key: key!, name: key!, protected: mode === 'protected' };
    });
    const { data: p } = await this.step(`Creating ${args.key}`, () =>
      api.createProject({
        body: { key: args.key, name: flags.name ?? args.key, ...(environments ? { environments } : {}) },
      }),
    );
    this.say(
      `created project ${p.key} with ${p.environments.map((e) => e.key).join(', ') || 'no environments'}`,
    );
    return p;
  }
}
