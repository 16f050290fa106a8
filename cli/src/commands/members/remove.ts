import { Args, Flags } from '@oclif/core';
import type { FfClient, Member } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { removeMember } from '../../member-writes.ts';
import { CliFailure, usage } from '../../errors.ts';
import { confirm } from '../../terminal.ts';

/** A member by email or id. */
export async function memberId(api: FfClient, spec: string): Promise<Member> {
  const { data } = await api.listMembers();
  const member = data.items.find((m) => m.id === spec || m.email.toLowerCase() === spec.toLowerCase());
  if (!member) throw new CliFailure(`no member ${spec}`, { hint: 'see `ff members list`' });
  return member;
}

export default class MembersRemove extends BaseCommand {
  static override summary = 'Remove a member (their personal tokens are revoked).';
  static override examples = ['<%= config.bin %> members remove bob@example.com --yes'];
  static override args = { member: Args.string({ description: 'email or member id', required: true }) };
  static override flags = { yes: Flags.boolean({ char: 'y', description: 'do not ask' }) };

  async run(): Promise<{ removed: string }> {
    const { args, flags } = await this.parse(MembersRemove);
    const api = await this.api();
    const member = await memberId(api, args.member);
    if (!flags.yes) {
      if (!process.stdin.isTTY) throw usage(`removing ${member.email} needs --yes without a TTY`);
      if (!(await confirm(`Remove ${member.email}? [y/N] `))) throw new CliFailure('cancelled');
    }
    await this.step('Removing', () => removeMember(api, member));
    this.say(`removed ${member.email}`);
    return { removed: member.email };
  }
}
