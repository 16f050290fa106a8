import { memberArgs, memberFlags, SegmentMembersCommand } from '../../../segment-members-command.ts';

export default class MembersAdd extends SegmentMembersCommand {
  static override summary = "Add context keys to a segment's included (or --excluded) list.";
  static override examples = [
    '<%= config.bin %> segments members add beta-testers u1 u2',
    '<%= config.bin %> segments members add beta-testers mallory --excluded',
  ];
  static override strict = false;
  static override args = memberArgs;
  static override flags = memberFlags;
  protected readonly change = 'add';
}
