import { Args, Flags } from '@oclif/core';
import type { Member, Role } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { changeMemberRole } from '../../member-writes.ts';
import { roleFlag } from './invite.ts';
import { memberId } from './remove.ts';

export default class MembersRole extends BaseCommand {
  static override summary = "Change a member's role.";
  static override examples = [
    '<%= config.bin %> members role bob@example.com --role admin',
    '<%= config.bin %> members role bob@example.com --role project_admin --admin-of demo',
  ];
  static override args = { member: Args.string({ description: 'email or member id', required: true }) };
  static override flags = {
    role: roleFlag,
    'admin-of': Flags.string({ description: 'the project a project_admin administers' }),
  };

  async run(): Promise<Member> {
    const { args, flags } = await this.parse(MembersRole);
    const api = await this.api();
    const member = await memberId(api, args.member);
    const data = await this.step('Changing the role', () =>
      changeMemberRole(api, member, flags.role as Role, flags['admin-of']),
    );
    this.say(`${data.email}: ${member.role} → ${data.role}${data.project ? ` of ${data.project}` : ''}`);
    return data;
  }
}
