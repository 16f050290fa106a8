import { Args } from '@oclif/core';
import type { Flag, FlagEnvironment } from '@ff/client';
import { BaseCommand } from '../../base-command.ts';
import { describeConfig } from '../../flag-config.ts';
import { details } from '../../terminal.ts';

export default class FlagsGet extends BaseCommand {
  static override summary =
    'Show a flag: its definition, and its configuration in every environment (or only -e).';
  static override examples = [
    '<%= config.bin %> flags get new-checkout',
    '<%= config.bin %> flags get new-checkout -e production --json',
  ];
  static override args = { key: Args.string({ description: 'flag key', required: true }) };

  async run(): Promise<Flag | (FlagEnvironment & { definition: Flag })> {
    const { args } = await this.parse(FlagsGet);
    const api = await this.api();
    const { data: flag } = await this.step(`Reading ${args.key}`, () =>
      api.getFlag({ path: { project: this.project, flag: args.key } }),
    );
    const only = this.settings.env;
    const configs: FlagEnvironment[] = only
      ? [(await api.getFlagConfig({ path: { project: this.project, flag: args.key, env: only } })).data]
      : Object.values(flag.environments ?? {});
    this.say(
      details([
        ['key', flag.key],
        ['name', flag.name],
        ['description', flag.description],
        ['kind', flag.kind],
        ['variations', flag.variations.map((v, i) => `${i}:${v.name}=${JSON.stringify(v.value)}`).join('  ')],
        ['tags', flag.tags.join(', ')],
        ['owner', flag.owner ?? ''],
        ['temporary', flag.temporary],
        ['client side', flag.clientSide],
        ['archived', flag.archived],
        ['version', flag.version],
      ]),
    );
    for (const config of configs) {
      this.say(`\n${config.environment} (version ${config.version})`);
      this.say(details(Object.entries(describeConfig(flag, config)).map(([k, v]) => [`  ${k}`, v])));
    }
    return only ? { ...configs[0]!, definition: flag } : flag;
  }
}
