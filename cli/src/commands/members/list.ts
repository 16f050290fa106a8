import type { Member } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { table } from '../../terminal.ts';

export default class MembersList extends BaseCommand {
  static override summary = "List the organization's members and pending invitations.";
  static override examples = ['<%= config.bin %> members list', '<%= config.bin %> members list --json'];

  async run(): Promise<Member[]> {
    await this.parse(MembersList);
    const api = await this.api();
    const { data } = await this.step('Listing members', () => api.listMembers());
    this.say(
      table(data.items, [
        { header: 'id', get: (m) => m.id },
        { header: 'email', get: (m) => m.email },
        { header: 'role', get: (m) => (m.project ? `${m.role} of ${m.project}` : m.role) },
        { header: 'status', get: (m) => m.status },
      ]),
    );
    return data.items;
  }
}
