import { BaseCommand } from '../../base-command.ts';
import { table } from '../../terminal.ts';

export default class ConfigList extends BaseCommand {
  static override summary = 'Show the effective settings and where each comes from, and every profile.';
  static override examples = ['<%= config.bin %> config list', '<%= config.bin %> config list --json'];

  async run() {
    await this.parse(ConfigList);
    const s = this.settings;
    const file = this.store.read();
    const effective = {
      profile: s.profile,
      apiUrl: { value: s.apiUrl, source: s.sources.apiUrl },
      token: { value: s.token ? `${s.token.slice(0, 11)}…` : null, source: s.sources.token },
      project: { value: s.project ?? null, source: s.sources.project },
      env: { value: s.env ?? null, source: s.sources.env },
      configDir: this.store.dir,
      repoConfig: s.repoConfig?.path ?? null,
    };
    this.say(
      table(
        (['apiUrl', 'token', 'project', 'env'] as const).map((k) => ({ k, ...effective[k] })),
        [
          { header: 'setting', get: (r) => r.k },
          { header: 'value', get: (r) => r.value ?? '(unset)' },
          { header: 'from', get: (r) => (r.source === 'profile' ? `profile ${s.profile}` : r.source) },
        ],
      ),
    );
    this.say(`\nprofiles (${this.store.dir}):`);
    for (const [name, p] of Object.entries(file.profiles)) {
      const mark = name === (file.currentProfile ?? 'default') ? '*' : ' ';
      this.say(`${mark} ${name}  ${[p.apiUrl, p.project, p.env].filter(Boolean).join('  ')}`);
    }
    return { ...effective, currentProfile: file.currentProfile ?? null, profiles: file.profiles };
  }
}
