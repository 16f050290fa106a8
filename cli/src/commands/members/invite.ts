import { Args, Flags } from '@oclif/core';
import type { Invitation, Role } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { inviteMember, inviteNextSteps } from '../../member-writes.ts';

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
    const data = await this.step('Inviting', () =>
      inviteMember(api, { email: args.email, role: flags.role as Role, project: flags['admin-of'] }),
    );
    for (const line of inviteNextSteps(data, this.settings.apiUrl)) this.say(line);
    return data;
  }
}
