import { BaseCommand } from '../base-command.ts';

export default class Logout extends BaseCommand {
  static override summary =
    "Forget the profile's token (it stays valid on the server: revoke it with `ff tokens revoke`).";
  static override examples = ['<%= config.bin %> logout', '<%= config.bin %> logout --profile work'];

  async run(): Promise<{ profile: string; removed: boolean }> {
    await this.parse(Logout);
    const profile = this.settings.profile;
    const removed = this.store.token(profile) !== undefined;
    this.store.setToken(profile, undefined);
    this.say(removed ? `logged out of profile "${profile}"` : `profile "${profile}" had no token`);
    return { profile, removed };
  }
}
