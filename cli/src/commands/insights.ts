import { Flags } from '@oclif/core';
import type { GetInsightsSummaryResponse } from '@ff/client';
import { BaseCommand } from '../base-command.ts';
import { ago, shortCount, sparkline } from '../insights-view.ts';
import { details, table } from '../terminal.ts';

export default class Insights extends BaseCommand {
  static override summary =
    "A project's usage: evaluations, most evaluated flags with a sparkline, unused flags, open SDK streams.";
  static override description = [
    'Evaluations are what SDKs report (summaries every few seconds); 24 h counts by hour, 7 and 30 days',
    'by UTC day. Each top flag has a sparkline of its daily evaluations over --days days (oldest left).',
    'See `ff flags stale` for flags that look ready for removal and `ff flags usage KEY` for one flag.',
  ].join('\n');
  static override examples = [
    '<%= config.bin %> insights',
    '<%= config.bin %> insights --top 20 --days 30',
    '<%= config.bin %> insights --json',
  ];
  static override flags = {
    top: Flags.integer({
      description: 'how many of the most evaluated flags to show',
      default: 10,
      min: 1,
      max: 100,
    }),
    days: Flags.integer({ description: 'days in each sparkline', default: 14, min: 1, max: 90 }),
  };

  async run(): Promise<GetInsightsSummaryResponse> {
    const { flags } = await this.parse(Insights);
    const api = await this.api();
    const { data } = await this.step('Reading insights', () =>
      api.getInsightsSummary({
        path: { project: this.project },
        query: { top: flags.top, days: flags.days },
      }),
    );
    const e = data.evaluations;
    this.say(
      details([
        ['project', data.project],
        ['flags', `${data.flags} (${data.archivedFlags} archived)`],
        ['segments', data.segments],
        ['environments', data.environments],
        [
          'evaluations',
          `${shortCount(e.last24h)} last 24 h · ${shortCount(e.last7d)} last 7 d · ${shortCount(e.last30d)} last 30 d`,
        ],
        ['SDK streams', data.connections.map((c) => `${c.environment} ${c.streams}`).join(' · ') || '-'],
        ['stale flags', data.staleFlags > 0 ? `${data.staleFlags} (ff flags stale)` : 0],
      ]),
    );
    this.say('');
    this.say(`Most evaluated flags (30 days; sparkline: ${flags.days} days)`);
    this.say(
      table(data.topFlags, [
        { header: 'flag', get: (f) => f.flag },
        { header: 'evaluations', get: (f) => shortCount(f.evaluations) },
        { header: 'trend', get: (f) => `|${sparkline(f.daily)}|` },
        { header: 'last', get: (f) => ago(f.lastEvaluatedAt) },
      ]),
    );
    if (data.neverEvaluated.length > 0) {
      this.say('');
      this.say(`Never evaluated (${data.neverEvaluated.length}): ${data.neverEvaluated.join(', ')}`);
    }
    return data;
  }
}
