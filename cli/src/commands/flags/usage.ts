import { Args, Flags } from '@oclif/core';
import type { GetFlagUsageResponse } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { ago, densify, shortCount, sparkline } from '../../insights-view.ts';
import { table } from '../../terminal.ts';

const hourMs = 3_600_000;
const dayMs = 86_400_000;

export default class FlagsUsage extends BaseCommand {
  static override summary =
    "A flag's evaluations per environment and variation, with a sparkline, and when it was last evaluated.";
  static override description = [
    'By day over the last --days days (default 30), or by hour over the last --hours hours. -e ENV shows',
    'one environment. Counts are what SDKs report; `(default)` counts evaluations that served the',
    "caller's default (an unknown flag, an error).",
  ].join('\n');
  static override examples = [
    '<%= config.bin %> flags usage new-checkout',
    '<%= config.bin %> flags usage new-checkout --hours 48 -e production',
    '<%= config.bin %> flags usage new-checkout --days 90 --json',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };
  static override flags = {
    days: Flags.integer({ description: 'days to show, by day', min: 1, max: 400, exclusive: ['hours'] }),
    hours: Flags.integer({ description: 'hours to show, by hour', min: 1, max: 744, exclusive: ['days'] }),
  };

  async run(): Promise<GetFlagUsageResponse> {
    const { args, flags } = await this.parse(FlagsUsage);
    const api = await this.api();
    const byHour = flags.hours !== undefined;
    const step = byHour ? hourMs : dayMs;
    const span = byHour ? flags.hours! : (flags.days ?? 30);
    const to = new Date();
    const from = new Date(Math.floor(to.getTime() / step) * step - (span - 1) * step);
    // -e (the flag itself, not a default environment) narrows to one environment.
    const only = this.settings.sources.env === 'flag' ? this.settings.env : undefined;
    const { data } = await this.step(`Reading usage of ${args.key}`, () =>
      api.getFlagUsage({
        path: { project: this.project, flag: args.key },
        query: {
          granularity: byHour ? 'hour' : 'day',
          from: from.toISOString(),
          to: to.toISOString(),
          ...(only === undefined ? {} : { environment: only }),
        },
      }),
    );
    if (!data.exists)
      this.say(`${args.key} is not a flag of ${this.project} (any more); showing what SDKs reported.`);
    this.say(
      table(data.environments, [
        { header: 'environment', get: (e) => e.environment },
        { header: `evaluations (${span} ${byHour ? 'h' : 'd'})`, get: (e) => shortCount(e.total) },
        { header: 'last evaluated', get: (e) => ago(e.lastEvaluatedAt) },
        { header: 'first evaluated', get: (e) => e.firstEvaluatedAt?.slice(0, 10) ?? 'never' },
      ]),
    );
    if (data.series.length > 0) {
      this.say('');
      this.say(
        table(data.series, [
          { header: 'environment', get: (s) => s.environment },
          {
            header: 'variation',
            get: (s) => (s.variation === null ? '(default)' : `${s.variation}:${s.variationName ?? ''}`),
          },
          { header: 'evaluations', get: (s) => shortCount(s.total) },
          {
            header: `per ${byHour ? 'hour' : 'day'}`,
            get: (s) => `|${sparkline(densify(s.points, data.from, data.to, step))}|`,
          },
        ]),
      );
    }
    return data;
  }
}
