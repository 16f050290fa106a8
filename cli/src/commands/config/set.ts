import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../../base-command.ts';
import { profileKeys } from '../../config.ts';
import type { Profile, ProfileKey } from '../../config.ts';
import { usage } from '../../errors.ts';

export default class ConfigSet extends BaseCommand {
  static override summary =
    'Save a setting in the profile (apiUrl, project, env), or make a profile current.';
  static override examples = [
    '<%= config.bin %> config set project demo',
    '<%= config.bin %> config set env staging --profile work',
    '<%= config.bin %> config set apiUrl https://ff.example.com --profile work --use',
    '<%= config.bin %> config set project "" # remove it',
  ];
  static override args = {
    key: Args.string({ options: Object.keys(profileKeys), required: true }),
    value: Args.string({ description: 'the value ("" removes it)', required: true }),
  };
  static override flags = { use: Flags.boolean({ description: 'also make this profile the current one' }) };

  async run(): Promise<{ profile: string; settings: Profile }> {
    const { args, flags } = await this.parse(ConfigSet);
    const key = args.key as ProfileKey;
    if (key === 'apiUrl' && args.value !== '' && !/^https?:\/\/[^/]/.test(args.value)) {
      throw usage(`"${args.value}" is not an http(s) URL`);
    }
    const profile = this.settings.profile;
    const settings = this.store.updateProfile(profile, { [key]: args.value === '' ? undefined : args.value });
    if (flags.use) this.store.setCurrent(profile);
    this.say(`${profile}: ${key} = ${args.value === '' ? '(removed)' : args.value}`);
    return { profile, settings };
  }
}
