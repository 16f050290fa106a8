import { Args } from '@oclif/core';
import { BaseCommand } from '../../base-command.ts';
import { profileKeys } from '../../config.ts';
import type { ProfileKey } from '../../config.ts';

export default class ConfigGet extends BaseCommand {
  static override summary =
    'Print one effective setting (apiUrl, project, env), after flags and environment variables.';
  static override examples = [
    '<%= config.bin %> config get project',
    'FF_ENV=staging <%= config.bin %> config get env',
  ];
  static override args = { key: Args.string({ options: Object.keys(profileKeys), required: true }) };

  async run(): Promise<{ key: string; value: string | null; source: string }> {
    const { args } = await this.parse(ConfigGet);
    const key = args.key as ProfileKey;
    const value = this.settings[key] ?? null;
    this.say(value ?? '');
    return { key, value, source: this.settings.sources[key] };
  }
}
