import { Flags } from '@oclif/core';
import type { ListStaleFlagsResponse } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { CliFailure } from '../../errors.ts';
import { table } from '../../terminal.ts';

export default class FlagsStale extends BaseCommand {
  static override summary = 'Flags that look ready for removal, with the reason and the suggested action.';
  static override description = [
    "With N the project's staleAfterDays (default 30; PUT …/insights/settings):",
    '  rolled-out              temporary, serving one variation to everyone in every environment, unchanged for N days',
    '  not-evaluated           evaluated before, but by no SDK for N days',
    '  never-evaluated         created over N days ago and never evaluated',
    '  archived-but-evaluated  archived, but SDKs still evaluate it',
    '--fail-on-stale exits 1 when any flag is stale (for CI).',
  ].join('\n');
  static override examples = [
    '<%= config.bin %> flags stale',
    '<%= config.bin %> flags stale --fail-on-stale',
    '<%= config.bin %> flags stale --json',
  ];
  static override flags = {
    'fail-on-stale': Flags.boolean({ description: 'exit 1 when any flag is stale (CI)' }),
  };

  async run(): Promise<ListStaleFlagsResponse> {
    const { flags } = await this.parse(FlagsStale);
    const api = await this.api();
    const { data } = await this.step('Reading stale flags', () =>
      api.listStaleFlags({ path: { project: this.project } }),
    );
    this.say(
      table(data.items, [
        { header: 'flag', get: (f) => f.flag },
        { header: 'reason', get: (f) => f.reason },
        { header: 'evidence', get: (f) => f.detail },
        { header: 'code refs', get: (f) => f.references ?? '-' },
        { header: 'suggested action', get: (f) => f.suggestedAction },
      ]),
    );
    if (flags['fail-on-stale'] && data.items.length > 0) {
      throw new CliFailure(
        `${data.items.length} stale flag${data.items.length === 1 ? '' : 's'} in ${this.project} (after ${data.staleAfterDays} days)`,
        { hint: 'clean them up as suggested, or raise staleAfterDays in the insights settings' },
      );
    }
    return data;
  }
}
