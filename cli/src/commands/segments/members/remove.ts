import { memberArgs, memberFlags, SegmentMembersCommand } from '../../../segment-members-command.ts';

export default class MembersRemove extends SegmentMembersCommand {
  static override summary = "Remove context keys from a segment's included (or --excluded) list.";
  static override examples = [
    '<%= config.bin %> segments members remove beta-testers u1 u2',
    '<%= config.bin %> segments members remove beta-testers mallory --excluded',
  ];
  static override strict = false;
  static override args = memberArgs;
  static override flags = memberFlags;
  protected readonly change = 'remove';
}
