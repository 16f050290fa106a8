import { Args, Flags } from '@oclif/core';
import type { CreatedToken, Role } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';

export default class TokensCreate extends BaseCommand {
  static override summary =
    'Create an API token (personal, or a service token for CI with --service --role); shown once.';
  static override examples = [
    '<%= config.bin %> tokens create laptop',
    '<%= config.bin %> tokens create ci-deploy --service --role developer --expires 90 --json',
  ];
  static override args = { name: Args.string({ description: 'what it is for', required: true }) };
  static override flags = {
    service: Flags.boolean({ description: 'a service token (not tied to you; needs admin)' }),
    role: Flags.string({
      options: ['owner', 'admin', 'project_admin', 'developer', 'viewer'],
      description: 'service tokens: the role',
    }),
    'token-project': Flags.string({ description: 'service tokens with role project_admin: the project' }),
    expires: Flags.integer({ min: 1, max: 3650, description: 'days until it expires' }),
  };

  async run(): Promise<CreatedToken> {
    const { args, flags } = await this.parse(TokensCreate);
    const api = await this.api();
    const { data } = await this.step('Creating the token', () =>
      api.createToken({
        body: {
          name: args.name,
          kind: flags.service ? 'service' : 'personal',
          ...(flags.role ? { role: flags.role as Role } : {}),
          ...(flags['token-project'] ? { project: flags['token-project'] } : {}),
          ...(flags.expires ? { expiresInDays: flags.expires } : {}),
        },
      }),
    );
    this.say(`${data.kind} token "${data.name}" (id ${data.id}); shown once:\n${data.token}`);
    return data;
  }
}
