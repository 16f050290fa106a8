import { Args, Flags } from '@oclif/core';
import type { Segment } from '@ff/client';
import { BaseCommand } from './base-command.ts';
import { changeSegmentMembers, membersSummary } from './segment-writes.ts';

export const memberArgs = {
  segment: Args.string({ description: 'segment key', required: true }),
  keys: Args.string({ description: 'context keys (space- or comma-separated)', required: true }),
};
export const memberFlags = {
  excluded: Flags.boolean({ description: 'the excluded list instead of the included one' }),
  comment: Flags.string({ char: 'm', description: 'why: recorded in the audit log' }),
};

/**
 * `ff segments members add|remove`: the same request, adding to or removing from one list.
 * Subclasses declare `args`, `flags` and `strict = false` themselves: oclif's parser copies a command's
 * own static properties only, so inherited ones would be ignored.
 */
export abstract class SegmentMembersCommand extends BaseCommand {
  static override args = memberArgs;
  static override flags = memberFlags;

  protected abstract readonly change: 'add' | 'remove';

  async run(): Promise<Segment> {
    const { args, argv, flags } = await this.parse(this.constructor as typeof SegmentMembersCommand);
    const keys = (argv as string[])
      .slice(1)
      .flatMap((k) => k.split(','))
      .filter(Boolean);
    const list = flags.excluded ? 'excluded' : 'included';
    const api = await this.api();
    const data = await this.step('Updating members', () =>
      changeSegmentMembers(api, this.project, args.segment, {
        op: this.change,
        list,
        keys,
        ...(flags.comment ? { comment: flags.comment } : {}),
      }),
    );
    this.say(membersSummary(data));
    return data;
  }
}
