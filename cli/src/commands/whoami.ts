import { BaseCommand } from '../base-command.ts';
import { details } from '../terminal.ts';

export default class Whoami extends BaseCommand {
  static override summary = 'Show who the configured token acts as, and against which server.';
  static override examples = ['<%= config.bin %> whoami', '<%= config.bin %> whoami --profile local --json'];

  async run() {
    const api = await this.api();
    const { data: me } = await this.step('Asking the server', () => api.getMe());
    const result = { ...me, apiUrl: this.settings.apiUrl, profile: this.settings.profile };
    this.say(
      details([
        [
          'user',
          me.user
            ? `${me.user.email}${me.user.name ? ` (${me.user.name})` : ''}`
            : `token "${me.token.name}"`,
        ],
        ['organization', me.organization.name],
        ['role', me.project ? `${me.role} of ${me.project}` : me.role],
        ['token', `${me.token.kind} ${me.token.prefix}… ("${me.token.name}")`],
        ['server', this.settings.apiUrl],
        ['profile', this.settings.profile],
      ]),
    );
    return result;
  }
}
