import { Args, Flags } from '@oclif/core';
import type { Invitation, Role } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';

export const roleFlag = Flags.string({
  options: ['owner', 'admin', 'project_admin', 'developer', 'viewer'],
  required: true,
  description: 'project_admin also needs --admin-of PROJECT',
});

export default class MembersInvite extends BaseCommand {
  static override summary =
    'Invite someone; give them the invite code (shown once) to accept with `ff login --invite CODE`.';
  static override examples = [
    '<%= config.bin %> members invite bob@example.com --role developer',
    '<%= config.bin %> members invite carol@example.com --role project_admin --admin-of demo',
  ];
  static override args = { email: Args.string({ required: true }) };
  static override flags = {
    role: roleFlag,
    'admin-of': Flags.string({ description: 'the project a project_admin administers' }),
  };

  async run(): Promise<Invitation> {
    const { args, flags } = await this.parse(MembersInvite);
    const api = await this.api();
    const { data } = await this.step('Inviting', () =>
      api.inviteMember({
        body: {
          email: args.email,
          role: flags.role as Role,
          ...(flags['admin-of'] ? { project: flags['admin-of'] } : {}),
        },
      }),
    );
    this.say(`invited ${data.email} as ${data.role}; invite code (shown once): ${data.inviteCode}`);
    this.say(`Next: give ${data.email} the code; to accept it (and choose a password) they run`);
    this.say(`  ff login --invite ${data.inviteCode} --api-url ${this.settings.apiUrl}`);
    return data;
  }
}
